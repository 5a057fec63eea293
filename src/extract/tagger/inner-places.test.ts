import { describe, expect, it } from "vitest";
import type { Lang } from "../types";
import { addInnerPlaces, placeWords } from "./inner-places";
import type { EntitySpan } from "./tag";
import { tokenizeRange } from "./tokens";

/** Spans given as [first word, last word, label] over the words of `text` (one sentence). */
function spansIn(text: string, words: [string, string, string][]): EntitySpan[] {
  const tokens = tokenizeRange(text, 0, text.length);
  const at = (w: string) => tokens.find((t) => t.text === w)!;
  return words.map(([a, b, label]) => ({ start: at(a).start, end: at(b).end, label }));
}

describe("addInnerPlaces", () => {
  it.each<{
    name: string;
    lang?: Lang;
    text: string;
    spans: [string, string, string][];
    elsewhere?: string[];
    out: string[];
  }>([
    {
      name: "a place name inside an organisation's name is also a place",
      text: "сообщили в посольстве России вчера",
      spans: [["посольстве", "России", "ORG"]],
      out: ["ORG:посольстве России", "LOC:России"],
    },
    {
      name: "a word that is a one-word place elsewhere in the text too",
      text: "пресс-служба полиции Тарусы сообщила",
      spans: [["пресс-служба", "Тарусы", "ORG"]],
      elsewhere: ["Тарусы"],
      out: ["ORG:пресс-служба полиции Тарусы", "LOC:Тарусы"],
    },
    {
      name: "not without either",
      text: "пресс-служба полиции Тарусы сообщила",
      spans: [["пресс-служба", "Тарусы", "ORG"]],
      out: ["ORG:пресс-служба полиции Тарусы"],
    },
    {
      name: "a one-word organisation is the place's own name used as a body, not a nest",
      text: "Россия заявила протест",
      spans: [["Россия", "Россия", "ORG"]],
      out: ["ORG:Россия"],
    },
    {
      name: "English news corpora do not nest names",
      lang: "en",
      text: "the Bank of England said",
      spans: [["Bank", "England", "ORG"]],
      elsewhere: ["England"],
      out: ["ORG:Bank of England"],
    },
  ])("$name", ({ lang, text, spans, elsewhere, out }) => {
    const tokens = tokenizeRange(text, 0, text.length);
    const given = spansIn(text, spans);
    addInnerPlaces(lang ?? "ru", tokens, given, new Set(elsewhere));
    expect(given.map((s) => `${s.label}:${text.slice(s.start, s.end)}`)).toEqual(out);
  });
});

describe("placeWords", () => {
  it("collects the words of one-word LOC spans only", () => {
    const text = "Он был в Бишкеке и в Южной Корее , где Газпром";
    const tokens = tokenizeRange(text, 0, text.length);
    const spans = spansIn(text, [
      ["Бишкеке", "Бишкеке", "LOC"],
      ["Южной", "Корее", "LOC"],
      ["Газпром", "Газпром", "ORG"],
    ]);
    expect([...placeWords([tokens], [spans])]).toEqual(["Бишкеке"]);
  });
});
