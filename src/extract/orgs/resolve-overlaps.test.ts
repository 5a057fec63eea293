import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Candidate } from "./candidate";
import { resolveOverlaps } from "./resolve-overlaps";

const c = (start: number, end: number, confidence: number) => ({ start, end, cue: `${start}-${end}`, confidence });

describe("resolveOverlaps", () => {
  it.each([
    ["the longest wins", [c(0, 5, 0.9), c(0, 12, 0.6)], ["0-12"]],
    ["on equal length, the most confident", [c(0, 5, 0.6), c(2, 7, 0.9)], ["2-7"]],
    ["apart candidates stay, in text order", [c(10, 12, 0.5), c(0, 5, 0.5)], ["0-5", "10-12"]],
  ])("%s", (_rule, input, kept) => {
    expect(resolveOverlaps(input).map((x) => x.cue)).toEqual(kept);
  });

  it("lets a longer name keep the canonical name of a known one it starts with", () => {
    const known = { start: 0, end: 17, cue: "gazetteer", confidence: 0.95, name: "Нацбанк" };
    expect(resolveOverlaps([known, c(0, 29, 0.85)])[0]).toMatchObject({ start: 0, end: 29, name: "Нацбанк" });
  });
});

/** The rule as first written, one scan of the kept candidates per candidate: the indexed version must agree. */
function resolveByScan(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const x of ranked) {
    const winner = kept.find((k) => k.start < x.end && x.start < k.end);
    if (!winner) {
      kept.push(x);
      continue;
    }
    if (x.name && !winner.name && winner.start === x.start) kept[kept.indexOf(winner)] = { ...winner, name: x.name };
  }
  return kept.sort((a, b) => a.start - b.start);
}

describe("resolveOverlaps on many candidates", () => {
  const candidate = fc
    .record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 12 }),
      confidence: fc.constantFrom(0.6, 0.8, 0.95),
      name: fc.option(fc.constantFrom("A", "B"), { nil: undefined }),
    })
    .map(({ start, length, confidence, name }) => ({
      start,
      end: start + length,
      cue: `${start}+${length}`,
      confidence,
      ...(name ? { name } : {}),
    }));

  it("keeps what a scan of every kept candidate keeps, names included", () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (cs) => {
        expect(resolveOverlaps(cs)).toEqual(resolveByScan(cs));
      }),
    );
  });
});
