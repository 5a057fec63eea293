// Counts written one way everywhere: "1 mention", "3 mentions"; "1 упоминание", "3 упоминания", "5 упоминаний".
// Intl.PluralRules says which form a language's grammar takes for a number (Russian has three for whole numbers);
// each counted word lists its forms per language here, so no caller writes "mention(s)" or picks a form itself.

/** A word's forms by plural category; `other` is the fallback for a category a table leaves out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The languages counts are written in: the UI's and the exports'. */
export type CountLang = "en" | "ru";

export const MENTION: Record<CountLang, PluralForms> = {
  en: { one: "mention", other: "mentions" },
  ru: { one: "упоминание", few: "упоминания", many: "упоминаний", other: "упоминания" },
};

const rules = new Map<CountLang, Intl.PluralRules>();

/** "3 mentions", "5 упоминаний": the number and the word's form for it in that language. */
export function countOf(n: number, lang: CountLang, word: Record<CountLang, PluralForms>): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const forms = word[lang];
  return `${n} ${forms[rule.select(n)] ?? forms.other}`;
}
