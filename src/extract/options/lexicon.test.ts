import { describe, expect, it } from "vitest";
import { optionsLexicon } from "./lexicon";

describe("optionsLexicon", () => {
  it.each([["ru", true], ["kk", true], ["en", false], ["other", false]] as const)("%s has an enumerator rule: %s", (lang, yes) => {
    expect(optionsLexicon(lang).enumerator !== null).toBe(yes);
  });

  it.each([
    ["ru", "можно ожидать, что цены вырастут", true], ["ru", "правительство должно действовать", false],
    ["en", "prices are likely to rise", true], ["en", "the city must act", false],
  ] as const)("%s forecast frame in %s → %s", (lang, text, yes) => {
    const re = optionsLexicon(lang).notOption;
    re.lastIndex = 0;
    expect(re.test(text)).toBe(yes);
  });
});
