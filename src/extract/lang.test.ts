import { describe, expect, it } from "vitest";
import { lexiconFor } from "./lang";
import { wordKey } from "./name-key";
import type { Lang } from "./types";

describe("lexiconFor: one module per language", () => {
  // Every language's finders hold these (a language adds its own in its folder: kk's are tested there).
  // Only the languages a model was trained on have one: Kazakh and unknown languages keep to the rules.
  it.each<[Lang, string, string, string, string[], string | null]>([
    ["ru", "ru", "ru", "inflected", ["head-noun-first", "short-forms", "latin-in-cyrillic"], "ner-ru.bin"],
    ["en", "en", "en", "fixed", ["capitalised-english"], "ner-en.bin"],
    ["kk", "kk", "kk", "inflected", ["head-noun-first", "short-forms", "latin-in-cyrillic"], null],
    ["other", "other-latin", "en", "fixed", ["capitalised-english"], null],
  ])(
    "%s → module %s, segmenter %s, names %s, finders include %j, model %s",
    (lang, name, locale, nameCase, finders, model) => {
      const m = lexiconFor(lang);
      expect([m.name, m.segmenterLocale, m.nameCase]).toEqual([name, locale, nameCase]);
      expect(m.orgs.finders.slice(0, finders.length)).toEqual(finders);
      expect(m.model).toBe(model);
    },
  );

  it.each<[string, string, string[], boolean]>([
    [
      "Министерство финансов сообщило",
      "other-cyrillic",
      ["head-noun-first", "short-forms", "latin-in-cyrillic"],
      false,
    ],
    ["Le ministère des Finances a dit", "other-latin", ["capitalised-english"], false],
  ])("other by script: %s → %s", (text, name, finders, quotesAreSpeech) => {
    const m = lexiconFor("other", text);
    expect([m.name, [...m.orgs.finders], m.orgs.quotesAreSpeech]).toEqual([name, finders, quotesAreSpeech]);
    // Whatever the script, a text in no known language gets the English people and option rules.
    expect(m.people).toBe(lexiconFor("en").people);
    expect(m.options).toBe(lexiconFor("en").options);
  });

  it.each([
    ["ru", "givenNames", "Расула"],
    ["ru", "givenNames", "Айгерим"],
    ["ru", "givenNames", "Joshua"],
    ["en", "givenNames", "Katie"],
    ["ru", "roleNouns", "экономиста"],
    ["en", "roleNouns", "spokesman"],
    ["ru", "notNames", "Москве"],
    ["en", "notNames", "March"],
    ["en", "orgHeads", "Department"],
    ["kk", "roleNouns", "политолог"],
  ] as const)("%s people.%s holds %s (by word key)", (lang, list, word) => {
    expect(lexiconFor(lang).people[list].has(wordKey(word))).toBe(true);
  });

  it.each([
    ["ru", "считает", true],
    ["ru", "напомнил", true],
    ["ru", "Дума", false],
    ["ru", "указ", false],
    ["en", "said", true],
    ["en", "argued", true],
    ["en", "say", false],
    ["en", "worried", false],
  ] as const)("%s speech verb %s → %s", (lang, word, yes) => {
    expect(lexiconFor(lang).people.speechVerb.test(word.toLowerCase())).toBe(yes);
  });

  it.each([
    ["ru", "Рысмамбетова", true],
    ["ru", "Свердловской", false],
    ["ru", "Шеварднадзе", true],
    ["ru", "Москва", false],
  ] as const)("Russian surname shape %s → %s", (lang, word, yes) => {
    expect(lexiconFor(lang).people.surnameShape!.test(word)).toBe(yes);
  });

  it.each([
    ["ru", true],
    ["kk", true],
    ["en", false],
    ["other", false],
  ] as const)("%s has an enumerator rule: %s", (lang, yes) => {
    expect(lexiconFor(lang).options.enumerator !== null).toBe(yes);
  });

  it.each([
    ["ru", "можно ожидать, что цены вырастут", true],
    ["ru", "правительство должно действовать", false],
    ["en", "prices are likely to rise", true],
    ["en", "the city must act", false],
  ] as const)("%s forecast frame in %s → %s", (lang, text, yes) => {
    const re = lexiconFor(lang).options.notOption;
    re.lastIndex = 0;
    expect(re.test(text)).toBe(yes);
  });
});
