// Language of a text from its letters and a few stop words (enough for ru/en/kk, no heavy detector), and the
// one table from a language code to its module (src/extract/lang/<code>/): stages ask lexiconFor(lang) for
// their words and rules and never test a language code themselves.
import type { Lang } from "./types";
import type { LanguageModule } from "./lang/language-module";
import { EN } from "./lang/en/index";
import { KK } from "./lang/kk/index";
import { RU } from "./lang/ru/index";

/** Letters only Kazakh uses among Cyrillic scripts. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-zA-Z]/g;
const ENGLISH_STOP_WORDS = /\b(the|and|of|to|in|is|that|for|with|was|said)\b/gi;
/** Share of Kazakh-only letters among Cyrillic ones above which a text is Kazakh, not Russian with a few names. */
const KAZAKH_SHARE = 0.02;
/** Fewer letters than this: not enough to tell. */
const MIN_LETTERS = 20;
/** Share of words that are English stop words above which Latin text is English: English prose has several times this. */
const ENGLISH_STOP_SHARE = 0.05;

export function detectLang(text: string): Lang {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cyr = sample.match(CYRILLIC)?.length ?? 0;
  const lat = sample.match(LATIN)?.length ?? 0;
  if (cyr + lat < MIN_LETTERS) return "other";
  if (cyr > lat) {
    const kk = sample.match(KAZAKH_LETTERS)?.length ?? 0;
    return kk / cyr > KAZAKH_SHARE ? "kk" : "ru";
  }
  // Latin script: English only when its commonest words are there (French, German… are "other").
  const words = sample.split(/\s+/).length;
  const stops = sample.match(ENGLISH_STOP_WORDS)?.length ?? 0;
  return stops / Math.max(1, words) > ENGLISH_STOP_SHARE ? "en" : "other";
}

/**
 * Texts too short to tell, or in neither language: English words and patterns, but nothing English-specific
 * about quotes (they may mark names), and the organisation finders of the text's script (below).
 */
const OTHER_LATIN: LanguageModule = {
  ...EN,
  name: "other-latin",
  orgs: { ...EN.orgs, quotesAreSpeech: false, quoteHeadNouns: new Set() },
  // The English model reads French or German capitals as English ones: no model for a language it was not trained on.
  model: null,
};
const OTHER_CYRILLIC: LanguageModule = {
  ...OTHER_LATIN,
  name: "other-cyrillic",
  orgs: { ...OTHER_LATIN.orgs, finders: RU.orgs.finders },
};

const MODULES: Record<Lang, LanguageModule> = { ru: RU, en: EN, kk: KK, other: OTHER_LATIN };

/**
 * The module for a language. For "other" the text's script decides the organisation rules (head-noun-first
 * Cyrillic names or capitalised English ones), so a caller that finds organisations passes the text.
 */
export function lexiconFor(lang: Lang, text?: string): LanguageModule {
  if (lang === "other" && text !== undefined && mostlyCyrillic(text)) return OTHER_CYRILLIC;
  return MODULES[lang];
}

/** More Cyrillic letters than Latin ones. */
function mostlyCyrillic(text: string): boolean {
  const cyr = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  return cyr > (text.match(/[A-Za-z]/g)?.length ?? 0);
}
