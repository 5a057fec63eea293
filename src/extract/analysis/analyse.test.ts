import { describe, expect, it } from "vitest";
import type { Lang } from "../types";
import { analyse } from "./analyse";

const RU =
  "«Цены на редкоземельные металлы вырастут», – считает экономист Расул Рысмамбетов.\n\nЭксперты ждут решения. Минфин и эксперты пока молчат.";
const EN =
  "“People think it’s all protected and safe,” said Patrick McHugh. Mr. McHugh said AT&T’s lines were old.\n\nThe lines are old, the Children’s Fund agreed.";

describe("analyse", () => {
  it.each<[Lang, string, string[], number[], number, number, string[], string[]]>([
    [
      "ru",
      RU,
      [
        "«Цены на редкоземельные металлы вырастут», – считает экономист Расул Рысмамбетов.",
        "Эксперты ждут решения.",
        "Минфин и эксперты пока молчат.",
      ],
      [0, 1, 1],
      17,
      17,
      ["«Цены на редкоземельные металлы вырастут»"],
      ["эксперты"],
    ],
    // "Mr." does not end a sentence; "AT&T’s" is two words for the people rules and one token for the organisation rules.
    [
      "en",
      EN,
      [
        "“People think it’s all protected and safe,” said Patrick McHugh.",
        "Mr. McHugh said AT&T’s lines were old.",
        "The lines are old, the Children’s Fund agreed.",
      ],
      [0, 0, 1],
      26,
      25,
      ["“People think it’s all protected and safe,”"],
      ["the"],
    ],
  ])("%s: %s", (lang, text, sentences, paragraphs, words, tokens, quotes, lowerCase) => {
    const a = analyse(text, lang);
    expect(a.text).toBe(text);
    expect(a.lang).toBe(lang);
    expect(a.sentences.map((s) => s.text)).toEqual(sentences);
    expect(a.sentences.map((s) => s.paragraph)).toEqual(paragraphs);
    expect(a.words).toHaveLength(words);
    expect(a.tokens).toHaveLength(tokens);
    expect(a.quotes.map((q) => text.slice(q.start, q.end))).toEqual(quotes);
    expect([...a.lowerCaseWords]).toEqual(lowerCase);
    // Every span is an offset into the whole text, and each word knows the sentence it is in.
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const w of [...a.words, ...a.tokens]) expect(text.slice(w.start, w.end)).toBe(w.text);
    for (const w of a.words)
      expect(a.sentences[w.sentence]!.start <= w.start && w.end <= a.sentences[w.sentence]!.end).toBe(true);
  });

  it.each<[Lang, string, string, string, string]>([
    ["ru", RU, "Рысмамбетов", "Рысмамбетов", "Рысмамбетов"],
    ["en", EN, "AT&T’s", "AT", "AT&T"],
    ["en", EN, "Children’s", "Children", "Children"],
  ])("%s: the word and the token at %s", (lang, text, at, word, token) => {
    const a = analyse(text, lang);
    const start = text.indexOf(at);
    expect(a.words.find((w) => w.start === start)?.text).toBe(word);
    expect(a.tokens.find((t) => t.start === start)?.text).toBe(token);
  });

  it("is pure: two runs on one text give equal analyses", () => {
    expect(analyse(EN, "en")).toEqual(analyse(EN, "en"));
  });
});
