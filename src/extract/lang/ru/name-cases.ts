// Russian names in another case than the nominative: a given name ("Марата", "Игоря", "Анны") told by the list of
// given names, a word that is not a listed form but another case of one (a listed form is taken as written:
// "Александра" is a woman's name as well as Александр's genitive), and the surname and patronymic that follow it.
// A word's script picks these rules, as name-key.ts's endings: Russian-form names appear in texts of any language.
import { foldRu } from "./endings";

/** A given name's case endings and what each was in the nominative ("Марата" → "Марат", "Игоря" → "Игорь"). */
const GIVEN_NAME_CASES: [RegExp, string][] = [
  [/(?:а|у|ом|е)$/, ""],
  // A vowel the other cases drop: "Льва" → "Лев", "Павла" → "Павел".
  [/ьв(?:а|у|ом|е)$/, "ев"],
  [/вл(?:а|у|ом|е)$/, "вел"],
  [/(?:ия|ию|ием|ии)$/, "ий"],
  [/(?:я|ю|ем|е)$/, "ь"],
  [/(?:я|ю|ем|е)$/, "й"],
  [/(?:ы|е|у|ой)$/, "а"],
  [/(?:и|е|ю|ей)$/, "я"],
];

/** The nominative (lower case, "ё" as "е") of a given name written in another case; null for any other word. */
export function obliqueGivenName(word: string, givenNameForms: ReadonlySet<string>): string | null {
  const lower = foldRu(word);
  if (givenNameForms.has(lower)) return null;
  for (const [re, to] of GIVEN_NAME_CASES) {
    const nominative = lower.replace(re, to);
    if (nominative !== lower && givenNameForms.has(nominative)) return nominative;
  }
  return null;
}

/** The case a masculine singular ending tells: "-ом" the instrumental, "-у" the dative, "-а" the genitive, or null. */
export function masculineCaseOfEnding(word: string): string | null {
  if (/(?:ом|ем|ём)$/u.test(word)) return "instrumental";
  if (/[ую]$/u.test(word)) return "dative";
  if (/[ая]$/u.test(word)) return "genitive";
  return null;
}

/** The case of a man's listed given name written in an oblique case ("Игорю": the dative), or null. */
export function masculineCaseOfGivenName(word: string, givenNameForms: ReadonlySet<string>): string | null {
  const nominative = obliqueGivenName(word, givenNameForms);
  if (nominative === null || !/[бвгджзклмнпрстфхцчшщьй]$/u.test(nominative)) return null;
  return masculineCaseOfEnding(foldRu(word));
}

/**
 * Whether a listed given name may also be another's in an oblique case ("Александра" of "Александр", "Евгения" of
 * "Евгений"): the case of such a name is not told by the list.
 */
export function mayBeOblique(word: string, givenNameForms: ReadonlySet<string>): boolean {
  const lower = foldRu(word);
  if (!givenNameForms.has(lower)) return false;
  return GIVEN_NAME_CASES.some(([re, to]) => {
    const nominative = lower.replace(re, to);
    return nominative !== lower && givenNameForms.has(nominative);
  });
}

/** Men's given names in "-а", "-я" (the rest in "-а", "-я" are women's). */
const MASCULINE_IN_A = new Set([
  "илья",
  "никита",
  "лука",
  "фома",
  "савва",
  "кузьма",
  "данила",
  "захария",
  "муса",
  "иса",
]);

/** True for a woman's given name (nominative, lower case): it ends in "-а", "-я" and is not a man's. */
export const isFeminine = (nominative: string): boolean => /[ая]$/.test(nominative) && !MASCULINE_IN_A.has(nominative);

/** A man's surname in "-ов", "-ин" in another case ("Ахметова", "Ахметову" of "Ахметов"). */
const MASCULINE_SURNAME_CASE = /([оеё]в|[иы]н)(?:а|у|ым|ом|е)$/;
/** A woman's surname in "-ова", "-ина" in another case ("Петровой", "Петрову" of "Петрова"). */
const FEMININE_SURNAME_CASE = /([оеё]в|[иы]н)(?:ой|ою|у)$/;
/** An adjective-shaped surname in another case ("Долгорукому", "Достоевского"; "Достоевской"). */
const ADJECTIVE_SURNAME_CASE = /([гкх])(?:ого|ому)$|([сц]к)(?:им|ом)$/;
const FEMININE_ADJECTIVE_SURNAME_CASE = /([гкх])(?:ой|ую)$/;
/**
 * An adjective-shaped surname in "-ный", "-ная" in another case ("Алексея Навального", "Юлии Навальной"): surnames in
 * a stressed "-ной" are few beside them. Not "-ном", which a surname on "-н" takes too ("Джонсоном").
 */
