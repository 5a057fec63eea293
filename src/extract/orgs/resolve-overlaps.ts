// Several rules may claim the same words: keep one candidate per stretch of text, the longest
// (it holds the most of the name), then the most confident. A longer name that starts with a known one
// keeps the known canonical name ("Национальный банк Казахстана" is the Нацбанк, as "Нацбанка" is).
import type { Candidate } from "./candidate";
import { partitionPoint } from "../../partition-point";

interface Kept {
  c: Candidate;
  order: number;
}

export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Candidate[] = [];
  // The kept candidates by start: they never overlap one another, so the few a candidate may overlap sit next to
  // where it would go, and a long article's thousands of candidates are settled without a scan each.
  const byStart: Kept[] = [];
  for (const c of ranked) {
    const winner = firstOverlap(byStart, c);
    if (!winner) {
      byStart.splice(upperBound(byStart, c.start), 0, { c, order: kept.length });
      kept.push(c);
      continue;
    }
    if (c.name && !winner.c.name && winner.c.start === c.start) {
      winner.c = { ...winner.c, name: c.name };
      kept[winner.order] = winner.c;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

const overlaps = (k: Candidate, c: Candidate) => k.start < c.end && c.start < k.end;

/** The earliest kept (in the order kept) of those overlapping `c`. */
function firstOverlap(byStart: Kept[], c: Candidate): Kept | undefined {
  let winner: Kept | undefined;
  const take = (k: Kept) => {
    if (overlaps(k.c, c) && (!winner || k.order < winner.order)) winner = k;
  };
  let i = lowerBound(byStart, c.end) - 1;
  for (; i >= 0 && byStart[i]!.c.start >= c.start; i--) take(byStart[i]!);
  // Before `c`'s start only the nearest non-empty one can reach into it: the ones before it end where it begins.
  for (; i >= 0; i--) {
    take(byStart[i]!);
    if (byStart[i]!.c.end > byStart[i]!.c.start) break;
  }
  return winner;
}

/** Index of the first kept starting at or after `offset`. */
const lowerBound = (byStart: Kept[], offset: number) =>
  partitionPoint(byStart.length, (i) => byStart[i]!.c.start < offset);

/** Index of the first kept starting after `offset`. */
const upperBound = (byStart: Kept[], offset: number) =>
  partitionPoint(byStart.length, (i) => byStart[i]!.c.start <= offset);
