import { describe, expect, it } from "vitest";
import { parseTags } from "./tags";

describe("parseTags", () => {
  it.each([
    ["economy, #КНБ  mining", ["economy", "КНБ", "mining"]],
    ["", []],
    ["  ,, ;", []],
    ["Mining mining MINING", ["Mining"]],
    ["##deep", ["deep"]],
    ["редкоземельные;металлы", ["редкоземельные", "металлы"]],
  ])("%j → %j", (input, want) => expect(parseTags(input)).toEqual(want));

  it("bounds the number and length of tags", () => {
    expect(parseTags(Array.from({ length: 80 }, (_, i) => `t${i}`).join(" "))).toHaveLength(50);
    expect(parseTags("x".repeat(500))[0]).toHaveLength(100);
  });
});
