import { describe, expect, it } from "vitest";
import { languageRuns } from "./language-runs";
import { extractFromText } from "./engine";
import { readPlainText } from "./attributions";
import type { Lang } from "./types";

const RU = "Экономист Расул Рысмамбетов считает, что нужно срочно создать агентство стратегических активов.";
const EN = "The Institute for Fiscal Studies said the government should cut taxes on small firms before the election.";
const runsOf = (text: string, lang: Lang) => languageRuns(text, lang).map((r) => [r.lang, text.slice(r.start, r.end)]);

describe("languageRuns", () => {
  it.each<[string, string, Lang, [string, string][]]>([
    ["one language", `${RU}\n\n${RU}`, "ru", [["ru", `${RU}\n\n${RU}`]]],
    [
      "an English paragraph in a Russian text",
      `${RU}\n\n${EN}\n\nМинфин отказался от комментариев, передает Caravan.kz.`,
      "ru",
      [
        ["ru", `${RU}\n\n`],
        ["en", `${EN}\n\n`],
        ["ru", "Минфин отказался от комментариев, передает Caravan.kz."],
      ],
    ],
    [
      "a Russian paragraph in an English text",
      `${EN}\n${RU}`,
      "en",
      [
        ["en", `${EN}\n`],
        ["ru", RU],
      ],
    ],
    [
      "a Kazakh text's Cyrillic stays Kazakh",
      `${RU}\n\n${EN}\n\n${RU}`,
      "kk",
      [
        ["kk", `${RU}\n\n`],
        ["en", `${EN}\n\n`],
        ["kk", RU],
      ],
    ],
    [
      "a list of titles is not prose",
      `${RU}\n\nThe Fat Of The Land (1997), Always Outnumbered, Never Outgunned (2004)`,
      "ru",
      [["ru", `${RU}\n\nThe Fat Of The Land (1997), Always Outnumbered, Never Outgunned (2004)`]],
    ],
    ["a short caption stays", `${RU}\n\nPhoto: Reuters\n\n${RU}`, "ru", [["ru", `${RU}\n\nPhoto: Reuters\n\n${RU}`]]],
  ])("%s", (_, text, lang, expected) => {
    expect(runsOf(text, lang)).toEqual(expected);
  });
});

describe("a text that mixes languages", () => {
  const text = `${RU}\n\n${EN.replace(".", ", according to economist Jane Doe.")}\n\nМинфин отказался от комментариев.`;

  it("reads each run in its own language, with offsets into the whole text", () => {
    const r = extractFromText(text, { lang: "ru" });
    const shown = (list: { mentions: { text: string; start: number; end: number }[] }[]) =>
      list.flatMap((x) => x.mentions.map((m) => [m.text, text.slice(m.start, m.end)]));
    expect(r.people.filter((p) => p.expert).map((p) => p.name)).toEqual(["Расул Рысмамбетов", "Jane Doe"]);
    expect(r.people.map((p) => p.name)).not.toContain("Fiscal Studies");
    expect(r.organisations.map((o) => o.name)).toEqual(["Institute for Fiscal Studies", "Минфин"]);
    for (const [said, at] of [...shown(r.people), ...shown(r.organisations)]) expect(at).toBe(said);
    expect(r.policyOptions.map((o) => [text.slice(o.start, o.end), o.proposer])).toEqual([
      ["нужно срочно создать агентство стратегических активов", "Расул Рысмамбетов"],
      ["the government should cut taxes on small firms before the election", "Jane Doe"],
    ]);
  });

  it("gives the CLI's attributions in the whole text's offsets", () => {
    const { result } = readPlainText(text, { lang: "ru" });
    const contents = result.attributions.map((a) => text.slice(a.content.start, a.content.end));
    expect(contents.some((c) => c.includes("нужно срочно создать"))).toBe(true);
    expect(contents.some((c) => c.includes("should cut taxes"))).toBe(true);
  });
});
