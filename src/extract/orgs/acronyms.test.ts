import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findAcronyms } from "./acronyms";
import { tokenize } from "../analysis/tokens";

const found = (text: string, lang: "ru" | "en") =>
  findAcronyms(tokenize(text, splitSentences(text, lang)), text).map((c) => text.slice(c.start, c.end));

describe("findAcronyms", () => {
  it.each<[string, "ru" | "en", string[]]>([
    ["Контроль передали КНБ и АСПИР.", "ru", ["КНБ", "АСПИР"]],
    ["Пресс-служба МИДа сообщила.", "ru", ["МИДа"]],
    ["The IMF and the CBO disagree; the G-20 met.", "en", ["IMF", "CBO", "G-20"]],
    ["США, РФ и КНР обсудили ВВП и НДС.", "ru", []],
    ["The US and UK; Katie Allen, MD, PhD, in the XXI century.", "en", []],
    ["Шаттл STS-124, корабль Союз ТМА-12 и МКС.", "ru", []],
    ["BREAKING NEWS TODAY: markets fall", "en", []],
    ["TUNIS — Gunmen attacked a museum, the CPU said.", "en", []],
    ["NEW YORK (Reuters) - The IMF said so. HONG KONG 1996-08-30", "en", ["IMF"]],
    // A word the text also writes in small letters is that word in capitals; a short one may be an acronym too.
    ["SALES: Sales fell as the OPEC met. The WHO, who met, agreed.", "en", ["OPEC", "WHO"]],
    ["Запросы по HTTP идут на http://example.org, пишет ТАСС.", "ru", ["ТАСС"]],
  ])("%s", (text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });
});
