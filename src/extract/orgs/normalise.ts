// Keys that make inflected and spelling variants of one name compare equal: "Минфину" and "Минфин",
// "Совбезом" and "Совбез", "Department's" and "Department". Crude suffix stripping on purpose: names only
// need to agree with each other inside one article, not with a dictionary. The word's own script picks the
// endings (a Russian-form name in an English or Kazakh text inflects the Russian way): lang/ru and lang/en hold them.
import { BoundedCache } from "../../bounded-cache";
import { ORG_WORD_ENDINGS, foldRu, stripEnding } from "../lang/ru/endings";
import { POSSESSIVE, stripPluralEn } from "../lang/en/endings";

/** Entries each cache keeps, so a long batch run does not grow it without end. */
const CACHE_LIMIT = 50_000;
/** Stems already computed: an article repeats its words, and names are keyed many times. */
const cache = new BoundedCache<string, string>(CACHE_LIMIT);

export function stemWord(word: string): string {
  return cache.getOrSet(word, computeStem);
}

function computeStem(word: string): string {
  const w = foldRu(word).replace(POSSESSIVE, "");
  if (/^[a-z0-9.&'’-]+$/.test(w)) return stripPluralEn(w);
  // Cyrillic acronyms take endings after a hyphen or none at all ("МВФ", "ОПЕК-плюс"): keep them whole.
  if (word === word.toUpperCase()) return w;
  return stripEnding(w, ORG_WORD_ENDINGS);
}

/** Keys already computed: place tests and grouping key the same names and their prefixes again and again. */
const nameCache = new BoundedCache<string, string>(CACHE_LIMIT);

/** One key per name: its words stemmed, quotes and punctuation dropped. */
export function nameKey(name: string): string {
  return nameCache.getOrSet(name, computeNameKey);
}

function computeNameKey(name: string): string {
  return name
    .split(/[\s«»"“”„()]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean)
    .map(stemWord)
    .join(" ");
}
