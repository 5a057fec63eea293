import { describe, expect, it } from "vitest";
import { findRepeats } from "./repeats";

const cand = (text: string, name: string) => ({
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
  cue: "test",
  confidence: 1,
});

describe("findRepeats", () => {
  it.each([
    ["A Con Edison worker. Later Con Edison said.", "Con Edison", ["Con Edison", "Con Edison"]],
    ["Купить «Казахмыс». Акции Казахмыса выросли.", "Казахмыс", ["Казахмыс", "Казахмыса"]],
    ["The AP said. AP again.", "AP", []],
  ])("%s", (text, name, expected) => {
    expect(findRepeats(text, [cand(text, name)], 0.5).map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });
});
