// The words before an English role noun that belong to the role: "finance" of "the finance minister", "Prime" of
// "Prime Minister Rishi Sunak", "Britain's foreign" of "Britain's foreign secretary". English marks no adjective by
// its ending, and a word before a role noun may be its modifier ("finance minister") or a verb and its object's
// ("met finance minister"): lower-case modifiers count where the phrase they make clearly begins (after a
// determiner, a preposition, a possessive, a verb of speech or a punctuation mark), title-case ones before a
// title-case role noun ("Kazakh Finance Minister") count as they are.
import { ENGLISH_PHRASE_OPENERS } from "../lang/en/people";

/** At most this many modifier words before the role noun. */
const MAX_MODIFIERS = 3;
/** Characters searched before the role noun: longer than three words and a possessive. */
const REACH = 80;
const OPENERS = new Set(ENGLISH_PHRASE_OPENERS);
const POSSESSIVE = /['’]s$/u;
const CAPITALISED = /^\p{Lu}/u;
/** What a clause opens after: a sentence's end, a comma, a dash, a bracket or a quote. */
const CLAUSE_MARK = /[.,;:!?()"“”—–\n]/;

/**
 * How many characters before `at` (where an English role noun starts) its modifiers take, a leading possessive
 * included; 0 when they cannot be told from a verb's object.
 */
export function englishModifiersBefore(text: string, at: number, speechVerb: RegExp): number {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  // The words right before the role noun, one space apart.
  const run = /(?:[\p{L}\p{N}'’-]+ )+$/u.exec(before);
  if (!run) return 0;
  const words = run[0].split(" ").filter(Boolean);
  const preceding = text.slice(0, from + run.index).trimEnd();
  const atClauseStart = preceding === "" || CLAUSE_MARK.test(preceding[preceding.length - 1]!);
  const titleCase = CAPITALISED.test(text[at] ?? "");
  let length = 0;
  for (let i = words.length - 1, taken = 0; i >= 0; i--, taken++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (OPENERS.has(lower) || speechVerb.test(lower)) return length;
    // A possessive ends the phrase with its owner: "Britain's", or "Iraq 's" where the text is tokenised.
    if (POSSESSIVE.test(w)) {
      const owner = w.length <= 2 && i > 0 ? words[i - 1]!.length + 1 : 0;
      return length + w.length + 1 + owner;
    }
    if (taken === MAX_MODIFIERS) return titleCase ? length : 0;
    // A clause's first word is capitalised whatever it is: alone before the role noun it is its modifier ("Finance
    // minister Jane Doe said").
    if (i === 0 && atClauseStart && taken === 0 && CAPITALISED.test(w)) return w.length + 1;
    if (CAPITALISED.test(w) !== titleCase) return titleCase ? length : 0;
    length += w.length + 1;
  }
  // Lower-case words that open a clause are modifiers only one at a time: ", finance minister …", not ", had backed
  // security chief …".
  return titleCase || (atClauseStart && words.length === 1) ? length : 0;
}
