import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findHeadNounNames, headStemOf } from "./named-heads-ru";
import { tokenize } from "../analysis/tokens";

const GIVEN = new Set(["виталий", "михаил"]);
const found = (text: string) =>
  findHeadNounNames(text, tokenize(text, splitSentences(text, "ru")), (w) => GIVEN.has(w)).map((c) =>
    text.slice(c.start, c.end),
  );

describe("findHeadNounNames (Russian)", () => {
  it.each([
    ["Решение принял Конституционный суд в пятницу.", ["Конституционный суд"]],
    ["Об этом сообщила Русская Православная Церковь.", ["Русская Православная Церковь"]],
    ["Министерство иностранных дел Грузии заявило протест.", ["Министерство иностранных дел Грузии"]],
    ["Вопрос рассмотрит Совет Федерации на неделе.", ["Совет Федерации"]],
    ["Позицию правительства Израиля озвучил посол.", ["правительства Израиля"]],
    ["Источник в японском МИДе это подтвердил.", ["японском МИДе"]],
    ["Контракт получила компания Piedmont Airlines.", ["Piedmont Airlines"]],
    // "с" and a noun in the instrumental after a noun that governs them stay in the name ("борьбы" is no verb).
    ["Сотрудники Фонда борьбы с коррупцией провели расследование.", ["Фонда борьбы с коррупцией"]],
    ["Управление по борьбе с наркотиками сообщило об этом.", ["Управление по борьбе с наркотиками"]],
    ["Министерство финансов с коллегами обсудило бюджет.", ["Министерство финансов"]],
    // A name in one script ends where the other begins: the band, then its founder.
    ["Умер основатель группы Talk Talk Марк Холлис.", ["Talk Talk"]],
    ["Правительство решило продлить программу.", []],
    ["Российские компании и крупные банки недовольны.", []],
    ["Завод закрыт несмотря на протесты.", []],
    ["Корабль «Союз» и Советского Союза нет.", []],
    // A given name in the nominative opens a person's name; one in the genitive may name the body.
    ["Умер президент Института Пушкина Виталий Костомаров.", ["Института Пушкина"]],
    ["Грант выдал Фонд Михаила Прохорова.", ["Фонд Михаила Прохорова"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("headStemOf", () => {
  it.each([
    ["комиссия", "комисси"],
    ["судом", "суд"],
    ["министерствами", "министерств"],
    ["судьба", null],
    ["союзник", null],
    ["центральный", null],
  ])("%s → %s", (w, stem) => {
    expect(headStemOf(w)).toBe(stem);
  });
});
