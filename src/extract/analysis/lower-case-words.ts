// Which capitalised words the text also writes in lower case: the same word at a sentence start is then a common
// word, not a name.
import type { Word } from "./words";

/** Only capitalised words are asked about, so the set to build stays small. */
export function lowerCaseWords(words: Word[]): Set<string> {
  const capitalised = new Set<string>();
  for (const w of words) if (w.cap) capitalised.add(w.lower);
  const out = new Set<string>();
  for (const w of words) if (!w.cap && !w.acronym && capitalised.has(w.lower)) out.add(w.lower);
  return out;
}
