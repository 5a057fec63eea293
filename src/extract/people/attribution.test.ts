import { describe, expect, it } from "vitest";
import { splitSentences } from "../sentences";
import type { Mention } from "../types";
import { attributeSentences } from "./attribution";
import { lexiconFor } from "../lang";
import { findQuotes } from "./quotes";
import { readWords } from "./words";

/** Attributes the sentences of `text` given the people's names (every occurrence is a mention). */
const speakers = (text: string, lang: "ru" | "en", names: string[]) => {
  const sentences = splitSentences(text, lang);
  const mentions: Mention[][] = names.map((n) => [...text.matchAll(new RegExp(n, "g"))].map((m) => ({ text: n, start: m.index!, end: m.index! + n.length })));
  const out = attributeSentences(text, sentences, readWords(text, sentences), mentions, lexiconFor(lang).people, findQuotes(text), () => true);
  return out.map((a) => (a ? names[a.person] : null));
};

describe("attributeSentences", () => {
  it.each([
    ["ru", "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов. Рынок растёт.", ["Расул Рысмамбетов"], ["Расул Рысмамбетов", null]],
    ["ru", "Выступил Иван Петров. По его словам, цены упадут.", ["Иван Петров"], [null, "Иван Петров"]],
    ["ru", "Выступил Иван Петров. Кроме того, он считает, что нужен фонд.", ["Иван Петров"], [null, "Иван Петров"]],
    ["ru", "Выступил Иван Петров. На этом фоне эксперт видит два варианта.", ["Иван Петров"], [null, "Иван Петров"]],
    ["ru", "По мнению Ивана Петрова, цены упадут.", ["Ивана Петрова"], ["Ивана Петрова"]],
    ["ru", "«Цены вырастут», – рассказал корреспонденту Caravan.kz политолог Иван Петров.", ["Иван Петров"], ["Иван Петров"]],
    ["ru", "Депутат заявил о поддержке нового закона и поблагодарил Ивану Петрову.", ["Ивану Петрову"], [null]],
    ["ru", "«Первое. Второе предложение цитаты», – отметил Петров.", ["Петров"], ["Петров", "Петров"]],
    ["en", "Prices will rise, said Jane Doe, an economist at the IMF.", ["Jane Doe"], ["Jane Doe"]],
    ["en", "Jane Doe, a fierce and uncompromising elder of the tribe, said no.", ["Jane Doe"], ["Jane Doe"]],
    ["en", "Jane Doe met us. The plan will fail, she said.", ["Jane Doe"], [null, "Jane Doe"]],
    ["en", "Experts say the plan will fail. Officials said nothing.", [], [null, null]],
    ["en", "The thaw worried Tasos Georgelis, a deputy commissioner.", ["Tasos Georgelis"], [null]],
    ["en", "“Man’s greed is hurting the whales,” says Parata.\n\n“We’re having to put up with a lot of stuff today.”", ["Parata"], ["Parata", "Parata"]],
  ] as const)("%s: %s", (lang, text, names, expected) => {
    expect(speakers(text, lang, [...names])).toEqual(expected);
  });

  it("keeps a quote with its speaker when the segmenter cuts the sentence after a title's dot", () => {
    const text = "“People think it’s all protected and safe, but it’s really not,” Mr. McHugh said.";
    const out = speakers(text, "en", ["McHugh"]);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((s) => s === "McHugh")).toBe(true);
  });
});

describe("attributeSentences: evidence", () => {
  it.each([
    ["ru", "Выступил Иван Петров. На этом фоне эксперт также видит два варианта.", "эксперт также видит"],
    ["ru", "Выступил Иван Петров. По его словам, цены упадут.", "По его словам"],
    ["en", "Jane Doe met us. The plan will fail, she said.", "she"],
  ] as const)("%s: the cue of %s is a span of the text: %s", (lang, text, cue) => {
    const sentences = splitSentences(text, lang);
    const name = lang === "ru" ? "Иван Петров" : "Jane Doe";
    const at = text.indexOf(name);
    const out = attributeSentences(text, sentences, readWords(text, sentences), [[{ text: name, start: at, end: at + name.length }]], lexiconFor(lang).people, findQuotes(text), () => true);
    const e = out[1]!.evidence[0]!;
    expect(e.cue).toBe(cue);
    expect(text.slice(e.start, e.end)).toBe(cue);
  });
});
