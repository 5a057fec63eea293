import { describe, expect, it } from "vitest";
import {
  HEAD_NOUN_ENDINGS,
  NAME_ENDINGS,
  ORG_WORD_ENDINGS,
  REPEATED_NAME_ENDINGS,
  foldRu,
  placeCaseForms,
  stripEnding,
} from "./endings";

describe("the Russian normaliser: one stripper, a named list per kind of word", () => {
  it.each([
    // Organisation words lose plural and case endings, longest first.
    ["журналистов", ORG_WORD_ENDINGS, "журналист"],
    ["делами", ORG_WORD_ENDINGS, "дел"],
    ["минфину", ORG_WORD_ENDINGS, "минфин"],
    ["совбезом", ORG_WORD_ENDINGS, "совбез"],
    // Names keep "-ов": it ends the surname, so "Иванов" and "Ивана" keep apart.
    ["иванов", NAME_ENDINGS, "иванов"],
    ["ивана", NAME_ENDINGS, "иван"],
    ["рысмамбетовым", NAME_ENDINGS, "рысмамбетов"],
    ["сергеем", NAME_ENDINGS, "серге"],
    ["марией", NAME_ENDINGS, "мар"],
    // Too short a stem keeps its ending: "Ли", "Ян".
    ["ли", NAME_ENDINGS, "ли"],
    ["яна", NAME_ENDINGS, "яна"],
    ["ооне", ORG_WORD_ENDINGS, "оон"],
    // English words have no Russian endings to lose.
    ["bank", ORG_WORD_ENDINGS, "bank"],
  ] as const)("%s → %s", (word, endings, stem) => {
    expect(stripEnding(word, endings)).toBe(stem);
  });

  it.each([
    ["Ёлкин", "елкин"],
    ["МИНФИН", "минфин"],
    ["Алматы", "алматы"],
  ])("folds %s → %s", (word, folded) => {
    expect(foldRu(word)).toBe(folded);
  });

  it.each([
    ["Москва", ["Москва", "Москвы", "Москви", "Москве", "Москву", "Москвой"]],
    ["Россия", ["Россия", "России", "Россию", "Россией"]],
    ["Казахстан", ["Казахстан", "Казахстана", "Казахстану", "Казахстане", "Казахстаном", "Казахстаны"]],
  ])("place %s has case forms %j", (name, forms) => {
    expect(placeCaseForms(name)).toEqual(forms);
  });

  it.each([
    ["комиссия", "комисси", true],
    ["судом", "суд", true],
    ["судьба", "суд", false],
  ])("head noun %s = stem %s + a head ending: %s", (word, stem, yes) => {
    expect(HEAD_NOUN_ENDINGS.has(word.slice(stem.length))).toBe(yes);
  });

  it("a repeated name's endings are singular case endings only (no plural -ов, -ами)", () => {
    expect(REPEATED_NAME_ENDINGS.filter((e) => ["ов", "ами", "ах"].includes(e))).toEqual([]);
  });
});
