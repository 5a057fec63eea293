import { describe, expect, it } from "vitest";
import {
  DANGLING_MODIFIER_RU,
  droppedVowelRoleNounRu,
  masculineCaseOfNoun,
  pluralRoleNounRu,
  roleNounFormRu,
} from "./role-phrase";

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

describe("roleNounFormRu: a word spelt as some case of a role noun", () => {
  const NOUNS = new Set(["мэр", "король", "глава", "судья", "врач", "посол", "музей"]);
  it.each([
    ["мэр", true],
    ["мэра", true],
    ["мэрами", true],
    ["короля", true],
    ["королей", true],
    ["главой", true],
    ["судьёй", true],
    ["врачи", true],
    ["врачей", true],
    ["посла", true],
    // Shares a stem, but no case of the noun ends so.
    ["мэри", false],
    ["мэрия", false],
    ["главный", false],
  ])("%s → %s", (word, form) => {
    expect(roleNounFormRu(word, NOUNS)).toBe(form);
  });
});

describe("DANGLING_MODIFIER_RU: a role phrase that ends in a word only modifying what should follow", () => {
  it.each([
    ["министр финансов немецкой", true],
    ["капитан римской", true],
    ["эксперт по американскому", true],
    ["лидер последних", true],
    ["основатель которой", true],
    // A participle or an adjective used as a noun, a noun in "-ой", a noun's plural in "-ей".
    ["адвокат потерпевшего", false],
    ["глава штаба телеведущей", false],
    ["председатель правления", false],
    ["посол страной", false],
    ["адвокат заявителей", false],
  ])("%s → %s", (phrase, dangling) => {
    expect(DANGLING_MODIFIER_RU.test(phrase)).toBe(dangling);
  });
});

describe("masculineCaseOfNoun: a role noun's oblique case, where its ending tells it", () => {
  const NOUNS = new Set(["помощник", "советник", "глава", "заместитель"]);
  it.each([
    ["помощнику", "dative"],
    ["советником", "instrumental"],
    ["помощника", "genitive"],
    // A noun in "-а": its "-у" is the accusative; and "-ей", "-ы" tell no one case.
    ["главу", null],
    ["заместителей", null],
    ["помощники", null],
  ])("%s → %s", (word, c) => {
    expect(masculineCaseOfNoun(word, NOUNS)).toBe(c);
  });
});
