import { describe, expect, it } from "vitest";
import { isSalient } from "./salient";

describe("isSalient", () => {
  it.each([
    [1, ["surname-shape"], false],
    [1, ["capitalised-pair"], false],
    [2, ["surname-shape"], true],
    [1, ["role"], true],
    [1, ["said"], true],
  ] as const)("%i mention(s) with cues %j → %s", (count, cues, yes) => {
    expect(
      isSalient(
        count,
        cues.map((cue) => ({ cue })),
      ),
    ).toBe(yes);
  });
});
