import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findDomainNames, findLatinNames } from "./latin-names";
import { tokenize } from "../analysis/tokens";
import type { Lang } from "../types";

const tokens = (text: string, lang: Lang) => tokenize(text, splitSentences(text, lang));

describe("findLatinNames (Russian text)", () => {
  it.each([
    ["Сделку с Vestas и Bank of East Asia одобрили.", ["Vestas", "Bank of East Asia"]],
    ["Томас Винье (Thomas Vinje) сказал.", []],
    ["В XXI веке шаттл STS-124 полетел в US.", []],
  ])("%s", (text, expected) => {
    expect(findLatinNames(text, tokens(text, "ru")).map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });
});

describe("findDomainNames", () => {
  it.each<[string, Lang, string[]]>([
    ["передает Caravan.kz со ссылкой", "ru", ["Caravan.kz"]],
    ["сообщает Лента.ру.", "ru", ["Лента.ру"]],
    ["told Reuters.com and visit www.example.com", "en", ["Reuters.com"]],
  ])("%s", (text, lang, expected) => {
    expect(findDomainNames(tokens(text, lang)).map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });
});
