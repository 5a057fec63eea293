import { describe, expect, it } from "vitest";
import type { Lang } from "../types";
import { lowerCaseWords } from "./lower-case-words";
import { splitSentences } from "./sentences";
import { readWords } from "./words";

describe("lowerCaseWords", () => {
  it.each<[Lang, string, string[]]>([
    ["ru", "Эксперты ждут. Минфин и эксперты молчат.", ["эксперты"]],
    ["ru", "Расул Рысмамбетов считает. Рысмамбетов прав.", []],
    // An acronym is not the word written in lower case: "КНБ" does not make "Кнб" a common word.
    ["ru", "Кнб молчит. КНБ ответил.", []],
    ["en", "The lines are old, the fund agreed. Fund managers disagree.", ["the", "fund"]],
  ])("%s: %s → %j", (lang, text, expected) => {
    expect([...lowerCaseWords(readWords(text, splitSentences(text, lang)))]).toEqual(expected);
  });
});
