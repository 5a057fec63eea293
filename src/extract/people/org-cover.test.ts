import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Organisation } from "../types";
import { orgCover } from "./org-cover";

const org = (spans: [number, number][]): Organisation => ({
  id: "o",
  kind: "organisation",
  outlet: false,
  name: "X",
  variants: [],
  confidence: 1,
  evidence: [],
  mentions: spans.map(([start, end]) => ({ text: "", start, end })),
});

describe("orgCover", () => {
  const covered = orgCover([
    org([[10, 20]]),
    org([
      [40, 45],
      [2, 5],
    ]),
  ]);
  it.each([
    [10, 20, true],
    [15, 25, true],
    [0, 3, true],
    [5, 10, false],
    [20, 40, false],
    [44, 50, true],
    [46, 60, false],
  ] as const)("[%i, %i) → %s", (start, end, yes) => expect(covered(start, end)).toBe(yes));
});

describe("orgCover on many mentions", () => {
  const span = fc
    .tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 15 }))
    .map(([s, n]) => [s, s + n] as [number, number]);
  it("answers as a check of every mention does", () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 6 }), { maxLength: 6 }), span, (orgs, [start, end]) => {
        const all = orgs.flat();
        const covered = all.some(([s, e]) => s < end && e > start);
        expect(orgCover(orgs.map(org))(start, end)).toBe(covered);
      }),
    );
  });
});
