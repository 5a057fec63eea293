// Known bodies by name, in any inflected form: "Минфину" is the Минфин, "Совбезом" the Совбез.
import { GAZETTEER } from "../lang/every-text";
import type { GazetteerEntry } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";
import { nameKey, stemWord } from "./normalise";
import { spaceBetween, type Token } from "../analysis/tokens";

/** A name in Latin letters only. */
const LATIN_NAME = /^[\p{Script=Latin}\s.&'-]+$/u;
/** A name going on after an outlet's: "of" and a capitalised word. */
const LONGER_NAME_AFTER = /^\s+of\s+\p{Lu}/u;
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
/** An index of names and the stems that start some alias: most tokens are not one, and are passed over at once. */
interface Index {
  byKey: Map<string, Hit>;
  firstStems: Set<string>;
}
const indexed = (entries: GazetteerEntry[]): Index => {
  const byKey = index(entries);
  return { byKey, firstStems: new Set([...byKey.keys()].map((k) => k.split(" ")[0]!)) };
};
const BODIES = indexed(GAZETTEER);
/** Each language's outlets known by name (OutletWords.mediaNames), indexed once. */
const outletIndexes = new WeakMap<ReadonlySet<string>, Index>();

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
  return findNames(text, tokens, BODIES, "gazetteer");
}

/**
 * Every news outlet known by name (`names`: the language's OutletWords.mediaNames) in the text, in any inflected form
 * ("по данным Курсива"): a body, whatever the words around it, and never a person ("передает Курсив").
 */
export function findKnownOutlets(text: string, tokens: Token[], names: ReadonlySet<string>): Candidate[] {
  let idx = outletIndexes.get(names);
  if (!idx) outletIndexes.set(names, (idx = indexed([...names].map((name) => ({ name })))));
  const at = new Map(tokens.map((t, i) => [t.start, i]));
  // Not a word of a longer capitalised name ("Michael Bloomberg", "The Times of India"); a name in Latin letters as
  // written, which no ending inflects ("The Time Travelers" is no "The Times").
  const hits = findNames(text, tokens, idx, "known outlet").filter((c) => {
    const i = at.get(c.start)!;
    const prev = tokens[i - 1];
    const written = text.slice(c.start, c.end);
    return (
      !(prev?.cap && spaceBetween(text, prev, tokens[i]!)) &&
      !LONGER_NAME_AFTER.test(text.slice(c.end, c.end + 40)) &&
      (!LATIN_NAME.test(c.name!) || written.toLowerCase() === c.name!.toLowerCase())
    );
  });
  // One word whose capital only opens its sentence counts where the text names the outlet elsewhere too ("Курсив"
  // is also italics).
  const opensSentence = (c: Candidate) =>
    tokens[at.get(c.start)!]!.sentenceStart && !/\s/.test(text.slice(c.start, c.end));
  const named = new Set(hits.filter((c) => !opensSentence(c)).map((c) => c.name));
  return hits.filter((c) => !opensSentence(c) || named.has(c.name));
}

function findNames(text: string, tokens: Token[], { byKey, firstStems }: Index, cue: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    // A gazetteer name starts with a capital (or is all caps).
    if (!first.cap || !firstStems.has(stemWord(first.text))) continue;
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
      const hit = byKey.get(keys[n - 1]!);
      if (!hit) continue;
      const last = tokens[i + n - 1]!;
      // Short acronyms must be written in capitals: "who" and "Who" are not the WHO.
      if (hit.alias === hit.alias.toUpperCase() && !text.startsWith(hit.alias, first.start)) continue;
      if (n === 1 && !formOfWord(first.text, hit.alias)) continue;
      // Each capitalised word of the name is capitalised in the text: "The time" is no form of "The Times".
      const aliasWords = hit.alias.split(/\s+/);
      if (
        aliasWords.length === n &&
        aliasWords.some((w, k) => /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(tokens[i + k]!.text))
      )
        continue;
      out.push({
        start: first.start,
        end: last.end,
        cue,
        confidence: CONFIDENCE.gazetteer,
        name: hit.name,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}
