import { describe, expect, it } from "vitest";
import { anchorSelectors } from "./anchor";
import { describeSpan } from "./describe";

const ARTICLES = {
  en: [
    "The Ministry of Energy of Kazakhstan announced on Monday a new programme to explore rare earth deposits in the east of the country.",
    "According to Aidar Bekov, an analyst at the Central Asia Institute, the programme could attract two billion dollars of investment by 2030.",
    "Critics say the environmental rules are still too weak. The ministry did not answer questions about water use near the mines.",
    "The programme will be reviewed next year.",
  ],
  ru: [
    "Министерство энергетики Казахстана в понедельник объявило о новой программе разведки редкоземельных металлов на востоке страны.",
    "По словам Айдара Бекова, аналитика Института Центральной Азии, программа может привлечь два миллиарда долларов инвестиций к 2030 году.",
    "Критики считают, что экологические правила всё ещё слишком слабы. Министерство не ответило на вопросы об использовании воды у рудников.",
    "Программу пересмотрят в следующем году.",
  ],
};
/** The quote of each case: in the second paragraph, with a word that the "changed word" edit replaces. */
const QUOTES = {
  en: { quote: "could attract two billion dollars", word: "two", replacement: "three" },
  ru: { quote: "может привлечь два миллиарда долларов", word: "два", replacement: "три" },
};
const join = (paras: string[]) => paras.join("\n\n");

type Lang = keyof typeof ARTICLES;
const langs: Lang[] = ["en", "ru"];

function noteOn(lang: Lang) {
  const text = join(ARTICLES[lang]);
  const { quote } = QUOTES[lang];
  const start = text.indexOf(quote);
  return { text, quote, selectors: describeSpan(text, { start, end: start + quote.length }) };
}

