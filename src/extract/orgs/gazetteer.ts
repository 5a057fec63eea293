// Known bodies by name, in any inflected form: "Минфину" is the Минфин, "Совбезом" the Совбез.
import { GAZETTEER_EN } from "../lexicon/orgs-en";
import { GAZETTEER_RU, type GazetteerEntry } from "../lexicon/orgs-ru";
import { CONFIDENCE, type Candidate } from "./candidate";
import { nameKey } from "./normalise";
import type { Token } from "./tokens";

/** Longest alias, in words: windows longer than this are not looked up. */
const MAX_WORDS = 4;

function index(entries: GazetteerEntry[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const e of entries) for (const alias of [e.name, ...(e.aliases ?? [])]) byKey.set(nameKey(alias), e.name);
  return byKey;
}
const INDEX = index([...GAZETTEER_RU, ...GAZETTEER_EN]);

/** Every gazetteer name in the text, longest match first at each token. */
export function findGazetteerNames(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const first = tokens[i]!, last = tokens[i + n - 1]!;
      // A name never spans punctuation, and a gazetteer name starts with a capital (or is all caps).
      if (!first.cap) break;
      const surface = text.slice(first.start, last.end);
      if (n > 1 && /[^\s\p{L}\p{N}.&'’-]/u.test(surface)) continue;
      // Short acronyms must be written in capitals: "who" and "Who" are not the WHO.
      const name = INDEX.get(nameKey(surface));
      if (!name) continue;
      if (name === name.toUpperCase() && !surface.startsWith(name)) continue;
      out.push({ start: first.start, end: last.end, cue: "gazetteer", confidence: CONFIDENCE.gazetteer, name });
      i += n - 1;
      break;
    }
  }
  return out;
}
