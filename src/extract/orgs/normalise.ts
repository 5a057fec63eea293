// Keys that make inflected and spelling variants of one name compare equal: "Минфину" and "Минфин",
// "Совбезом" and "Совбез", "Department's" and "Department". Crude suffix stripping on purpose: names only
// need to agree with each other inside one article, not with a dictionary.
import { BoundedCache } from "../../bounded-cache";

/** Russian case and number endings, longest first so "-ами" wins over "-и". */
const RU_ENDINGS = [
  "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией",
  "ов", "ев", "ей", "ой", "ый", "ий", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ию", "ия", "ии", "ью",
  "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й",
];
/** A stem shorter than this is left alone: short words and acronyms (ЕС, ООН) keep their letters. */
const MIN_STEM = 3;

/** Entries each cache keeps, so a long batch run does not grow it without end. */
const CACHE_LIMIT = 50_000;
/** Stems already computed: an article repeats its words, and names are keyed many times. */
const cache = new BoundedCache<string, string>(CACHE_LIMIT);

export function stemWord(word: string): string {
  return cache.getOrSet(word, computeStem);
}

function computeStem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, "е").replace(/[’']s$/, "");
  if (/^[a-z0-9.&'’-]+$/.test(w)) {
    // English: plural and possessive only.
    if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
    if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
    return w;
  }
  // Cyrillic acronyms take endings after a hyphen or none at all ("МВФ", "ОПЕК-плюс"): keep them whole.
  if (word === word.toUpperCase()) return w;
  for (const e of RU_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  }
  return w;
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
