import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { detectLang } from "./lang";

describe("splitSentences", () => {
  it("keeps offsets into the whole text across paragraphs", () => {
    const text = "Первое предложение. Второе «в кавычках.»\n\nSecond para. Another one.";
    const s = splitSentences(text, "ru");
    expect(s.map((x) => x.text)).toEqual(["Первое предложение.", "Второе «в кавычках.»", "Second para.", "Another one."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
  });
});

describe("detectLang", () => {
  it.each([
    ["Экономист считает, что Казахстану важно защитить стратегические активы.", "ru"],
    ["The economist said that the government should protect its strategic assets.", "en"],
    ["Қазақстан үкіметі стратегиялық активтерді қорғауы керек деп санайды экономист.", "kk"],
    ["Le gouvernement devrait protéger ses actifs stratégiques selon un économiste.", "other"],
    ["ok", "other"],
  ])("%s → %s", (text, lang) => expect(detectLang(text)).toBe(lang));
});
