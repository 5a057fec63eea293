// Feature names of each token of a text for the attribution tagger (SOURCE, CUE, CONTENT), and the buckets they hash
// to. The word itself (form, lower case, suffixes, shape, our word lists), its neighbours within two tokens,
// punctuation and quote marks, whether it is inside a quotation, where it stands in its sentence and paragraph, and
// how far the nearest speech verb is on either side: a content stretches from a cue to the sentence's end, or from
// the sentence's start to a trailing "…, X said".
// The tagger reads units of text (a sentence or a paragraph, see units.ts); the quote state runs on across the units
// of one paragraph. Changing a name or a bucket here changes ATTRIBUTION_FEATURE_VERSION.
import { bucketOf, shapeOf, type SentenceFeatures } from "../../tagger/features";
import type { TaggerToken } from "../../tagger/tokens";
import { lexiconFor } from "../../lang";
import { CUE_WORDS } from "./cue-words";
import { fingerprint } from "../../tagger/hash";

/** Version of the feature names below; the model file records it and the loader checks it. */
export const ATTRIBUTION_FEATURE_VERSION = 1;

/** Suffix lengths: English inflections ("-ed", "-s", "-ing") show in one to three letters. */
const SUFFIX_LENGTHS = [1, 2, 3];
/** How far neighbours are looked at on each side. */
const WINDOW = 2;
/** Distance (in tokens) to the nearest speech verb, in these steps: next to it, in its clause, further. */
const DISTANCE_STEPS = [1, 3, 8];

/** One unit the tagger tags at once: its tokens, and for each token the sentence (index within the unit) it is in. */
export interface TaggerUnit {
  tokens: readonly TaggerToken[];
  /** `sentence[i]`: the index, within the unit, of the sentence token i is in. */
  sentence: readonly number[];
  /** Whether the unit starts a paragraph. */
  paragraphStart: boolean;
}

const OPEN_QUOTES = new Set(["“", "‘", "«"]);
const CLOSE_QUOTES = new Set(["”", "’", "»"]);
const BEFORE = "<s>";
const AFTER = "</s>";
/** Words a source is often referred to by: the pronouns PolNeAR marks as sources. */
const SOURCE_PRONOUN = /^(?:he|she|they|we|i|you|it)$/;
/** Words that open an attribution before its source: "according to X". */
const ACCORDING = /^according$/;

/**
 * The word lists a word is in: speech verb, subject pronoun, role noun, title, given name (capitalised only: not
 * "will", "mark"), "according", cue word.
 */
export function flagsOf(word: string): string[] {
  const people = lexiconFor("en").people;
  const lower = word.toLowerCase();
  const out: string[] = [];
  if (people.speechVerb.test(lower)) out.push("speech");
  if (SOURCE_PRONOUN.test(lower)) out.push("pron");
  if (people.roleNounsSingular.has(lower)) out.push("role");
  if (people.titles.has(lower)) out.push("title");
  if (word[0] !== lower[0] && people.givenNameForms.has(lower)) out.push("given");
  if (ACCORDING.test(lower)) out.push("according");
  if (CUE_WORDS.has(lower)) out.push("cue");
  return out;
}

/**
 * A fingerprint of the word lists `flagsOf` reads, as eight hex digits: the model card records it at training time
 * (scripts/attribution/card.ts) and model-file.test.ts compares, as for the NER taggers (lexicon-flags.ts).
 */
export function attributionWordListsFingerprint(): string {
  const people = lexiconFor("en").people;
  const lists = {
    speech: people.speechVerb.source,
    pron: SOURCE_PRONOUN.source,
    role: [...people.roleNounsSingular].sort(),
    title: [...people.titles].sort(),
    given: [...people.givenNameForms].sort(),
    according: ACCORDING.source,
    cue: [...CUE_WORDS].sort(),
  };
  return fingerprint(lists);
}

const step = (d: number) => DISTANCE_STEPS.findIndex((s) => d <= s);
const stepName = (d: number | null) => (d === null ? "none" : step(d) < 0 ? "far" : String(step(d)));

/**
 * The features of each token of each unit, as names. Quote state runs on across units until a unit starts a
 * new paragraph.
 */
