// Several rules may claim the same words: keep one candidate per stretch of text, the longest
// (it holds the most of the name), then the most confident. A longer name that starts with a known one
// keeps the known canonical name ("Национальный банк Казахстана" is the Нацбанк, as "Нацбанка" is).
import type { Candidate } from "./candidate";

export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const winner = kept.find((k) => k.start < c.end && c.start < k.end);
    if (!winner) { kept.push(c); continue; }
    if (c.name && !winner.name && winner.start === c.start) kept[kept.indexOf(winner)] = { ...winner, name: c.name };
  }
  return kept.sort((a, b) => a.start - b.start);
}
