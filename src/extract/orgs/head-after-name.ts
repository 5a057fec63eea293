// Names whose head noun comes last, as in head-final languages: "Қаржы министрлігі" (Finance Ministry),
// "Ұлттық банкінің" (of the National Bank), Turkish "Maliye Bakanlığı". The name is the capitalised words right
// before a head noun of the language's list. Language-neutral: the heads and their endings are the module's data.
import type { HeadsAfterName } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";
import { isPlace } from "./places";
import { spaceBetween, type Token } from "../analysis/tokens";

/** At most this many capitalised modifiers before the head ("Қазақстан Республикасы Қаржы министрлігі"). */
const MAX_MODIFIERS = 3;

/**
 * Every capitalised run ending in a head noun. `isPersonWord` tells a word of a person's name, which never starts
 * a body's name: "экономист Асқар Нұрланов Қаржы министрлігі" names the ministry, not "Нұрланов Қаржы министрлігі".
 */
export function findNamesBeforeHead(
  text: string,
  tokens: Token[],
  rule: HeadsAfterName,
  isPersonWord: (word: string) => boolean,
): Candidate[] {
  const endings = new Set(rule.endings);
  const headOf = (word: string) => {
    const w = word.toLowerCase();
    return rule.heads.find((h) => w.startsWith(h) && endings.has(w.slice(h.length))) ?? null;
  };
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = headOf(tokens[i]!.text);
    if (head === null) continue;
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= MAX_MODIFIERS; j--) {
      const t = tokens[j]!;
      if (!t.cap || !spaceBetween(text, t, tokens[j + 1]!) || isPersonWord(t.text)) break;
      first = j;
    }
    // A sentence's first word is capitalised anyway: it joins only as the sole modifier ("Қаржы министрлігі
    // хабарлады"), not before others ("Кеше Қаржы министрлігі", yesterday the Finance Ministry).
    if (first < i - 1 && tokens[first]!.sentenceStart) first++;
    if (first === i) continue;
    const start = tokens[first]!.start,
      end = tokens[i]!.end;
    if (isPlace(text.slice(start, end))) continue;
    // The name without the head's case ending ("Қаржы министрлігінің" → "Қаржы министрлігі") is its canonical
    // form, under which its inflected mentions are grouped.
    const ending = tokens[i]!.text.length - head.length;
    const name = ending > 0 ? text.slice(start, end - ending) : undefined;
    out.push({
      start,
      end,
      cue: `organisation-noun: ${head}`,
      confidence: CONFIDENCE.headNoun,
      ...(name ? { name } : {}),
    });
  }
  return out;
}
