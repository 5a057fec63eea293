// Russian endings, and the one normaliser that strips them: every rule that compares inflected Russian words
// ("Минфину" and "Минфин", "Рысмамбетовым" and "Рысмамбетов", "комиссией" and "комисси-") takes its endings
// from here. Crude suffix stripping on purpose: words only need to agree with each other inside one article.
// The lists differ because what they compare differs: merging them would key words together that must stay
// apart (a name's "-ов" is part of the surname, an organisation word's "-ов" is a genitive plural).

/** Lower case, "ё" as "е": Russian texts write either. */
export const foldRu = (word: string): string => word.toLowerCase().replace(/ё/g, "е");

/** A stem shorter than this keeps its ending: "Ли", "Ян", "ЕС" must not collapse to one or two letters. */
const MIN_STEM = 3;

/** `word` (already folded) without the first of `endings` it ends in, when enough stem is left; else `word`. */
export function stripEnding(word: string, endings: readonly string[]): string {
  for (const e of endings) {
    if (word.endsWith(e) && word.length - e.length >= MIN_STEM) return word.slice(0, -e.length);
  }
  return word;
}

/**
 * Case and number endings of words in organisation names, longest first so "-ами" wins over "-и". Holds the
 * plural "-ов", "-ам", "-ах" ("журналистов", "делам"): names of bodies hold plural common nouns.
 */
export const ORG_WORD_ENDINGS = [
  "иями",
  "ями",
  "ами",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ией",
  "ов",
  "ев",
  "ей",
  "ой",
  "ый",
  "ий",
  "ом",
  "ем",
  "ам",
  "ям",
  "ах",
  "ях",
  "ую",
  "юю",
  "ая",
  "яя",
  "ое",
  "ее",
  "ые",
  "ие",
  "ых",
  "их",
  "ым",
  "им",
  "ию",
  "ия",
  "ии",
  "ью",
  "а",
  "я",
  "у",
  "ю",
  "е",
  "ы",
  "и",
  "о",
  "ь",
  "й",
];

/**
 * Case endings of people's names, longest first so "-ием" wins over "-ем" and "-ой" over "-й". No "-ов"/"-ев":
 * in a name they end the surname ("Иванов"), and "Иванов" and "Ивана" must not share a key.
 */
export const NAME_ENDINGS = [
  "ого",
  "его",
  "ому",
  "ему",
  "ием",
  "ией",
  "иям",
  "ой",
  "ей",
  "ий",
  "ый",
  "ая",
  "яя",
  "ую",
  "юю",
  "ом",
  "ем",
  "ым",
  "им",
  "ых",
  "их",
  "ию",
  "ия",
  "ии",
  "ью",
  "ья",
  "а",
  "я",
  "у",
  "ю",
  "е",
  "о",
  "ы",
  "и",
  "ь",
  "й",
];

/** Endings a name takes only outside the nominative: a form with one is a poor canonical name. */
export const OBLIQUE_NAME_ENDING = /(?:ого|ому|ему|ом|ем|ым|им|ой|ую|ию|ии|ей|у|ю|е)$/;

/** Oblique endings of names mapped back to the nominative, for names seen only in an oblique case (most specific first). */
export const NOMINATIVE_GUESSES: [RegExp, string][] = [
  [/([оеё]в|[иы]н)(?:ым|ом|у|е)$/, "$1"], // Рысмамбетовым → Рысмамбетов
  [/([оеё]в|[иы]н)ой$/, "$1а"], // Ивановой → Иванова
  [/([сц]к)(?:ого|ому|им|ом)$/, "$1ий"], // Достоевского → Достоевский
  [/([сц]к)(?:ой|ую)$/, "$1ая"], // Ахматовской → …ская
  [/(?:ии|ией)$/, "ия"], // Марии → Мария
  [/ем$/, "й"], // Сергеем → Сергей
  [/ой$/, "а"], // Анной → Анна
  [/ом$/, ""], // Александром → Александр
];

/**
 * What may follow an organisation head noun's stem in an inflected form: "комисси|я", "суд|ом"; a whole set,
 * not a longest-first list, because the stem is known and only the rest is checked ("суд|ьба" is another word).
 */
export const HEAD_NOUN_ENDINGS = new Set([
  "",
  "а",
  "я",
  "у",
  "ю",
  "е",
  "ы",
  "и",
  "о",
  "ь",
  "ом",
  "ем",
  "ой",
  "ей",
  "ам",
  "ям",
  "ами",
  "ями",
  "ах",
  "ях",
  "ов",
  "ев",
  "ию",
  "ия",
  "ии",
  "ие",
  "ий",
  "ией",
  "иям",
  "иями",
  "иях",
  "ью",
  "ьи",
  "ьях",
  "ого",
]);

/** Singular case endings a single-word name repeated elsewhere in the text may carry ("Казахмыс" … "Казахмыса"). */
export const REPEATED_NAME_ENDINGS = ["а", "я", "у", "ю", "е", "ом", "ем", "ой", "ей", "ы", "и"];

/** An acronym with a case ending glued on ("МВФа", "ЦРУ" is not one): the acronym and its ending. */
export const INFLECTED_ACRONYM = /^([А-ЯЁ]{2,})(а|у|е|ом|ой|ы)$/;

/** Case forms of a place name's last word, by its nominative ending (Москва → Москвы, Москве, Москву, Москвой). */
const PLACE_CASE_ENDINGS: Record<string, string[]> = {
  ия: ["ии", "ию", "ией"],
  ья: ["ьи", "ью", "ьей"],
  а: ["ы", "и", "е", "у", "ой"],
  я: ["и", "е", "ю", "ей"],
  ь: ["и", "ю", "ью", "я", "е", "ем"],
  й: ["я", "ю", "е", "ем"],
  "": ["а", "у", "е", "ом", "ы"],
};

/** A place name and its case forms. */
export function placeCaseForms(name: string): string[] {
  const m = /^(.*?)(ия|ья|а|я|ь|й|)$/.exec(name)!;
  const [, stem, end] = m as unknown as [string, string, string];
  return [name, ...(PLACE_CASE_ENDINGS[end] ?? []).map((s) => stem + s)];
}

/** Adjective endings (all cases): words before an organisation's head noun that belong to its name. */
export const ADJECTIVE_ENDING =
  /(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ые|ие|ых|их|ыми|ими|ской|ском|ская)$/;
/**
 * Adjective endings that make a run of capitalised words a place or a body, not a person ("Южная Корея", "Белый
 * дом"); without "-ий"/"-им", which end given names and surnames too ("Юрий", "Ким").
 */
export const NAME_ADJECTIVE_ENDING = /(?:ая|яя|ый|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ой|ых|их|ыми|ими|ским|ской|ском)$/;
/** Verb and adverb endings: a word after an organisation's head that starts the predicate, not the name's complement. */
export const VERB_OR_ADVERB_ENDING = /(л|ла|ли|ло|ть|ет|ит|ют|ут|ят|ат|ся|сь|ует|ает|но|же|на|то)$/;
/** Genitive-looking words: a name's complement is in the genitive ("защиты журналистов", "иностранных дел"). */
export const GENITIVE_ENDING = /(ых|их|ого|его|ой|ей|ии|ия|ов|ев|а|я|ы|и|ств|ний|дел)$/;
/** Plural verb endings: a plural verb after a lone capitalised word says a group speaks, not a person. */
export const PLURAL_VERB_ENDING = /(?:ли|ют|ят|ут|ат)$/;
