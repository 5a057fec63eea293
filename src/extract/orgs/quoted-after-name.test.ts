import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse";
import { findOrganisations } from "../find-organisations";
import type { Candidate } from "./candidate";
import { joinQuotedNames } from "./quoted-after-name";

const at = (text: string, words: string, cue: string): Candidate => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, cue, confidence: 0.8 };
};

describe("joinQuotedNames", () => {
  const text = "директор Центра экономического анализа «Талап» и аналитик «Халык Финанс»";
  it.each<[string, Candidate[], [string, string | undefined][]]>([
    [
      "a descriptive name and its quoted name: one candidate, known also by the quoted name",
      [at(text, "Центра экономического анализа", "organisation-noun: центр"), at(text, "Талап", "quoted name")],
      [["Центра экономического анализа «Талап»", "Талап"]],
    ],
    [
      "a quoted name after a word that is not a body's name stays apart",
      [at(text, "Халык Финанс", "quoted name")],
      [["Халык Финанс", undefined]],
    ],
    [
      "two names of other kinds next to each other stay apart",
      [at(text, "Центра экономического анализа", "acronym"), at(text, "Талап", "quoted name")],
      [
        ["Центра экономического анализа", undefined],
        ["Талап", undefined],
      ],
    ],
  ])("%s", (_, candidates, joined) => {
    expect(joinQuotedNames(text, candidates).map((c) => [text.slice(c.start, c.end), c.alias])).toEqual(joined);
  });

  it("makes the body one organisation with its later quoted mentions, named in the nominative", () => {
    const t =
      "Так считает директор Центра экономического анализа «Талап» Рахим Ошакбаев. Позже в «Талапе» это подтвердили.";
    const orgs = findOrganisations(analyse(t, "ru"));
    expect(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ["Центр экономического анализа «Талап»", ["Центра экономического анализа «Талап»", "Талапе"]],
    ]);
  });
});
