import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findDomainNames, findLatinNames } from "./latin-names";
import { tokenize } from "../analysis/tokens";
import type { Lang } from "../types";
import { lexiconFor } from "../lang";
import { CONFIDENCE } from "./candidate";

const tokens = (text: string, lang: Lang) => tokenize(text, splitSentences(text, lang));

const OUTLETS = lexiconFor("ru").orgs.outlets;

describe("findLatinNames (Russian text)", () => {
  it.each([
    ["Сделку с Vestas и Bank of East Asia одобрили.", ["Vestas", "Bank of East Asia"]],
    ["Томас Винье (Thomas Vinje) сказал.", []],
    ["В XXI веке шаттл STS-124 полетел в US.", []],
  ])("%s", (text, expected) => {
    expect(findLatinNames(text, tokens(text, "ru"), OUTLETS).map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });

  it.each([
    ["Состояние оценили в $27 млн, пишет Metro.", "Metro", CONFIDENCE.sourceWords],
    ["Metro сообщает, что сделка закрыта.", "Metro", CONFIDENCE.sourceWords],
    ["Сделку с Vestas одобрили.", "Vestas", CONFIDENCE.latinInCyrillic],
  ])("%s: %s is as sure as its words make it", (text, name, confidence) => {
    const found = findLatinNames(text, tokens(text, "ru"), OUTLETS).find((c) => text.slice(c.start, c.end) === name);
    expect(found?.confidence).toBe(confidence);
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
