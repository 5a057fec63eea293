import { describe, expect, it } from "vitest";
import { quoteOnce } from "./quote-marks";

/** The marks each UI language puts around a quote (its "popupQuoted" message). */
const WRAP = { ru: (s: string) => `«${s}»`, en: (s: string) => `“${s}”` };

describe("quoteOnce", () => {
  it.each([
    ["ru", "«Второе направление — контроль»", "«Второе направление — контроль»"],
    ["ru", "„Второе направление“", "„Второе направление“"],
    ["ru", "«Второе «Казцинк» направление»", "«Второе «Казцинк» направление»"],
    ["ru", "«Нет», — сказал он. «Да»", "««Нет», — сказал он. «Да»»"],
    ["ru", "«Нет».", "«Нет»."],
    ["ru", "Второе направление", "«Второе направление»"],
    ["ru", "ТОО «Казцинк»", "«ТОО «Казцинк»»"],
    ["ru", "«Казцинк» и «Казахмыс»", "««Казцинк» и «Казахмыс»»"],
    ["en", "“The plan will work”", "“The plan will work”"],
    ["en", '"The plan will work"', '"The plan will work"'],
    ["en", "“The plan,” he said, “will work”", "““The plan,” he said, “will work””"],
    ["en", '"No" and "yes"', '“"No" and "yes"”'],
    ["en", "The plan will work", "“The plan will work”"],
    ["en", "“", "““”"],
  ] as const)("in %s, shows %s as %s", (lang, text, want) => {
    expect(quoteOnce(text, WRAP[lang])).toBe(want);
  });
});
