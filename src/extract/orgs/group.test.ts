import { describe, expect, it } from "vitest";
import { groupCandidates, hash } from "./group";

const at = (text: string, surface: string, from = 0, name?: string) => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, cue: "test", confidence: 0.8, ...(name ? { name } : {}) };
};

describe("groupCandidates", () => {
  it.each([
    ["inflected forms", "Минфину и Минфин", [["Минфину"], ["Минфин", 4]], ["Минфин"]],
    [
      "acronym and full name",
      "Комитет защиты журналистов и КЗЖ",
      [["Комитет защиты журналистов"], ["КЗЖ"]],
      ["Комитет защиты журналистов"],
    ],
    ["a place before the name", "US Congress and Congress", [["US Congress"], ["Congress", 4]], ["US Congress"]],
    [
      "a place before the name, the short form first",
      "Congress and US Congress",
      [["Congress"], ["US Congress"]],
      ["US Congress"],
    ],
    [
      "two bodies in two places",
      "London Stock Exchange and Kazakhstan Stock Exchange",
      [["London Stock Exchange"], ["Kazakhstan Stock Exchange"]],
      ["London Stock Exchange", "Kazakhstan Stock Exchange"],
    ],
    [
      "two bodies sharing a place",
      "New York Times and New York University",
      [["New York Times"], ["New York University"]],
      ["New York Times", "New York University"],
    ],
  ])("%s", (_rule, text, parts, names) => {
    const candidates = parts.map(([s, from]) => at(text, s as string, (from as number | undefined) ?? 0));
    expect(groupCandidates(text, candidates).map((o) => o.name)).toEqual(names);
  });

  it("uses the gazetteer's canonical name", () => {
    const text = "передать Минфину";
    expect(groupCandidates(text, [at(text, "Минфину", 0, "Минфин")])[0]!.name).toBe("Минфин");
  });

  it("makes the same id for the same name on every run", () => {
    expect(hash("минфин")).toBe(hash("минфин"));
    expect(hash("минфин")).not.toBe(hash("совбез"));
  });
});
