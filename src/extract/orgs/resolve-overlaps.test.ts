import { describe, expect, it } from "vitest";
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
