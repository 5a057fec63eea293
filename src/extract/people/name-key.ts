// Keys that make the inflected forms of one name compare equal inside an article: "Рысмамбетов",
// "Рысмамбетова", "Рысмамбетовым" → "рысмамбетов"; "Юрий", "Юрия" → "юр"; "Parata’s" → "parata".
// Crude on purpose: names only need to agree with each other within one text, not with a dictionary.
import { BoundedCache } from "../../bounded-cache";

/** Russian case endings of names, longest first so "-ием" wins over "-ем" and "-ой" over "-й". */
const RU_NAME_ENDINGS = [
  "ого", "его", "ому", "ему", "ием", "ией", "иям",
  "ой", "ей", "ий", "ый", "ая", "яя", "ую", "юю", "ом", "ем", "ым", "им", "ых", "их", "ию", "ия", "ии", "ью", "ья",
  "а", "я", "у", "ю", "е", "о", "ы", "и", "ь", "й",
];
/** Stems shorter than this keep their ending: "Ли", "Ян", "Ким" must not collapse to one or two letters. */
const MIN_STEM = 3;
const CYRILLIC = /[\u0400-\u04ff]/;
const POSSESSIVE = /[’']s$/;

/** Entries the cache keeps, so a long-lived content script does not grow it without bound. */
const CACHE_LIMIT = 50_000;
/** Keys already computed: an article repeats its names and a lexicon its words, so most look-ups are hits. */
const cache = new BoundedCache<string, string>(CACHE_LIMIT);

/** The key of one word of a name. */
export function wordKey(word: string): string {
  return cache.getOrSet(word, computeKey);
}

function computeKey(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, "е").replace(POSSESSIVE, "");
  if (!CYRILLIC.test(w)) return w;
  for (const e of RU_NAME_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  }
  return w;
}

/** Endings a Russian name takes only outside the nominative: a form with one is a poor canonical name. */
const RU_OBLIQUE_ENDING = /(?:ого|ому|ему|ом|ем|ым|им|ой|ую|ию|ии|ей|у|ю|е)$/;

/** True when `word` looks like a nominative form: the one to show as a canonical name. */
export function looksNominative(word: string): boolean {
  if (!CYRILLIC.test(word)) return true;
  return !RU_OBLIQUE_ENDING.test(word.toLowerCase());
}

/** True when `form` is `base` plus a case ending ("Рысмамбетова" of "Рысмамбетов"): `base` is the better name. */
export function isInflectionOf(form: string, base: string): boolean {
  if (form.length <= base.length || !form.startsWith(base)) return false;
  return RU_NAME_ENDINGS.includes(form.slice(base.length).toLowerCase());
}

/** Oblique endings mapped back to the nominative, for names seen only in an oblique case (most specific first). */
const RU_NOMINATIVE_GUESSES: [RegExp, string][] = [
  [/([оеё]в|[иы]н)(?:ым|ом|у|е)$/, "$1"], // Рысмамбетовым → Рысмамбетов
  [/([оеё]в|[иы]н)ой$/, "$1а"], // Ивановой → Иванова
  [/([сц]к)(?:ого|ому|им|ом)$/, "$1ий"], // Достоевского → Достоевский
  [/([сц]к)(?:ой|ую)$/, "$1ая"], // Ахматовской → …ская
  [/(?:ии|ией)$/, "ия"], // Марии → Мария
  [/ем$/, "й"], // Сергеем → Сергей
  [/ой$/, "а"], // Анной → Анна
  [/ом$/, ""], // Александром → Александр
];

/** A nominative guess for a Russian name word seen only in an oblique case; other words come back unchanged. */
export function guessNominative(word: string): string {
  if (looksNominative(word)) return word;
  for (const [re, to] of RU_NOMINATIVE_GUESSES) if (re.test(word)) return word.replace(re, to);
  return word;
}
