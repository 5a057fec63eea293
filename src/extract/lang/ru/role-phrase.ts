// Russian grammar of a role phrase: the words that may stand in a role noun's complement before a name
// ("председатель правления Национального банка"), the adjectives that modify a role noun, and how an oblique
// modifier goes back to the nominative with its noun ("бывшего министра" → "бывший министр").
import { ROLE_PREDICATES_BEFORE_NAME_RU } from "./people";
import { masculineCaseOfEnding } from "./name-cases";

/** Adjective endings in any case: a word ending so before a role noun may modify it ("научный", "бывшего"). */
export const ADJECTIVE_ENDINGS_RU = [
  "ый",
  "ий",
  "ой",
  "ая",
  "яя",
  "ого",
  "его",
  "ому",
  "ему",
  "ым",
  "им",
  "ую",
  "юю",
  "ей",
];

/**
 * Lower-case words that may stand in a role's complement: nouns and adjectives in an oblique case, "в", "по", "при", "от",
 * common genitive plurals without an ending ("министр иностранных дел"), and nouns that never decline ("главред
 * радио «Эхо Москвы»", "член жюри").
 */
const COMPLEMENT_WORD_RU =
  /^(?:в|по|при|от|дел|сил|войск|стран|наук|лет|работ|услуг|программ|проблем|систем|радио|бюро|жюри|шоу|кино|метро|казино|\p{L}[\p{L}-]*(?:а|я|ы|и|у|ю|е|ов|ев|ей|ой|ых|их|ого|его|ому|ему|ым|им|ам|ям|ами|ями|ах|ях))$/u;
/**
 * Verb forms, pronouns and words of time that look like oblique nouns ("заявила", "его", "в мае", "в прошлом году"):
 * a clause or an adverbial, not a complement.
 */
const NOT_COMPLEMENT_RU =
  /(?:[аеиыуя]л[аи]|ся|сь|ть)$|^(?:его|ее|её|ей|ему|им|их|ними|нее|неё|него|нему|она|они|это|эта|эти|этого|этой|этим|того|той|тем|тех|кого|чего|кому|чему|когда|тогда|всегда|также|тоже|уже|еще|ещё|где|куда|туда|сюда|вчера|сегодня|теперь|через|после|перед|между|среди|для|без|или|либо|даже|лишь|ли|бы|же|ни|году|годах|месяце|неделе|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)$/;
/**
 * A reflexive verb in the past tense ("снялись", "скончался"): never in a role phrase. Not the other past forms,
 * whose endings nouns in "-л" share ("генерала", "отдела", "модели").
 */
export const PAST_REFLEXIVE_RU = /л(?:ся|ась|ось|ись)$/;
/** A lower-case word that may stand in a role's complement ("правления", "банка", "по"), not a verb or pronoun. */
export const isRoleComplementRu = (word: string): boolean =>
  COMPLEMENT_WORD_RU.test(word) && !NOT_COMPLEMENT_RU.test(word) && !PREDICATES_BEFORE_NAME.has(word);
/** A verb between a role and the name ("председателем банка избрана Анна …") ends the role, like any verb. */
const PREDICATES_BEFORE_NAME: ReadonlySet<string> = new Set(ROLE_PREDICATES_BEFORE_NAME_RU);
/** Pronouns and determiners that decline like adjectives, "который", and gerunds that look like adjectives. */
export const NOT_MODIFIER_RU =
  /^(?:включая|считая|исключая|начиная|говоря|эт|котор|сво|наш|ваш|всег|всем|всей|так|друг|сам|одн|как|чь|мо[ейи]|тво|кажд|люб|тог|той|том|ег|ее|её|ей|ней|нем|ним|него|нему|некотор|многи|ин[ао])/;
/**
 * The words of an acting office holder, right before the office's noun, which stays in the genitive whatever the
 * phrase's case: "(временно) исполняющий обязанности председателя", "и. о. министра", "врио губернатора".
 */
export const ACTING_FOR_RU =
  /(?:(?:временно[ \u00a0]+)?исполня\p{L}*[ \u00a0]+обязанности|и\.[ \u00a0]?о\.|врио)[ \u00a0]*$/iu;

/** An adjective's suffix before its ending ("-ск-", "-цк-", "-н-"): not a participle's ("-вш-", "-ем-", "-ущ-"). */
const ADJECTIVE_SUFFIX = String.raw`(?:[сц]к|[^иеоащ\s]н)`;
/** An adjective's endings in the oblique cases. */
const ADJECTIVE_OBLIQUE = "(?:ой|ого|его|ому|ему|ых|их|ей|ую|юю|ым|им)";
/**
 * A role phrase's last word that only modifies what should follow it: an adjective in an oblique case ("министр
 * финансов немецкой", "капитан римской"), by its stem's suffix, so not a participle used as a noun ("адвокат
 * потерпевшего") or a noun ("стороной"); or "который" ("основатель которой").
 */
