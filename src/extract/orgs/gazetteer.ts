// Known bodies by name, in any inflected form: "Минфину" is the Минфин, "Совбезом" the Совбез.
import { GAZETTEER } from "../lang/every-text";
import type { GazetteerEntry } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";
import { nameKey, stemWord } from "./normalise";
import { spaceBetween, type Token } from "../analysis/tokens";

/** Longest alias, in words: windows longer than this are not looked up. */
const MAX_WORDS = 4;

interface Hit {
  name: string;
  alias: string;
}

function index(entries: GazetteerEntry[]): Map<string, Hit> {
  const byKey = new Map<string, Hit>();
  for (const e of entries)
    for (const alias of [e.name, ...(e.aliases ?? [])]) byKey.set(nameKey(alias), { name: e.name, alias });
  return byKey;
}
const INDEX = index(GAZETTEER);
/** Stems that start some alias: most tokens are not one, and are passed over at once. */
const FIRST_STEMS = new Set([...INDEX.keys()].map((k) => k.split(" ")[0]!));

/**
 * Russian endings a noun never takes, by the ending of its nominative: a word with the stem of a one-word name and
 * such an ending is another word ("Радий" is no form of "Рада", whose stems agree).
 */
const FOREIGN_ENDINGS: [RegExp, RegExp][] = [
  [/[ая]$/u, /(?:ий|ый|ом|ов|ев)$/u],
  [/[бвгджзклмнпрстфхцчшщ]$/u, /(?:ий|ый|ая|яя|ой|ей)$/u],
];

/** Whether a word is a form of the one-word name `alias`, not another word that shares its stem. */
function formOfWord(word: string, alias: string): boolean {
  const w = word.toLowerCase();
  const a = alias.toLowerCase();
  if (w === a || !/[а-яё]$/u.test(a)) return true;
  return !FOREIGN_ENDINGS.some(([nominative, foreign]) => nominative.test(a) && foreign.test(w) && !foreign.test(a));
}

/** Every gazetteer name in the text, longest match first at each token. */
export function findGazetteerNames(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    // A gazetteer name starts with a capital (or is all caps).
    if (!first.cap || !FIRST_STEMS.has(stemWord(first.text))) continue;
    // Keys of the windows i..i+n-1, made word by word; a name never spans punctuation.
    const keys = [stemWord(first.text)];
    for (
      let k = i + 1;
      k < tokens.length && keys.length < MAX_WORDS && spaceBetween(text, tokens[k - 1]!, tokens[k]!);
      k++
    ) {
      keys.push(`${keys[keys.length - 1]} ${stemWord(tokens[k]!.text)}`);
    }
    for (let n = keys.length; n >= 1; n--) {
      const hit = INDEX.get(keys[n - 1]!);
      if (!hit) continue;
      const last = tokens[i + n - 1]!;
      // Short acronyms must be written in capitals: "who" and "Who" are not the WHO.
      if (hit.alias === hit.alias.toUpperCase() && !text.startsWith(hit.alias, first.start)) continue;
      if (n === 1 && !formOfWord(first.text, hit.alias)) continue;
      out.push({
        start: first.start,
        end: last.end,
        cue: "gazetteer",
        confidence: CONFIDENCE.gazetteer,
        name: hit.name,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}
