// Which stretches of text the organisation stage already claimed: a name inside one is not a person.
import type { Organisation } from "../types";

export function orgCover(orgs: Organisation[]): (start: number, end: number) => boolean {
  const spans = orgs.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
  return (start, end) => {
    // Few organisation mentions per article: a linear scan is cheaper than building an index.
    for (const m of spans) {
      if (m.start >= end) return false;
      if (m.end > start) return true;
    }
    return false;
  };
}
