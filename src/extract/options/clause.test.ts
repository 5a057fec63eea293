import { describe, expect, it } from "vitest";
import { clauseSpan } from "./clause";
import { lexiconFor } from "../lang";

/** The clause from `from` (a substring marking where it begins) to the sentence end, cleaned. */
const clause = (text: string, from: string, cue: string, lang: "ru" | "en") => {
  const prefix = "Предыдущее. ";
  const s = { start: prefix.length, end: prefix.length + text.length, text, paragraph: 0 };
  const whole = prefix + text;
  const { start, end } = clauseSpan(s, text.indexOf(from), text.indexOf(cue) + cue.length, lexiconFor(lang).options);
  return whole.slice(start, end);
};

describe("clauseSpan", () => {
  it.each([
    [
      "ru",
      "«Власти должны срочно пересмотреть бюджет», – отметил Иван Петров.",
      "Власти",
      "должны",
      "Власти должны срочно пересмотреть бюджет",
    ],
    ["ru", "Первое – срочно создать агентство.", "срочно", "Первое", "срочно создать агентство"],
    [
      "en",
      "“The city should replace every lead pipe by 2030,” said Jane Doe.",
      "The city",
      "should",
      "The city should replace every lead pipe by 2030",
    ],
    [
      "en",
      "The state must fund the program fully, she said.",
      "The state",
      "must",
      "The state must fund the program fully",
    ],
    [
      "en",
      "Experts say the research should shift thinking, and it should change the guidance.",
      "the research",
      "should",
      "the research should shift thinking, and it should change the guidance",
    ],
  ] as const)("%s: %s", (lang, text, from, cue, expected) => {
    expect(clause(text, from, cue, lang)).toBe(expected);
  });
});