export const DANGLING_MODIFIER_RU = new RegExp(
  `(?:^|\\s)(?:\\p{Ll}+${ADJECTIVE_SUFFIX}${ADJECTIVE_OBLIQUE}|котор\\p{Ll}+)$`,
  "u",
);
/** One word that is an adjective in an oblique case, so told ("Брабантского", "Кембриджской"). */
export const OBLIQUE_ADJECTIVE_RU = new RegExp(`^\\p{L}+${ADJECTIVE_SUFFIX}${ADJECTIVE_OBLIQUE}$`, "u");
/** A verb in the past tense ("получила", "стал"): a clause's, where it stands before a role noun. */
export const PAST_VERB_RU = /^\p{L}+[аеиоуыя]л[аио]?$/u;
/** What joins a list's next item to a name: "и" and a word. */
export const LIST_AND_RU = /^\s+и\s+\p{L}/u;
/**
 * What completes a phrase that ends so, right after it: more modifiers, the noun they go with, and a quoted name or a
 * last capitalised word ending the clause ("… немецкой земли Гессен,", "… римской «Ромы»").
 */
export const MODIFIED_NOUN_RU =
  /^(?:[ \u00a0]+\p{Ll}+(?:ой|ого|его|ому|ему|ых|их|ей|ую|юю|ым|им))*[ \u00a0]+(?:«[^«»\n]{1,40}»|\p{Ll}{3,}(?:[ \u00a0]+(?:«[^«»\n]{1,40}»|\p{Lu}[\p{L}-]*(?=[,.;:)]|$)))?)/u;

/** Oblique feminine adjective endings, before a noun in "-а", "-я" ("российско-британской певицы"). */
const FEMININE_OBLIQUE = /(?:ой|ей|ую|юю|ою)$/;
/** A stem ending that takes "-ая", not "-яя", whatever its oblique ending ("высшей" → "высшая"). */
const HARD_STEM = /[гкхжшщч](?:ей|юю)$/;
/** Oblique masculine adjective endings → the nominative, after a noun put back in the nominative. */
const ADJECTIVE_NOMINATIVE: [RegExp, string][] = [
  [/([гкхжшщч])(?:ого|ому|им|ом)$/, "$1ий"], // бывшего → бывший, главного ← below
  [/(?:его|ему|им|ем)$/, "ий"], // последнего → последний
  [/(?:ого|ому|ым|ом)$/, "ый"], // научного → научный
];
/** Oblique neuter adjective endings → the nominative ("Национальному агентству" → "Национальное"). */
const NEUTER_NOMINATIVE: [RegExp, string][] = [
  [/(?:его|ему|им|ем)$/, "ее"], // последнего → последнее
  [/(?:ого|ому|ым|ом)$/, "ое"], // научного → научное
];

/** A noun in the nominative that is feminine ("певица", "судья"): its modifiers take feminine endings. */
export const FEMININE_NOUN_RU = /[ая]$/;

export type GenderRu = "masculine" | "feminine" | "neuter";

/**
 * An adjective before a noun put back in the nominative of the noun's gender ("бывшего" → "бывший",
 * "российско-британской" → "…ая", "Национальному" → "Национальное"); a nominative one stays as it is.
 */
export function adjectiveNominative(word: string, gender: GenderRu): string {
  if (gender === "feminine" && FEMININE_OBLIQUE.test(word))
    return word.replace(FEMININE_OBLIQUE, (e) => (/^[ею]/.test(e) && !HARD_STEM.test(word) ? "яя" : "ая"));
  for (const [re, to] of gender === "neuter" ? NEUTER_NOMINATIVE : ADJECTIVE_NOMINATIVE)
    if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Endings of a name's word in the instrumental, dative and prepositional cases. */
const INSTRUMENTAL = /(?:ом|ем|ым|им|ой|ей|ою|ею|ью)$/;
const DATIVE = /(?:у|ю|ому|ему|ой|ей|е|и)$/;
const PREPOSITIONAL = /(?:е|и|ом|ем|ой|ей)$/;
/**
 * Plural case endings of a noun, longest first, each with the endings a name takes in that case; null for the
 * genitive, where a name after the role is its possessor ("представителей Путина" are his), not its holder.
 */
const PLURAL_CASES_RU: [string, RegExp | null][] = [
  ["ами", INSTRUMENTAL],
  ["ями", INSTRUMENTAL],
  ["ах", PREPOSITIONAL],
  ["ях", PREPOSITIONAL],
  ["ам", DATIVE],
  ["ям", DATIVE],
  ["ов", null],
  ["ев", null],
  ["ей", null],
  ["ы", /./],
  ["и", /./],
];
/**
 * A Russian plural noun's endings ("актёры", "музыкантами", "критики"). Only nouns of the masculine declension are
 * read so: a noun in "-а" has a singular in "-ы", "-и" too ("главы Минфина Ивана Петрова и …").
 */
export const PLURAL_RU = /(?:ы|и|ами|ями|ам|ям|ах|ях|ов|ев|ей)$/u;

/** A stem this short with an ending cut off is too little to be a role noun's ("ами" of "вами"). */
const MIN_STEM = 3;

/** What a clause holds between a role in the instrumental and the name after it: one of those verbs, at its end. */
export const VERB_BEFORE_NAME_RU = new RegExp(`(?:^|\\s)(?:${ROLE_PREDICATES_BEFORE_NAME_RU.join("|")})\\s+$`, "iu");

/** Endings of a noun or an adjective in the instrumental ("тренером", "главным", "операторами", "судьёй"). */
export const INSTRUMENTAL_RU = /(?:ом|ем|ём|ой|ей|ою|ею|ым|им|ами|ями|ыми|ими)$/u;

/**
 * A plural role noun, and what opens the list of its holders after it: "писатели и критики, среди которых —",
 * "пять экс-президентов:", "эксперты, в том числе". The noun is the first group.
 */
export const LIST_INTRO_RU =
  /([\p{L}-]+)(?:\s+и\s+[\p{L}-]+)?(?:\s*:|\s*,?\s*(?:среди которых|среди них|в том числе|включая|например)\s*[,:—–-]?)\s*$/u;

/**
 * The singular nominative, among `singular`, of a role noun in a plural case ("музыкантами" → "музыкант",
 * "писателей" → "писатель", "критики" → "критик"), or undefined. Given the word of a name after it, only when the
 * name is in the role's case ("музыкантами Евгением Казанцевым"; "представителями Путина" are his).
 */
export function pluralRoleNounRu(word: string, singular: ReadonlySet<string>, nameWord?: string): string | undefined {
  for (const [ending, nameEnding] of PLURAL_CASES_RU) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    if (nameWord !== undefined && !nameEnding?.test(nameWord)) return undefined;
    const stem = word.slice(0, -ending.length);
    for (const noun of [stem, `${stem}ь`, `${stem}й`]) if (singular.has(noun)) return noun;
  }
  return undefined;
}

