// Keys that make the inflected forms of one name compare equal inside an article: "Рысмамбетов",
// "Рысмамбетова", "Рысмамбетовым" → "рысмамбетов"; "Юрий", "Юрия" → "юр"; "Parata’s" → "parata".
// Crude on purpose: names only need to agree with each other within one text, not with a dictionary. A word's
// script picks its endings (Russian-form names appear in texts of any language): lang/ru/endings.ts holds them.
import { BoundedCache } from "../bounded-cache";
import { NAME_ENDINGS, NOMINATIVE_GUESSES, OBLIQUE_NAME_ENDING, foldRu, stripEnding } from "./lang/ru/endings";
import { POSSESSIVE } from "./lang/en/endings";

const CYRILLIC = /[\u0400-\u04ff]/;

/** Entries the cache keeps, so a long-lived content script does not grow it without bound. */
const CACHE_LIMIT = 50_000;
/** Keys already computed: an article repeats its names and a lexicon its words, so most look-ups are hits. */
const cache = new BoundedCache<string, string>(CACHE_LIMIT);

/** The key of one word of a name. */
export function wordKey(word: string): string {
  return cache.getOrSet(word, computeKey);
}

function computeKey(word: string): string {
  const w = foldRu(word).replace(POSSESSIVE, "");
  return CYRILLIC.test(w) ? stripEnding(w, NAME_ENDINGS) : w;
}

/** True when `word` looks like a nominative form: the one to show as a canonical name. */
export function looksNominative(word: string): boolean {
  if (!CYRILLIC.test(word)) return true;
  return !OBLIQUE_NAME_ENDING.test(word.toLowerCase());
}

/** True when `form` is `base` plus a case ending ("Рысмамбетова" of "Рысмамбетов"): `base` is the better name. */
export function isInflectionOf(form: string, base: string): boolean {
  if (form.length <= base.length || !form.startsWith(base)) return false;
  return NAME_ENDINGS.includes(form.slice(base.length).toLowerCase());
}

/**
 * True when two keys are forms of one short name word the keys leave apart ("ын", "ына", "ыном" of "Ын"): each
 * is a stem of two letters or more, or that stem and a case ending.
 */
export function sameShortName(a: string, b: string): boolean {
  if (a === b) return true;
  const stems = (w: string) => [
    w,
    ...NAME_ENDINGS.filter((e) => w.length - e.length >= 2 && w.endsWith(e)).map((e) => w.slice(0, -e.length)),
  ];
  const ofB = new Set(stems(b));
  return stems(a).some((x) => ofB.has(x));
}

/** A nominative guess for a Russian name word seen only in an oblique case; other words come back unchanged. */
export function guessNominative(word: string): string {
  if (looksNominative(word)) return word;
  for (const [re, to] of NOMINATIVE_GUESSES) if (re.test(word)) return word.replace(re, to);
  return word;
}
