// A name that a rule found once is the same body wherever else it appears, even where no rule fires
// ("Con Edison officials said" … "Con Edison, which maintains"): look for its other occurrences,
// inflected ones too for single Russian words ("Казахмыс" … "Казахмыса"). All names are searched in one
// pass over the text, so long articles with many names stay fast.
import { REPEATED_NAME_ENDINGS } from "../lang/ru/endings";
import type { Candidate } from "./candidate";

/** Names shorter than this are not searched again (acronyms are found everywhere by their own rule). */
const MIN_LENGTH = 4;
/** Russian case endings a repeated single-word Cyrillic name may carry, in any text (the word's script decides). */
const RU_ENDING = `(?:${REPEATED_NAME_ENDINGS.join("|")})?`;
const RU_ENDING_AT_END = new RegExp(`(${REPEATED_NAME_ENDINGS.join("|")})$`, "u");

export function findRepeats(text: string, found: Candidate[], confidence: number): Candidate[] {
  const alternatives = new Set<string>();
  for (const c of found) {
    const s = text.slice(c.start, c.end);
    if (s.length < MIN_LENGTH || s === s.toUpperCase()) continue;
    const cyrillicWord = /^\p{Script=Cyrillic}+$/u.test(s);
    const base = cyrillicWord ? s.replace(RU_ENDING_AT_END, "") : s;
    if (base.length >= MIN_LENGTH) alternatives.add(escape(base) + (cyrillicWord ? RU_ENDING : ""));
  }
  if (!alternatives.size) return [];
  // Longest first, so "Bank of East Asia" wins over "Bank" at the same place.
  const body = [...alternatives].sort((a, b) => b.length - a.length).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "gu");
  return Array.from(text.matchAll(pattern), (m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    cue: "repeated name",
    confidence,
  }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