/**
 * A singular oblique case ending, after a stem that dropped the nominative's vowel ("посл-а", "певц-ом", "бойц-у").
 * Not the prepositional "-е": "после" is a preposition, not "о после".
 */
const SINGULAR_CASE_RU = /(?:а|у|ом|ем)$/;

/**
 * The singular nominative, among `singular`, of a role noun whose other cases drop a vowel before the stem's last
 * consonant ("посла" → "посол", "певца" → "певец", "бойцу" → "боец"), or undefined.
 */
export function droppedVowelRoleNounRu(word: string, singular: ReadonlySet<string>): string | undefined {
  const ending = SINGULAR_CASE_RU.exec(word)?.[0];
  if (!ending || word.length - ending.length < MIN_STEM) return undefined;
  const stem = word.slice(0, -ending.length);
  const last = stem.slice(-1);
  const before = stem.slice(0, -1);
  const candidates = [`${before}е${last}`, `${before}о${last}`, `${before.replace(/й$/, "")}е${last}`];
  return candidates.find((c) => singular.has(c));
}

/**
 * A noun's case endings, singular and plural, by the ending of its nominative ("" after a consonant): "король" →
 * "корол-я", "глава" → "глав-ой".
 */
const NOUN_ENDINGS_RU: [string, string[]][] = [
  ["", ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]],
  ["ь", ["ь", "я", "ю", "ем", "ём", "е", "и", "ей", "ям", "ями", "ях"]],
  ["й", ["й", "я", "ю", "ем", "ём", "е", "и", "ев", "ям", "ями", "ях"]],
  ["а", ["а", "ы", "и", "е", "у", "ой", "ою", "ей", "ам", "ами", "ах"]],
  ["я", ["я", "и", "е", "ю", "ей", "ею", "ёй", "ёю", "ям", "ями", "ях", "ь"]],
];
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/u;
/** After these a hard stem takes "-и" for "-ы", and "-ем", "-ей" too ("врачи", "врачей", "певцем"). */
const HUSHING_OR_VELAR = /[гкхжшчщц]$/u;

/**
 * Whether a word is spelt as some case of a role noun in `singular` ("короля" of "король", "главой" of "глава"), not
 * only like one: "Мэри" shares the stem of "мэр", but "мэр" has no form "мэри".
 */
export function roleNounFormRu(word: string, singular: ReadonlySet<string>): boolean {
  if (droppedVowelRoleNounRu(word, singular) !== undefined) return true;
  for (let cut = 0; cut <= 3 && word.length - cut >= MIN_STEM; cut++) {
    const stem = word.slice(0, word.length - cut);
    const ending = word.slice(word.length - cut);
    for (const [nominative, endings] of NOUN_ENDINGS_RU) {
      const noun = stem + nominative;
      if (!singular.has(noun) || (nominative === "" && !CONSONANT_END.test(noun))) continue;
      if (endings.includes(ending)) return true;
      if (nominative === "" && HUSHING_OR_VELAR.test(stem) && ["и", "ем", "ей"].includes(ending)) return true;
    }
  }
  return false;
}

/**
 * A role noun's oblique case in the singular by its masculine ending (name-cases.ts), or null where the ending does
 * not tell: not for a noun in "-а", "-я" among `singular`, whose "-у" is the accusative ("главу").
 */
export function masculineCaseOfNoun(word: string, singular: ReadonlySet<string>): string | null {
  const stem = word.slice(0, -1);
  if (singular.has(`${stem}а`) || singular.has(`${stem}я`)) return null;
  return masculineCaseOfEnding(word);
}
