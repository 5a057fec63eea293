// Which stretches of text the organisation stage already claimed: a name inside one is not a person.
import type { Organisation } from "../types";
import { partitionPoint } from "../../partition-point";

export function orgCover(orgs: Organisation[]): (start: number, end: number) => boolean {
  const spans = orgs.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
  // The furthest end among the mentions starting at or before each one: a long article asks about every capitalised
  // word, so each question is a binary search, not a scan of every mention before it.
  const reach: number[] = [];
  for (const m of spans) reach.push(Math.max(m.end, reach[reach.length - 1] ?? -Infinity));
  return (start, end) => {
    const lo = partitionPoint(spans.length, (i) => spans[i]!.start < end);
    // `lo` mentions start before `end`: one of them covers part of [start, end) when the furthest reaches past `start`.
    return lo > 0 && reach[lo - 1]! > start;
  };
}