export function featureNames(units: readonly TaggerUnit[]): string[][][] {
  let inQuote = false;
  return units.map((unit) => {
    if (unit.paragraphStart) inQuote = false;
    const toks = unit.tokens;
    const n = toks.length;
    const lower = toks.map((t) => t.text.toLowerCase());
    const flags = toks.map((t) => flagsOf(t.text));
    const shape = toks.map((t) => shapeOf(t.text));
    const at = (a: string[], i: number) => (i < 0 ? BEFORE : i >= n ? AFTER : a[i]!);
    const [speechLeft, speechRight] = distances(unit, flags, "speech");
    const [cueLeft, cueRight] = distances(unit, flags, "cue");
    return toks.map((tok, i) => {
      const t = tok.text;
      const l = lower[i]!;
      const f = ["b", `w=${t}`, `l=${l}`, `sh=${shape[i]}`];
      for (const k of SUFFIX_LENGTHS) if (l.length > k) f.push(`s${k}=${l.slice(-k)}`);
      for (const x of flags[i]!) f.push(`lx=${x}`);
      for (let d = 1; d <= WINDOW; d++) {
        f.push(`l-${d}=${at(lower, i - d)}`, `l+${d}=${at(lower, i + d)}`);
        f.push(`sh-${d}=${at(shape, i - d)}`, `sh+${d}=${at(shape, i + d)}`);
      }
      f.push(`l-1|l=${at(lower, i - 1)}|${l}`, `l|l+1=${l}|${at(lower, i + 1)}`);
      f.push(`sh-1|sh|sh+1=${at(shape, i - 1)}|${shape[i]}|${at(shape, i + 1)}`);
      for (const x of i > 0 ? flags[i - 1]! : []) f.push(`lx-1=${x}`);
      for (const x of i + 1 < n ? flags[i + 1]! : []) f.push(`lx+1=${x}`);
      // Quote marks: straight quotes open or close by the state so far.
      const opens = OPEN_QUOTES.has(t) || (t === '"' && !inQuote);
      const closes = CLOSE_QUOTES.has(t) || (t === '"' && inQuote);
      if (opens) inQuote = true;
      if (inQuote) f.push("q");
      if (closes && !opens) inQuote = false;
      // Place in the sentence and the paragraph.
      const sentence = unit.sentence[i]!;
      const sentenceStart = i === 0 || unit.sentence[i - 1] !== sentence;
      const sentenceEnd = i === n - 1 || unit.sentence[i + 1] !== sentence;
      if (sentenceStart) f.push("first");
      if (sentenceEnd) f.push("last");
      f.push(`para=${unit.paragraphStart && sentence === 0 ? "first" : "later"}`);
      f.push(`sv-=${stepName(speechLeft[i]!)}`, `sv+=${stepName(speechRight[i]!)}`);
      f.push(`sv-|sv+=${stepName(speechLeft[i]!)}|${stepName(speechRight[i]!)}`);
      f.push(`cv-|cv+=${stepName(cueLeft[i]!)}|${stepName(cueRight[i]!)}`);
      return f;
    });
  });
}

/** For each token, how many tokens back and ahead the nearest word with `flag` is in its sentence (null: none). */
function distances(unit: TaggerUnit, flags: string[][], flag: string): [(number | null)[], (number | null)[]] {
  const n = unit.tokens.length;
  const left: (number | null)[] = new Array(n).fill(null);
  const right: (number | null)[] = new Array(n).fill(null);
  for (let i = 0, last = -1; i < n; i++) {
    if (i > 0 && unit.sentence[i] !== unit.sentence[i - 1]) last = -1;
    left[i] = last < 0 ? null : i - last;
    if (flags[i]!.includes(flag)) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (i < n - 1 && unit.sentence[i] !== unit.sentence[i + 1]) next = -1;
    right[i] = next < 0 ? null : next - i;
    if (flags[i]!.includes(flag)) next = i;
  }
  return [left, right];
}

/** The feature buckets of each unit, in the layout the NER tagger's decoder reads (no word-only part set apart). */
export function featureIds(units: readonly TaggerUnit[], buckets: number): SentenceFeatures[] {
  return featureNames(units).map((tokens) => {
    const offsets = new Uint32Array(tokens.length + 1);
    const ids: number[] = [];
    tokens.forEach((names, i) => {
      for (const name of names) ids.push(bucketOf(name, buckets));
      offsets[i + 1] = ids.length;
    });
    return { offsets, ids: Uint32Array.from(ids), own: new Uint16Array(tokens.length) };
  });
}
