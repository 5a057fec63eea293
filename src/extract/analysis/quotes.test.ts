import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes";

describe("findQuotes", () => {
  it.each([
    [
      "«В Казахстане оперируют десятки крупных российских недропользователей», – напомнил он.",
      ["«В Казахстане оперируют десятки крупных российских недропользователей»"],
    ],
    [
      "«Можно ожидать, что иностранцы попытаются выкупить «Казахмыс» и «Казцинк»», – отметил он.",
      ["«Можно ожидать, что иностранцы попытаются выкупить «Казахмыс» и «Казцинк»»"],
    ],
    [
      "“People think it’s all protected and safe, but it’s not,” said McHugh.",
      ["“People think it’s all protected and safe, but it’s not,”"],
    ],
    ['He said "common sense gun safety laws" were needed.', ['"common sense gun safety laws"']],
    ['Покупатели «Казахмыс» и "wins" не речь.', []],
  ])("%s", (text, expected) => {
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });

  it("runs an unclosed quote to its paragraph's end", () => {
    const text = "“We are not foreigners in this land. We did not take it.\n\nNext paragraph.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "“We are not foreigners in this land. We did not take it.",
    ]);
  });
});
