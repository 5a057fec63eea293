import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { readWords } from "./words";

const read = (text: string, lang: "ru" | "en") => readWords(text, splitSentences(text, lang));

describe("readWords", () => {
  it.each([
    ["ru", "Экономист Расул Рысмамбетов считает.", ["Экономист", "Расул", "Рысмамбетов", "считает"]],
    ["en", "Hori Parata’s son, Te Kaurinui, spoke.", ["Hori", "Parata", "son", "Te", "Kaurinui", "spoke"]],
    ["ru", "Ирина Саишвили-Чантурия и Касым-Жомарт.", ["Ирина", "Саишвили-Чантурия", "и", "Касым-Жомарт"]],
  ] as const)("%s: %s", (lang, text, expected) => {
    const words = read(text, lang);
    expect(words.map((w) => w.text)).toEqual(expected);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it.each([
    ["ru", "Документ подписал А. Кудрин.", "А", { initial: true, cap: true }],
    ["ru", "Решение одобрили в КНБ вчера.", "КНБ", { acronym: true, cap: false }],
    ["en", "Photo: CreditChang W. Lee for the paper.", "CreditChang", { cap: false }],
    ["en", "He met Mr. McHugh there.", "McHugh", { cap: true, initial: false }],
    // A hyphenated name's second part keeps its capital: no words glued there.
    ["ru", "Указ подписал Касым-Жомарт Токаев.", "Касым-Жомарт", { cap: true }],
    ["ru", "Выступила Ирина Саишвили-Чантурия.", "Саишвили-Чантурия", { cap: true }],
    ["en", "The plan failed. Allen was not involved.", "Allen", { weakCap: true }],
    ["ru", "Он сказал: «Власти должны помочь».", "Власти", { weakCap: true }],
  ] as const)("%s: shape of a word in %s", (lang, text, word, shape) => {
    expect(read(text, lang).find((w) => w.text === word)).toMatchObject(shape);
  });
});
