// A Russian given name in another case than the nominative ("Марата", "Игоря", "Анны"), told by the language's list
// of given names: a word that is not a listed form but another case of one. A listed form is taken as written
// ("Александра" is a woman's name as well as Александр's genitive).

/** A given name's case endings and what each was in the nominative ("Марата" → "Марат", "Игоря" → "Игорь"). */
const GIVEN_NAME_CASES: [RegExp, string][] = [
  [/(?:а|у|ом|е)$/, ""],
  [/(?:ия|ию|ием|ии)$/, "ий"],
  [/(?:я|ю|ем|е)$/, "ь"],
  [/(?:я|ю|ем|е)$/, "й"],
  [/(?:ы|е|у|ой)$/, "а"],
  [/(?:и|е|ю|ей)$/, "я"],
];

/** The nominative (lower case, "ё" as "е") of a given name written in another case; null for any other word. */
export function obliqueGivenName(word: string, givenNameForms: ReadonlySet<string>): string | null {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  if (givenNameForms.has(lower)) return null;
  for (const [re, to] of GIVEN_NAME_CASES) {
    const nominative = lower.replace(re, to);
    if (nominative !== lower && givenNameForms.has(nominative)) return nominative;
  }
  return null;
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
