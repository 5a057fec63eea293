// A name that a rule found once is the same body wherever else it appears, even where no rule fires
// ("Con Edison officials said" … "Con Edison, which maintains"): look for its other occurrences,
// inflected ones too for single Russian words ("Казахмыс" … "Казахмыса").
import type { Candidate } from "./candidate";

/** Names shorter than this are not searched again (acronyms are found everywhere by their own rule). */
const MIN_LENGTH = 4;
/** Russian case endings a repeated single-word name may carry. */
const RU_ENDING = "(?:а|я|у|ю|е|ом|ем|ой|ей|ы|и)?";

export function findRepeats(text: string, found: Candidate[], confidence: number): Candidate[] {
  const surfaces = new Set(found.map((c) => text.slice(c.start, c.end)).filter((s) => s.length >= MIN_LENGTH && s !== s.toUpperCase()));
  const out: Candidate[] = [];
  for (const s of surfaces) {
    const cyrillicWord = /^[\p{Script=Cyrillic}]+$/u.test(s);
    const base = cyrillicWord ? s.replace(/(а|я|у|ю|е|ом|ем|ой|ей|ы|и)$/u, "") : s;
    if (base.length < MIN_LENGTH) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(base)}${cyrillicWord ? RU_ENDING : ""}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(pattern)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, cue: "repeated name", confidence });
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
