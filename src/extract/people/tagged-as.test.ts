import { describe, expect, it } from "vitest";
import { taggedAs, UNTAGGED } from "./tagged-as";

const spans = [
  { start: 0, end: 10, label: "PER" },
  { start: 20, end: 26, label: "LOC" },
  { start: 30, end: 45, label: "ORG" },
];

describe("taggedAs", () => {
  it.each<[number, number, string | null]>([
    [0, 10, "PER"],
    [3, 8, "PER"],
    [20, 26, "LOC"],
    [18, 26, null], // starts before the place: not covered
    [20, 28, null], // runs past it
    [35, 40, null], // bodies are the organisation stage's: not asked here
    [11, 19, null],
  ])("covering(%i, %i) → %s", (start, end, label) => {
    expect(taggedAs(spans).covering(start, end)).toBe(label);
  });

  it("reads spans in any order, finds a place inside a body's name, and without a tagger covers nothing", () => {
    const nested = [
      { start: 0, end: 20, label: "ORG" },
      { start: 10, end: 16, label: "LOC" },
    ];
    expect(taggedAs(nested).covering(10, 16)).toBe("LOC");
    expect(taggedAs([...spans].reverse()).covering(21, 25)).toBe("LOC");
    expect(UNTAGGED.covering(0, 10)).toBeNull();
  });
});
