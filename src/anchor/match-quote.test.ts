import { describe, expect, it } from "vitest";
import { matchQuote } from "./match-quote";

// A filler that shares no letters with the quotes below, so only the planted text can match.
const filler = (n: number) => "0123456789 ".repeat(Math.ceil(n / 11)).slice(0, n);

describe("matchQuote", () => {
  it.each([
    ["en", "Experts say the rare earth programme is risky.", "rare earth programme"],
    ["ru", "Эксперты считают программу по редкоземельным металлам рискованной.", "программу по редкоземельным"],
  ])("finds an exact %s quote with a full score", (_lang, text, quote) => {
    const m = matchQuote(text, quote, { prefix: text.slice(0, text.indexOf(quote)), hint: text.indexOf(quote) });
    expect(m).toEqual({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, score: 1, errors: 0 });
  });

  it.each([
    ["en", "He said yes. She said yes. They said yes.", "yes", "She said ", ". They", 22],
    ["ru", "Он сказал да. Она сказала да. Они сказали да.", "да", "Она сказала ", ". Они", 26],
  ])(
    "tells a repeated %s quote apart by its context, not the nearest position",
    (_l, text, quote, prefix, suffix, want) => {
      const m = matchQuote(text, quote, { prefix, suffix, hint: text.length });
      expect(m?.start).toBe(want);
    },
  );

  it.each([
    ["en", "We met her. We met her. We met her.", "her", 0, 7],
    ["ru", "Мы знали её. Мы знали её. Мы знали её.", "её", 40, 35],
  ])("takes the %s occurrence nearest the hint when contexts agree", (_l, text, quote, hint, want) => {
    expect(matchQuote(text, quote, { hint })?.start).toBe(want);
  });

  it.each([
    ["en", "Analysts expect strong growth in mining output.", "expect stong growht in mining", 3],
    ["ru", "Аналитики ожидают сильного роста добычи руды.", "ожидают сильнго роста добычи", 1],
  ])("finds a %s quote that differs in a few letters and counts them", (_l, text, quote, errors) => {
    const m = matchQuote(text, quote)!;
    expect(m.errors).toBe(errors);
    expect(m.score).toBeLessThan(1);
    expect(text.slice(m.start, m.end)).toMatch(/^(expect|ожидают)/);
  });

  it.each([
    ["a quote that differs in more than half its letters", "Nothing like it here.", "zyxwvutsrq"],
    ["an empty quote", "Some text.", ""],
    ["an empty text", "", "quote"],
    ["a one-letter quote that is absent", "abc", "z"],
  ])("finds nothing for %s", (_case, text, quote) => {
    expect(matchQuote(text, quote)).toBeNull();
  });

  it("finds an edited quote near the hint in a long text, and one far from it", () => {
    const quote = "the commission approved the licence";
    const near = filler(20_000) + "the commision aproved the licence" + filler(20_000);
    expect(matchQuote(near, quote, { hint: 20_010 })).toMatchObject({ start: 20_000, errors: 2 });
    // The hint points 15,000 characters away: the window finds nothing and the whole text is searched.
    expect(matchQuote(near, quote, { hint: 5_000 })).toMatchObject({ start: 20_000, errors: 2 });
  });

  it("prefers the edited quote in its own context over a closer spelling elsewhere", () => {
    const prefix = "At the Astana forum on Tuesday, ";
    const suffix = " were on the table for investors.";
    const text = `Elsewhere: red apples and peaks. ${filler(200)} ${prefix}red apples und bears${suffix}`;
    const m = matchQuote(text, "red apples and pears", { prefix, suffix, hint: 0 })!;
    expect(text.slice(m.start, m.end)).toBe("red apples und bears");
  });

  it("scores a place whose context was rewritten below one in its own context", () => {
    const text = "Alpha said the plan is good. Later, beta said the plan is good.";
    const own = matchQuote(text, "the plan is good", { prefix: "Later, beta said ", suffix: "." })!;
    const rewritten = matchQuote(text, "the plan is good", { prefix: "Gamma disagreed: ", suffix: "!" })!;
    expect(own.score).toBe(1);
    expect(rewritten.score).toBeLessThan(own.score);
  });
});
