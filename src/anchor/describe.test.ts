import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, describeSpan } from "./describe";

const EN = "The Ministry of Energy of Kazakhstan announced a new programme to explore rare earth deposits in the east.";
const RU = "Министерство энергетики Казахстана объявило о новой программе разведки редкоземельных металлов на востоке.";

describe("describeSpan", () => {
  it.each([
    ["en", EN, "new programme"],
    ["ru", RU, "новой программе"],
  ])("keeps the quote, %s context of 32 characters and the offsets", (_lang, text, quote) => {
    const start = text.indexOf(quote);
    const end = start + quote.length;
    const s = describeSpan(text, { start, end });
    expect(s.quote).toEqual({
      type: "TextQuoteSelector",
      exact: quote,
      prefix: text.slice(start - CONTEXT_LENGTH, start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    });
    expect(s.quote.prefix).toHaveLength(32);
    expect(s.quote.suffix).toHaveLength(32);
    expect(s.position).toEqual({ type: "TextPositionSelector", start, end });
  });

  it.each([
    ["at the start", EN, 0, 3, "", EN.slice(3, 35)],
    ["at the end", RU, RU.length - 8, RU.length, RU.slice(RU.length - 40, RU.length - 8), ""],
    ["on a whole text", "Да.", 0, 3, "", ""],
  ])("shortens the context %s", (_case, text, start, end, prefix, suffix) => {
    const { quote } = describeSpan(text, { start, end });
    expect([quote.prefix, quote.suffix]).toEqual([prefix, suffix]);
  });

  it.each([
    // The 32nd character before the quote is the second half of an emoji: the prefix starts after it.
    ["prefix", "🌍" + "x".repeat(31) + "QUOTE" + "y".repeat(40), 33, 38, "x".repeat(31), "y".repeat(32)],
    // The 32nd character after the quote is the first half of an emoji: the suffix stops before it.
    ["suffix", "QUOTE" + "y".repeat(31) + "🌍tail", 0, 5, "", "y".repeat(31)],
  ])("never cuts a surrogate pair in the %s", (_side, text, start, end, prefix, suffix) => {
    const { quote } = describeSpan(text, { start, end });
    expect(quote.exact).toBe("QUOTE");
    expect([quote.prefix, quote.suffix]).toEqual([prefix, suffix]);
    expect(quote.prefix.isWellFormed() && quote.suffix.isWellFormed()).toBe(true);
  });

  it.each([
    [{ start: 5, end: 5 }],
    [{ start: 6, end: 5 }],
    [{ start: -1, end: 5 }],
    [{ start: 0, end: EN.length + 1 }],
    [{ start: 0.5, end: 3 }],
  ])("refuses the span %j", (span) => {
    expect(() => describeSpan(EN, span)).toThrow(RangeError);
  });
});
