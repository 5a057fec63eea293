// Language of a text from its letters and a few stop words: enough for ru/en/kk, no heavy detector.
import type { Lang } from "./types";

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
