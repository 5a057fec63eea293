import { describe, expect, it } from "vitest";
import { peopleLexicon } from "./lexicon";
import { wordKey } from "./name-key";

describe("peopleLexicon", () => {
  it.each([
    ["ru", "givenNames", "Расула"], ["ru", "givenNames", "Айгерим"], ["ru", "givenNames", "Joshua"], ["en", "givenNames", "Katie"],
    ["ru", "roleNouns", "экономиста"], ["en", "roleNouns", "spokesman"], ["ru", "notNames", "Москве"], ["en", "notNames", "March"],
    ["en", "orgHeads", "Department"], ["kk", "roleNouns", "политолог"],
  ] as const)("%s %s holds %s (by word key)", (lang, list, word) => {
    expect(peopleLexicon(lang)[list].has(wordKey(word))).toBe(true);
  });

  it.each([
    ["ru", "считает", true], ["ru", "напомнил", true], ["ru", "Дума", false], ["ru", "указ", false],
    ["en", "said", true], ["en", "argued", true], ["en", "say", false], ["en", "worried", false],
  ] as const)("%s speech verb %s → %s", (lang, word, yes) => {
    expect(peopleLexicon(lang).speechVerb.test(word.toLowerCase())).toBe(yes);
  });

  it.each([["ru", "Рысмамбетова", true], ["ru", "Свердловской", false], ["ru", "Шеварднадзе", true], ["ru", "Москва", false]] as const)(
    "Russian surname shape %s → %s", (lang, word, yes) => {
      expect(peopleLexicon(lang).surnameShape!.test(word)).toBe(yes);
    });
});
