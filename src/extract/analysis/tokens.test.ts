import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";

const words = (text: string, lang: "ru" | "en") => tokenize(text, splitSentences(text, lang));

describe("tokenize", () => {
  it.each<[string, "ru" | "en", string[]]>([
    ["передает Caravan.kz. Далее", "ru", ["передает", "Caravan.kz", "Далее"]],
    ["Театр.doc и Самрук-Казына", "ru", ["Театр.doc", "и", "Самрук-Казына"]],
    ["Protection.Credit Kirsten", "en", ["Protection", "Credit", "Kirsten"]],
    ["the Murdoch Children’s Research Institute", "en", ["the", "Murdoch", "Children", "Research", "Institute"]],
  ])("%s", (text, lang, expected) => {
    expect(words(text, lang).map((t) => t.text)).toEqual(expected);
  });

  it.each<
    [string, "ru" | "en", string, Partial<Record<"cap" | "upper" | "latin" | "sentenceStart" | "possessive", boolean>>]
  >([
    ["Вчера КНБ сообщил.", "ru", "КНБ", { cap: true, upper: true, latin: false, sentenceStart: false }],
    ["Вчера КНБ сообщил.", "ru", "Вчера", { sentenceStart: true }],
    ["The BBC's editor said.", "en", "BBC", { upper: true, latin: true, possessive: true }],
  ])("%s: %s has its shape", (text, lang, word, shape) => {
    expect(words(text, lang).find((t) => t.text === word)).toMatchObject(shape);
  });
});