const N_ADJECTIVE_SURNAME_CASE = /(н)(?:ого|ому|ым)$/;
const FEMININE_N_ADJECTIVE_SURNAME_CASE = /(н)(?:ой|ую)$/;
/** Patronymics in another case ("Марковны" of "Марковна", "Ильича" of "Ильич"). */
const FEMININE_PATRONYMIC_CASE = /((?:ов|ев|ич)н)(?:ы|е|у|ой)$/;
const MASCULINE_PATRONYMIC_CASE = /((?:ов|ев)?ич)(?:а|у|ем|е)$/;
/** A man's given name's case ending → the ending a foreign or consonant-final surname takes in that case. */
const SURNAME_ENDING_BY_CASE: [RegExp, string][] = [
  [/(?:а|я)$/, "а"], // Исаака Ньютона
  [/(?:у|ю)$/, "у"], // Марату Смиту
  [/(?:ом|ем)$/, "ом"], // Маратом Смитом (after a hushing consonant "-ем": see surname())
  [/(?:е|и)$/, "е"], // о Марате Смите
];
/** A surname's stem that takes those endings: it ends in a consonant. */
const CONSONANT_STEM = /[бвгджзклмнпрстфхцчшщ]$/;
/**
 * An adjective-shaped surname's oblique form whose nominative its ending does not tell ("Толстому" of Толстой, "Белого"
 * of Белый): it is left as written, not cut as a noun's ("Толстом").
 */
const ADJECTIVE_CASE = /(?:ого|его|ому|ему|ым|им)$/;

/**
 * "Марата Ахметова" (only ever written in the genitive) is Марат Ахметов: a given name that is not a listed form
 * but another case of one is put back in the nominative, and the surname follows it: "-ов", "-ин" and "-ский"
 * forms, and a man's surname on a consonant in the given name's case ("Исаака Ньютона" → "Исаак Ньютон"). Null
 * when the given name is as listed (the name is shown as the mentions have it).
 */
export function nominativeName(words: string[], givenNameForms: ReadonlySet<string>): string[] | null {
  const nominative = words.length >= 2 ? obliqueGivenName(words[0]!, givenNameForms) : null;
  if (!nominative) return null;
  const given = words[0]!.slice(0, 1) + nominative.slice(1);
  if (isFeminine(nominative))
    return [
      given,
      ...words
        .slice(1)
        .map((w) =>
          w
            .replace(FEMININE_SURNAME_CASE, "$1а")
            .replace(FEMININE_ADJECTIVE_SURNAME_CASE, "$1ая")
            .replace(FEMININE_N_ADJECTIVE_SURNAME_CASE, "$1ая")
            .replace(FEMININE_PATRONYMIC_CASE, "$1а"),
        ),
    ];
  const ending = SURNAME_ENDING_BY_CASE.find(([re]) => re.test(words[0]!.toLowerCase()))?.[1];
  const surname = (w: string) => {
    if (MASCULINE_SURNAME_CASE.test(w)) return w.replace(MASCULINE_SURNAME_CASE, "$1");
    if (ADJECTIVE_SURNAME_CASE.test(w)) return w.replace(ADJECTIVE_SURNAME_CASE, "$1$2ий");
    if (N_ADJECTIVE_SURNAME_CASE.test(w)) return w.replace(N_ADJECTIVE_SURNAME_CASE, "$1ый");
    if (MASCULINE_PATRONYMIC_CASE.test(w)) return w.replace(MASCULINE_PATRONYMIC_CASE, "$1");
    if (ending && J_SURNAME_CASE[ending]?.test(w)) return w.replace(J_SURNAME_CASE[ending]!, "$1й");
    if (ADJECTIVE_CASE.test(w)) return w;
    const end = ending === "ом" && /[жчшщц]ем$/.test(w) ? "ем" : ending;
    const stem = end && w.endsWith(end) ? w.slice(0, -end.length) : "";
    return CONSONANT_STEM.test(stem) ? stem : w;
  };
  return [given, ...words.slice(1).map(surname)];
}

/**
 * A man's case endings on a consonant stem, as a given name we do not know and a surname after it share them when
 * the words before say the name is not in the nominative (OBLIQUE_BEFORE_NAME_RU, a role noun in an oblique case):
 * genitive or accusative "-а" ("министра Доминика Рааба"), dative "-у" ("исполнителю Шону Комбсу"), instrumental
 * "-ом" (a surname in "-ов", "-ин" takes "-ым"). A woman's name takes other endings in those cases ("Зухры",
 * "Зухрой"), so the shared one says it is a man's.
 */
