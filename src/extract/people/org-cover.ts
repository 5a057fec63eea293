// Which stretches of text the organisation stage already claimed: a name inside one is not a person.
import type { Organisation } from "../types";

export function orgCover(orgs: Organisation[]): (start: number, end: number) => boolean {
  const spans = orgs.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
  // The furthest end among the mentions starting at or before each one: a long article asks about every capitalised
  // word, so each question is a binary search, not a scan of every mention before it.
  const reach: number[] = [];
  for (const m of spans) reach.push(Math.max(m.end, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < end) lo = mid + 1; else hi = mid;
    }
    // `lo` mentions start before `end`: one of them covers part of [start, end) when the furthest reaches past `start`.
    return lo > 0 && reach[lo - 1]! > start;
  };
}
