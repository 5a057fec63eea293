import { describe, expect, it } from "vitest";
import { findQuotedNames } from "./quoted";
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
  ])("%s", (text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });
});
