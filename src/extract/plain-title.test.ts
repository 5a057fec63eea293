import { describe, expect, it } from "vitest";
import { jsonLdHeadlines, withoutSuffix } from "./plain-title";

const GUARDIAN = "'What is the sea telling us?': Māori tribes fearful over whale strandings";
const CARAVAN = "Казахстану важно защитить стратегические активы в борьбе за редкоземельные ресурсы – экономист";

describe("withoutSuffix", () => {
  it.each([
    ["an author after a bar", `${GUARDIAN} | Eleanor Ainge Roy`, [GUARDIAN], GUARDIAN],
    ["a site after an em dash", `${CARAVAN} — Caravan.kz`, [CARAVAN], CARAVAN],
    ["a site after a bar", `${CARAVAN} | Caravan.kz`, ["Caravan.kz", CARAVAN], CARAVAN],
    [
      "a site after a hyphen",
      "How to Build a Terrarium - eHow",
      ["How to Build a Terrarium"],
      "How to Build a Terrarium",
    ],
    [
      "section and site",
      "Zimbabwe coup talks stall | World | The Telegraph",
      ["Zimbabwe coup talks stall"],
      "Zimbabwe coup talks stall",
    ],
    ["the plain title with other spacing", "Ставка  сохранена\n| Курсив", ["Ставка сохранена"], "Ставка сохранена"],
    [
      "the longest plain title of several",
      "A long headline | Part two | Site",
      ["A long headline", "A long headline | Part two"],
      "A long headline | Part two",
    ],
  ])("cuts %s", (_kind, title, plain, want) => {
    expect(withoutSuffix(title, plain)).toBe(want);
  });

  it.each([
    ["no plain title", `${GUARDIAN} | Eleanor Ainge Roy`, []],
    ["a plain title equal to it", CARAVAN, [CARAVAN]],
    ["a shorter plain title cut inside a word", "COVID-19 cases rise", ["COVID"]],
    ["a hyphenated word", "Sino-Kazakh trade grows", ["Sino"]],
    [
      "a colon (part of the headline)",
      "This is a long title with a colon: Hello there",
      ["This is a long title with a colon"],
    ],
    [
      "a suffix longer than the plain title",
      "Budget | The finance ministry proposes a new tax on rare earths",
      ["Budget"],
    ],
    [
      "a suffix of many words",
      "Kazakhstan must protect its strategic assets, the economist warns again | one two three four five six seven",
      ["Kazakhstan must protect its strategic assets, the economist warns again"],
    ],
    ["a plain title that is not its start", "Site | Headline", ["Headline"]],
  ])("keeps the title with %s", (_kind, title, plain) => {
    expect(withoutSuffix(title, plain)).toBe(title);
  });
});

describe("jsonLdHeadlines", () => {
  it.each([
    ["a NewsArticle", `{"@type":"NewsArticle","headline":"H1","name":"Site"}`, ["H1"]],
    ["a @graph", `{"@graph":[{"@type":"WebSite","name":"S"},{"@type":"Article","headline":"H2"}]}`, ["H2"]],
    ["a list of objects", `[{"headline":"A"},{"mainEntity":{"headline":"B"}}]`, ["A", "B"]],
    ["broken JSON", `{"headline":`, []],
    ["a headline that is not a string", `{"headline":{"@value":"x"}}`, []],
  ])("reads %s", (_kind, json, want) => {
    expect(jsonLdHeadlines(json)).toEqual(want);
  });
});