describe("anchorSelectors", () => {
  it.each(langs)("finds an unchanged %s text by its position", (lang) => {
    const { text, selectors } = noteOn(lang);
    const { start, end } = selectors.position;
    expect(anchorSelectors(text, selectors)).toEqual({ start, end, method: "position", score: 1 });
  });

  it.each(langs)("finds a %s quote by exact match after a paragraph is inserted before it", (lang) => {
    const { selectors, quote } = noteOn(lang);
    const edited = join(["Editor's note: this article was updated. / Статья обновлена.", ...ARTICLES[lang]]);
    const got = anchorSelectors(edited, selectors)!;
    expect(got.method).toBe("quote");
    expect(edited.slice(got.start, got.end)).toBe(quote);
    expect(got.score).toBeGreaterThan(0.95);
  });

  it.each(langs)("finds a %s quote with a changed word by fuzzy match", (lang) => {
    const { selectors } = noteOn(lang);
    const { quote, word, replacement } = QUOTES[lang];
    const changed = quote.replace(word, replacement);
    const edited = join(ARTICLES[lang]).replace(quote, changed);
    const got = anchorSelectors(edited, selectors)!;
    expect(got.method).toBe("fuzzy");
    expect(edited.slice(got.start, got.end)).toBe(changed);
    expect(got.score).toBeLessThan(1);
  });

  it.each([
    [
      "ru",
      "может привлечь два миллиарда",
      "способна привлечь два миллиарда",
      "программа способна привлечь два миллиарда",
    ],
    ["en", "could attract two billion", "might attract two billion", "programme might attract two billion"],
  ] as const)("in %s, takes whole words when the quote's first word was edited", (lang, quote, changed, around) => {
    const text = join(ARTICLES[lang]);
    const start = text.indexOf(quote);
    const selectors = describeSpan(text, { start, end: start + quote.length });
    const edited = text.replace(quote, changed);
    const got = anchorSelectors(edited, selectors)!;
    expect(got.method).toBe("fuzzy");
    const found = edited.slice(got.start, got.end);
    // Whole words at both edges: no letter just outside the highlight.
    expect(/\p{L}/u.test(edited[got.start - 1] ?? " ") || /\p{L}/u.test(edited[got.end] ?? " "), found).toBe(false);
    expect(around).toContain(found);
  });

  it.each(langs)("orphans a %s note whose paragraph was deleted", (lang) => {
    const { selectors } = noteOn(lang);
    const paras = ARTICLES[lang];
    expect(anchorSelectors(join([paras[0]!, paras[2]!, paras[3]!]), selectors)).toBeNull();
  });

  it.each(langs)("orphans a %s note in a long text once its paragraph is gone", (lang) => {
    const { selectors } = noteOn(lang);
    const paras = ARTICLES[lang];
    const others = [paras[0]!, paras[2]!, paras[3]!];
    const long = join(Array.from({ length: 40 }, (_, i) => others[i % 3]!.replace(/\d{4}|\./, ` ${i}.`)));
    expect(anchorSelectors(long, selectors)).toBeNull();
  });

  it.each([
    [
      "en",
      ["Officials praised the programme.", "Bankers doubted the programme.", "Farmers ignored the programme."],
      "the programme",
    ],
    [
      "ru",
      ["Чиновники хвалили эту программу.", "Банкиры критиковали эту программу.", "Фермеры не замечали эту программу."],
      "программу",
    ],
  ])("tells a repeated %s quote apart by its context when a closer copy takes its old place", (_lang, paras, quote) => {
    const text = join(paras);
    const start = text.lastIndexOf(quote);
    const selectors = describeSpan(text, { start, end: start + quote.length });
    const edited = join(["Обновлено: added a line.", ...paras]);
    const wanted = edited.lastIndexOf(quote);
    // The premise: another copy now lies nearer the old position than the note's own.
    const copies = [...edited.matchAll(new RegExp(quote, "g"))].map((m) => m.index);
    const nearest = copies.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
    expect(nearest).not.toBe(wanted);
    expect(anchorSelectors(edited, selectors)).toMatchObject({ start: wanted, method: "quote" });
  });

  it.each([
    [
      "Kazakh letters",
      "Үкімет жаңа бағдарламаны қабылдады. Ол өңірлердің дамуына арналған.",
      "жаңа бағдарламаны",
      "Үкімет ескі бағдарламаны қабылдады. Ол өңірлердің дамуына арналған.",
      "ескі бағдарламаны",
    ],
    [
      "emoji",
      "Prices 📈 rose 🚀 again in Almaty today.",
      "rose 🚀 again",
      "Prices 📈 rose 🌙 again in Almaty today.",
      "rose 🌙 again",
    ],
    [
      "combining accents",
      "Le café\u0301 de la rue ferme demain.",
      "café\u0301 de la rue",
      "Le cafe de la rue ferme demain.",
      "cafe de la rue",
    ],
  ])("finds edited text with %s", (_case, text, quote, edited, want) => {
    const start = text.indexOf(quote);
    const selectors = describeSpan(text, { start, end: start + quote.length });
    const got = anchorSelectors(edited, selectors)!;
    expect(got.method).toBe("fuzzy");
    expect(edited.slice(got.start, got.end)).toBe(want);
  });

  it.each([
    [
      "en",
      "The ministry announced the programme on Monday.",
      "the programme",
      "Critics, however, doubt the programme and its costs.",
      null,
    ],
    [
      "ru",
      "Министерство объявило о программе в понедельник.",
      "программе",
      "Аналитики всё ещё сомневаются в программе и её цене.",
      null,
    ],
    [
      "en",
      "Yesterday the ministry announced a programme of rare earth exploration.",
      "the ministry announced a programme of rare earth",
      "In a statement the ministry announced a programme of rare earth mining.",
      "quote",
    ],
    [
      "ru",
      "Вчера министерство объявило о программе разведки редких металлов.",
      "министерство объявило о программе разведки",
      "По данным СМИ, министерство объявило о программе разведки угля.",
      "quote",
    ],
  ])(
    "takes a %s quote found word for word in a new context only when it is long",
    (_lang, text, quote, edited, want) => {
      const start = text.indexOf(quote);
      const got = anchorSelectors(edited, describeSpan(text, { start, end: start + quote.length }));
      expect(got?.method ?? null).toBe(want);
      if (got) expect(edited.slice(got.start, got.end)).toBe(quote);
    },
  );

  it("does not trust a position whose text changed, nor an empty quote", () => {
    const { text, selectors } = noteOn("en");
    const moved = {
      ...selectors,
      position: { ...selectors.position, start: 0, end: selectors.position.end - selectors.position.start },
    };
    expect(anchorSelectors(text, moved)?.method).toBe("quote");
    expect(anchorSelectors(text, { ...selectors, quote: { ...selectors.quote, exact: "" } })).toBeNull();
  });
});
