import { describe, expect, it } from "vitest";
import { droppedVowelRoleNounRu, pluralRoleNounRu } from "./role-phrase";

const SINGULAR = new Set(["музыкант", "писатель", "критик", "представитель"]);

describe("pluralRoleNounRu: a role noun in a plural case, and whether a name after it is in that case", () => {
  it.each<[string, string | undefined, string | undefined]>([
    ["музыкантами", undefined, "музыкант"],
    ["писателей", undefined, "писатель"],
    ["критики", undefined, "критик"],
    ["музыкантах", undefined, "музыкант"],
    // Not a role noun of the list, or too short a stem.
    ["пианистами", undefined, undefined],
    ["вами", undefined, undefined],
    // With the name after it: the cases agree, or not.
    ["музыкантами", "казанцевым", "музыкант"],
    ["представителями", "путина", undefined],
    ["критикам", "петрову", "критик"],
    ["писателей", "петрова", undefined],
    ["критики", "петров", "критик"],
  ])("%s before %s → %s", (word, name, noun) => {
    expect(pluralRoleNounRu(word, SINGULAR, name)).toBe(noun);
  });
});

describe("droppedVowelRoleNounRu: a role noun in a case that drops its vowel", () => {
  const NOUNS = new Set(["посол", "певец", "боец", "министр"]);
  it.each([
    ["посла", "посол"],
    ["послом", "посол"],
    ["певца", "певец"],
    ["певцу", "певец"],
    ["бойца", "боец"],
    // Not the preposition "после", nor a noun that keeps its vowel.
    ["после", undefined],
    ["министра", undefined],
  ])("%s → %s", (word, nominative) => {
    expect(droppedVowelRoleNounRu(word, NOUNS)).toBe(nominative);
  });
});
