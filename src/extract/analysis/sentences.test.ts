import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { detectLang } from "../lang";

describe("splitSentences", () => {
  it("keeps offsets into the whole text across paragraphs", () => {
    const text = "Первое предложение. Второе «в кавычках.»\n\nSecond para. Another one.";
    const s = splitSentences(text, "ru");
    expect(s.map((x) => x.text)).toEqual([
      "Первое предложение.",
      "Второе «в кавычках.»",
      "Second para.",
      "Another one.",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
  });
});

describe("splitSentences over a long article", () => {
  // Far more than one run of paragraphs given to the segmenter at once, with a blank paragraph and a paragraph
  // ending in a title: sentences never cross or join across paragraphs, and every paragraph keeps its number.
  const paragraphs = Array.from({ length: 300 }, (_, i) =>
    i === 100
      ? " "
      : i === 150
        ? `Paragraph ${i} ends with Mr.`
        : `Paragraph ${i} opens here. It ends with a second sentence.`,
  );
  const text = paragraphs.join("\n\n");
  const s = splitSentences(text, "en");

  it("finds every sentence with its paragraph's number and its place in the text", () => {
    const want = paragraphs.flatMap((p, i) =>
      i === 100
        ? []
        : i === 150
          ? [{ text: p, paragraph: i }]
          : [
              { text: `Paragraph ${i} opens here.`, paragraph: i },
              { text: "It ends with a second sentence.", paragraph: i },
            ],
    );
    expect(s.map(({ text: t, paragraph }) => ({ text: t, paragraph }))).toEqual(want);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("splitSentences after titles and initials", () => {
  it.each([
    ["en", "Mr. McHugh said it. Then he left.", ["Mr. McHugh said it.", "Then he left."]],
    [
      "en",
      "Dr. Jane Doe of the U.S. Federal Reserve spoke. OK then.",
      ["Dr. Jane Doe of the U.S. Federal Reserve spoke.", "OK then."],
    ],
    ["ru", "Президент В.В. Путин заявил. Это всё.", ["Президент В.В. Путин заявил.", "Это всё."]],
    ["ru", "Как сказал А. Иванов, всё хорошо. Да.", ["Как сказал А. Иванов, всё хорошо.", "Да."]],
    ["ru", "Рост составил 5 %. Инфляция замедлилась.", ["Рост составил 5 %.", "Инфляция замедлилась."]],
  ] as const)("%s: %s", (lang, text, want) => {
    expect(splitSentences(text, lang).map((s) => s.text)).toEqual(want);
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