const MASCULINE_CASE_ENDINGS: { ending: string; adjective: RegExp; surname?: RegExp }[] = [
  // "-ский", "-цкий" end in "к" too: "Галицкого" → "Галицкий", "Достоевским" → "Достоевский".
  { ending: "а", adjective: /([гкх])ого$/ },
  { ending: "у", adjective: /([гкх])ому$/ },
  { ending: "ом", adjective: /([гкх])им$/, surname: /([оеё]в|[иы]н)ым$/ },
];
/**
 * A surname that no case changes: it ends in a vowel no case ending is ("Пике", "Рене", "Сиссе"). Not after a given
 * name in "-у", which may be a name in "-а" in the accusative ("Мирзу Субелиани" of Мирза) or a name that ends so.
 */
const INDECLINABLE = /[еиоэ]$/;
/**
 * A given name's stem as a man's name in the nominative has it: three letters or more ("Абу" is no "Аб"), a vowel
 * among them ("Льва" is no "Льв").
 */
const GIVEN_STEM = /^(?=.*[аеёиоуыэюя])\p{L}{2,}[бвгджзклмнпрстфхцчшщ]$/iu;
/** A man's surname in "-ов", "-ин" in the dative is a woman's in the accusative too ("Ахметову"): the case does not tell. */
const AMBIGUOUS_DATIVE = /(?:[оеё]в|[иы]н)у$/;
/** A woman's patronymic in the nominative: the name is hers, in official order ("Юлдашева Кристина Камиловна"). */
const FEMININE_PATRONYMIC = /(?:[оеё]вн|ичн)а$/;
/** A surname in "-ай", "-ей" in the genitive or dative after a man's given name ("Павла Чухрая", "Чухраю"). */
const J_SURNAME_CASE: Record<string, RegExp> = { а: /([аеоуэ])я$/, у: /([аеоуэ])ю$/ };
/** The same after a given name we do not know, which may be a woman's: "-ая" is her surname's nominative ("Пендерецкая"). */
const J_SURNAME_CASE_UNKNOWN: Record<string, RegExp> = { а: /([еоуэ])я$/, у: /([аеоуэ])ю$/ };

/**
 * "Доминика Рааба" after "министра" is Доминик Рааб: a name whose given name is not listed, written in an oblique
 * case, put back in the nominative where its given name and each surname word share a man's case ending on a
 * consonant stem (a surname that does not decline stays as written). Null where they do not.
 */
export function masculineNominative(words: readonly string[]): string[] | null {
  if (words.length < 2) return null;
  const given = words[0]!;
  if (words.some((w) => FEMININE_PATRONYMIC.test(w))) return null;
  for (const { ending, surname, adjective } of MASCULINE_CASE_ENDINGS) {
    const stem = given.slice(0, -ending.length);
    if (!given.endsWith(ending) || !GIVEN_STEM.test(stem)) continue;
    const rest = words.slice(1).map((w) => {
      if (J_SURNAME_CASE_UNKNOWN[ending]?.test(w)) return w.replace(J_SURNAME_CASE_UNKNOWN[ending]!, "$1й");
      if (ending === "у" && (AMBIGUOUS_DATIVE.test(w) || !w.endsWith(ending))) return null;
      if (surname?.test(w)) return w.replace(surname, "$1");
      if (adjective.test(w)) return w.replace(adjective, "$1ий");
      if (ADJECTIVE_CASE.test(w)) return null;
      if (w.endsWith(ending) && CONSONANT_STEM.test(w.slice(0, -ending.length))) return w.slice(0, -ending.length);
      return INDECLINABLE.test(w) ? w : null;
    });
    if (rest.every((w) => w !== null)) return [stem, ...(rest as string[])];
  }
  return null;
}

/**
 * Whether the word right before a name puts it in an oblique case (`test`: the language's obliqueBefore): a
 * preposition, or "им." with its dot ("Театр им. Йозефа Бойса"). Only a space may stand between.
 */
export function obliqueAfterWord(before: { lower: string } | undefined, gap: string, test: RegExp | null): boolean {
  if (!before || !test?.test(before.lower)) return false;
  return /^[ \u00a0]$/.test(gap) || (before.lower === "им" && /^\.[ \u00a0]?$/.test(gap));
}
