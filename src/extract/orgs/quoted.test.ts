import { describe, expect, it } from "vitest";
import { findQuotedNames, quotedWorks } from "./quoted";
import type { Lang } from "../types";
import { lexiconFor } from "../lang";

const found = (text: string, lang: Lang) =>
  findQuotedNames(text, lexiconFor(lang).orgs).map((c) => text.slice(c.start, c.end));

describe("findQuotedNames", () => {
  it.each<[string, Lang, string[]]>([
    ["попытаются выкупить «Казахмыс» и «Казцинк».", "ru", ["Казахмыс", "Казцинк"]],
    ["акции ОАО «Газпром» выросли", "ru", ["Газпром"]],
    ["«Рост цен продолжится в этом году», – отметил он.", "ru", []],
    ["шаттл «Дискавери» вернулся; «Дискавери» сел.", "ru", []],
    ["фильм «Белое солнце пустыни» показали", "ru", []],
    ["«В Казахстане оперируют десятки крупных российских недропользователей», – напомнил он.", "ru", []],
    ['He said the plan was "Distressing" and joined the firm "Kaztsink".', "en", ["Kaztsink"]],
    ['a "common sense" law', "en", []],
    ["показали картины, как «Цирк», «Новые времена» и «Огни большого города»; «Цирк» хвалят.", "ru", []],
    ["выпустил синглы «Утро», «Вечер», а затем ушёл в «Мелодию»", "ru", ["Мелодию"]],
    ["прославился синглами, среди которых «Today» и «Such a Shame», и ушёл в «Мелодию»", "ru", ["Мелодию"]],
    ["выступили компании, в том числе «Казахмыс» и «Казцинк»", "ru", ["Казахмыс", "Казцинк"]],
    ["спонсор фильма «Цирк» — АО «Казахфильм», партнёр «Казахмыс»", "ru", ["Казахфильм", "Казахмыс"]],
    // After a colon: what is said, unless a name ("партии: «Яблоко»").
    ["Заповедь гласит: «Не прелюбодействуй».", "ru", []],
    ["Выступили партии: «Яблоко» и «Родина».", "ru", ["Яблоко", "Родина"]],
  ])("%s", (text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });
});

describe("quotedWorks", () => {
  it("names what a noun before the quotes or a list of them calls a work, wherever the name stands", () => {
    const text = "Среди хитов, например, «Утро», «Вечер» и «Ночь». Компания «Мелодия» выпустила «Утро» ещё раз.";
    expect([...quotedWorks(text)]).toEqual(["Утро", "Вечер", "Ночь"]);
  });
});
