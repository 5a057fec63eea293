import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findShortForms } from "./short-forms";
import { tokenize } from "../analysis/tokens";

const found = (text: string) =>
  findShortForms(tokenize(text, splitSentences(text, "ru"))).map((c) => text.slice(c.start, c.end));

describe("findShortForms", () => {
  it.each([
    ["Отчёт ушёл в Минобороны, Росстат и Госдуму.", ["Минобороны", "Росстат", "Госдуму"]],
    ["Нацбанк и Казатомпром ответили.", ["Нацбанк", "Казатомпром"]],
    ["В Москве, Минске и России министр Минченко и Ростов.", []],
    ["Государственный бюджет Казахстана и Кыргызстана.", []],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
