// Feature names of each token of a document, and the bucket numbers they hash to: what the tagger's weights
// are indexed by. Word features (the word, its lower-case form and word key, a Russian word's stem without its
// case ending, prefixes and suffixes, shape, our word lists), its neighbours within two tokens (words, shapes,
// keys, word lists, bigrams), its place in the sentence, in quotes and in a run of capitalised words, and a few
// facts about the whole document (the same word capitalised mid-sentence, written in lower case, or right after
// a role noun, a given name, an organisation's head noun, an opening quote or "в"/"in" elsewhere).
// Changing anything here that changes a name or a bucket changes FEATURE_VERSION: a model is only valid for
// the version it was trained with.
//
// Names are built only for tests and reports (featureNames). The tagger hashes the same names without building
// them (featureIds): a name is a template prefix plus up to three parts, and FNV-1a runs on across the parts, so
// the bucket is the hash of the whole name; a word's own features, and those it gives its neighbours from
// each slot, are hashed once per distinct word.
import type { Lang } from "../types";
import { BoundedCache } from "../../bounded-cache";
import { ORG_WORD_ENDINGS, foldRu, stripEnding } from "../lang/ru/endings";
import { wordKey } from "../name-key";
import { FNV_OFFSET, fnv1a, fnvContinue } from "./hash";
import { wordListsFor } from "./lexicon-flags";
import type { TaggerToken } from "./tokens";

/** Version of the feature names and hashing below; the model file records it and the loader checks it. */
export const FEATURE_VERSION = 3;

/** Prefix and suffix lengths: Russian case endings are one to three letters, stems show in four. */
const AFFIX_LENGTHS = [1, 2, 3, 4];
/** How far neighbours are looked at on each side. */
const WINDOW = 2;
/** Distinct words whose own features are kept between texts, per language: a news vocabulary's common core. */
const WORD_CACHE_LIMIT = 20_000;

/** A document as the tagger reads it: its sentences, each a list of tokens. */
export type TaggerDoc = readonly (readonly TaggerToken[])[];

const OPENING_QUOTES = new Set(["«", "“", "„"]);
/** Prepositions of place: a name after them elsewhere in the text is likely a place. */
const PLACE_PREPOSITIONS = new Set(["в", "во", "из", "in", "from"]);
const CYRILLIC = /[\u0400-\u04ff]/;
const CLOSING_QUOTES = new Set(["»", "”"]);
const BEFORE = "<s>";
const AFTER = "</s>";

/** Word shape: upper X, lower x, digit d, anything else itself; runs of one kind cut to two ("Xxx", "XX", "dd"). */
export function shapeOf(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = lower !== upper ? (ch === upper ? "X" : "x") : ch >= "0" && ch <= "9" ? "d" : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

interface WordInfo {
  lower: string;
  shape: string;
  key: string;
  cap: boolean;
  role: boolean;
  given: boolean;
  orgHead: boolean;
  flags: string[];
  /** The word's own feature names, and their buckets once asked for. */
  own: string[];
  ownIds: Uint32Array | null;
  /** The bucket count `ownIds` were computed for. */
  ownBuckets: number;
  /** The buckets of its features as each slot's neighbour (SLOTS), once asked for; for `ownBuckets` too. */
  slotIds: Uint32Array[] | null;
}

/** What the feature walk hands its results to: names for tests, buckets for the tagger. */
interface Sink {
  own(s: number, i: number, w: WordInfo): void;
  /** The features of the neighbour in `SLOTS[k]` of token i (null: past the sentence's edge). */
  slot(s: number, i: number, k: number, w: WordInfo | null): void;
  /** A feature named `t.name + a + b + c`. */
  put(s: number, i: number, t: Template, a: string, b: string, c: string): void;
}

/** Facts about the whole document, counted once before any token's features. */
interface DocFacts {
  capMid: Map<string, number>;
  lowerSeen: Map<string, number>;
  afterRole: Map<string, number>;
  afterGiven: Map<string, number>;
  /** Counts per kind of context (contextsOf), by word key. */
  contexts: Map<string, number>[];
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

function walk(doc: TaggerDoc, lang: Lang, sink: Sink): void {
  const info = infoOf(lang);
  // Each token's word facts, looked up once for the document's facts and its features alike.
  const words = doc.map((sentence) => sentence.map((t) => info(t.text)));
  const facts = countFacts(words);
  let inQuote = false;
  for (let s = 0; s < doc.length; s++) {
    const sentence = doc[s]!;
    const ws = words[s]!;
    const n = ws.length;
    const lowerAt = (i: number) => (i < 0 ? BEFORE : i >= n ? AFTER : ws[i]!.lower);
    const shapeAt = (i: number) => (i < 0 ? BEFORE : i >= n ? AFTER : ws[i]!.shape);
    const wordAt = (i: number) => (i < 0 || i >= n ? null : ws[i]!);
    const runs = capitalisedRuns(ws);
    for (let i = 0; i < n; i++) {
      const tok = sentence[i]!.text;
      const w = ws[i]!;
      if (OPENING_QUOTES.has(tok) || (tok === '"' && !inQuote)) inQuote = true;
      else if (CLOSING_QUOTES.has(tok) || tok === '"') inQuote = false;
      sink.own(s, i, w);
      SLOTS.forEach(({ d, before }, k) => sink.slot(s, i, k, wordAt(before ? i - d : i + d)));
      sink.put(s, i, BIGRAM_BEFORE, lowerAt(i - 1), "|", w.lower);
      sink.put(s, i, BIGRAM_AFTER, w.lower, "|", lowerAt(i + 1));
      sink.put(s, i, SHAPES, shapeAt(i - 1), `|${w.shape}|`, shapeAt(i + 1));
      if (i === 0) sink.put(s, i, FIRST, w.shape, "", "");
      sink.put(s, i, RUN, runs[i]!, "", "");
      if (inQuote) sink.put(s, i, IN_QUOTE, "", "", "");
      // Document facts: does the word behave like a name elsewhere in the text (this token not counted)?
      if ((facts.capMid.get(w.lower) ?? 0) > (w.cap && i > 0 ? 1 : 0)) sink.put(s, i, CAP_MID, "", "", "");
      if ((facts.lowerSeen.get(w.lower) ?? 0) > (isLowerWord(w) ? 1 : 0)) sink.put(s, i, LOWER_SEEN, "", "", "");
      const afterRole = i > 0 && ws[i - 1]!.role ? 1 : 0;
      if ((facts.afterRole.get(w.key) ?? 0) > afterRole) sink.put(s, i, AFTER_ROLE, "", "", "");
      const afterGiven = i > 0 && isGiven(ws[i - 1]!) ? 1 : 0;
      if ((facts.afterGiven.get(w.key) ?? 0) > afterGiven) sink.put(s, i, AFTER_GIVEN, "", "", "");
      const here = contextsOf(w, i > 0 ? ws[i - 1]! : null);
      facts.contexts.forEach((seen, k) => {
        if ((seen.get(w.key) ?? 0) > (here[k] ? 1 : 0)) sink.put(s, i, CONTEXTS[k]!, "", "", "");
      });
    }
  }
}

/** A feature template: the start of its features' names, and the hash state after reading it. */
interface Template {
  name: string;
  state: number;
}
const template = (name: string): Template => ({ name, state: fnvContinue(FNV_OFFSET, name) });
const byDistance = (name: (d: number) => string) => Array.from({ length: WINDOW + 1 }, (_, d) => template(name(d)));
/** Neighbour templates by distance (index 0 unused). */
const LOWER_BEFORE = byDistance((d) => `l-${d}=`);
const LOWER_AFTER = byDistance((d) => `l+${d}=`);
const SHAPE_BEFORE = byDistance((d) => `sh-${d}=`);
const SHAPE_AFTER = byDistance((d) => `sh+${d}=`);
const KEY_BEFORE = template("k-1=");
const KEY_AFTER = template("k+1=");
const LISTS_BEFORE = template("lx-1=");
const LISTS_AFTER = template("lx+1=");
const BIGRAM_BEFORE = template("l-1|l=");
const BIGRAM_AFTER = template("l|l+1=");
const SHAPES = template("sh-1|sh|sh+1=");
const FIRST = template("first|sh=");
const IN_QUOTE = template("q");
const CAP_MID = template("d=capmid");
const LOWER_SEEN = template("d=lowseen");
const AFTER_ROLE = template("d=afterrole");
const AFTER_GIVEN = template("d=aftergiven");
const NO_CONTEXT: readonly boolean[] = [false, false, false];
/** One per entry of contextsOf. */
const CONTEXTS = [template("d=afterhead"), template("d=quoted"), template("d=afterin")];
const RUN = template("run=");

/**
 * Where a neighbour stands: before or after the token, one or two tokens away. A neighbour's features (its
 * lower-case form and shape; one token away also its word key and word lists) depend on that word and its
 * slot alone, so a tagger may sum their weights once per word and slot, as it does a word's own.
 */
export const SLOTS: readonly { d: number; before: boolean }[] = Array.from({ length: WINDOW }, (_, k) => [
  { d: k + 1, before: true },
  { d: k + 1, before: false },
]).flat();

/** Calls `put` for each feature the neighbour `w` (null: past the sentence's edge) gives a token from slot k. */
function putSlot(put: (t: Template, a: string) => void, k: number, w: WordInfo | null): void {
  const { d, before } = SLOTS[k]!;
  const edge = before ? BEFORE : AFTER;
  put((before ? LOWER_BEFORE : LOWER_AFTER)[d]!, w?.lower ?? edge);
  put((before ? SHAPE_BEFORE : SHAPE_AFTER)[d]!, w?.shape ?? edge);
  if (d !== 1) return;
  put(before ? KEY_BEFORE : KEY_AFTER, w?.key ?? edge);
  for (const f of w?.flags ?? []) put(before ? LISTS_BEFORE : LISTS_AFTER, f);
}

const slotIdsOf = (w: WordInfo | null, buckets: number): Uint32Array[] =>
  SLOTS.map((_, k) => {
    const out: number[] = [];
    putSlot((t, a) => out.push(fold(fnvContinue(t.state, a), buckets)), k, w);
    return Uint32Array.from(out);
  });

/**
 * The buckets of the features a neighbour `text` (null: past the sentence's edge) gives a token from each slot,
 * and of its own features; kept with the word.
 */
export function wordIds(text: string | null, lang: Lang, buckets: number): { own: Uint32Array; slots: Uint32Array[] } {
  if (text === null) return { own: new Uint32Array(0), slots: slotIdsOf(null, buckets) };
  const w = infoOf(lang)(text);
  idsFor(w, buckets);
  return { own: w.ownIds!, slots: w.slotIds! };
}

/** Fills in the word's buckets for `buckets`. */
function idsFor(w: WordInfo, buckets: number): void {
  if (w.ownBuckets === buckets) return;
  w.ownIds = Uint32Array.from(w.own, (name) => bucketOf(name, buckets));
  w.slotIds = slotIdsOf(w, buckets);
  w.ownBuckets = buckets;
}

/**
 * The contexts of a capitalised word that say what kind of name it is, whose counts over the document are
 * features of the word's every occurrence: right after an organisation's head noun ("Министерство Финансов"),
 * an opening quote (a body's or a work's name), a preposition of place.
 */
function contextsOf(w: WordInfo, prev: WordInfo | null): readonly boolean[] {
  if (!w.cap || !prev) return NO_CONTEXT;
  return [prev.orgHead, OPENING_QUOTES.has(prev.lower) || prev.lower === '"', PLACE_PREPOSITIONS.has(prev.lower)];
}

/** Each word's place in a run of capitalised words: B(egin), I(nside), E(nd), S(ingle), or O (not capitalised). */
function capitalisedRuns(ws: readonly WordInfo[]): string[] {
  return ws.map((w, i) => {
    if (!w.cap) return "O";
    const before = i > 0 && ws[i - 1]!.cap;
    const after = i + 1 < ws.length && ws[i + 1]!.cap;
    return before ? (after ? "I" : "E") : after ? "B" : "S";
  });
}

const wordCaches = new Map<Lang, BoundedCache<string, WordInfo>>();
/** The language's word facts, from its cache of words seen. */
function infoOf(lang: Lang): (text: string) => WordInfo {
  const words = wordCaches.get(lang) ?? new BoundedCache<string, WordInfo>(WORD_CACHE_LIMIT);
  wordCaches.set(lang, words);
  const lists = wordListsFor(lang);
  const make = (text: string) => wordInfo(text, lists.flags(text, text.toLowerCase()));
  return (text) => words.getOrSet(text, make);
}

const isGiven = (w: WordInfo) => w.cap && w.given;
const isLowerWord = (w: WordInfo) => !w.cap && w.shape.includes("x");

function wordInfo(text: string, flags: string[]): WordInfo {
  const lower = text.toLowerCase();
  const shape = shapeOf(text);
  const key = wordKey(lower);
  // The word key joins a name's case forms ("Минфина", "Минфину" → one key): what one form learned, all get.
  const own = ["b", `w=${text}`, `l=${lower}`, `k=${key}`, `sh=${shape}`];
  for (const n of AFFIX_LENGTHS) {
    if (lower.length <= n) break;
    own.push(`p${n}=${lower.slice(0, n)}`, `s${n}=${lower.slice(-n)}`);
  }
  // The stem joins an organisation word's case forms ("комитета", "комитетом" → "комитет"), beside the word key
  // that joins a name's.
  if (CYRILLIC.test(lower)) own.push(`st=${stripEnding(foldRu(lower), ORG_WORD_ENDINGS)}`);
  for (const f of flags) own.push(`lx=${f}`);
  return {
    lower,
    shape,
    key,
    cap: text[0] !== lower[0],
    role: flags.includes("role"),
    given: flags.includes("given"),
    orgHead: flags.includes("orghead"),
    flags,
    own,
    ownIds: null,
    ownBuckets: 0,
    slotIds: null,
  };
}

function countFacts(doc: readonly (readonly WordInfo[])[]): DocFacts {
  const facts: DocFacts = {
    capMid: new Map(),
    lowerSeen: new Map(),
    afterRole: new Map(),
    afterGiven: new Map(),
    contexts: CONTEXTS.map(() => new Map()),
  };
  for (const sentence of doc) {
    let prev: WordInfo | null = null;
    for (let i = 0; i < sentence.length; i++) {
      const w = sentence[i]!;
      if (w.cap && i > 0) bump(facts.capMid, w.lower);
      if (isLowerWord(w)) bump(facts.lowerSeen, w.lower);
      if (prev?.role) bump(facts.afterRole, w.key);
      if (prev && isGiven(prev)) bump(facts.afterGiven, w.key);
      contextsOf(w, prev).forEach((yes, k) => yes && bump(facts.contexts[k]!, w.key));
      prev = w;
    }
  }
  return facts;
}

/** The features of one document as names, per sentence and token: for tests and reports. */
export function featureNames(doc: TaggerDoc, lang: Lang): string[][][] {
  const out = doc.map((s) => s.map(() => [] as string[]));
  walk(doc, lang, {
    own: (s, i, w) => out[s]![i]!.push(...w.own),
    slot: (s, i, k, w) => putSlot((t, a) => out[s]![i]!.push(t.name + a), k, w),
    put: (s, i, t, a, b, c) => out[s]![i]!.push(t.name + a + b + c),
  });
  return out;
}

/** The bucket of a name's 32-bit hash, among `buckets` (a power of two); high bits are folded in first. */
const fold = (h: number, buckets: number) => (h ^ (h >>> 16)) & (buckets - 1);

/** The bucket a feature name falls in, among `buckets` (a power of two). */
export const bucketOf = (name: string, buckets: number): number => fold(fnv1a(name), buckets);

/**
 * One sentence's feature buckets: token i's are `ids[offsets[i]]` to `ids[offsets[i + 1]]`, of which the first
 * `own[i]` are the word's own (they depend on the word alone, so a tagger may sum their weights once per word).
 * Without the word features (featureIds's `wordFeatures` false: the word's own and its neighbours' from their
 * slots, which a tagger sums once per word, see `wordIds`), `own[i]` is 0 and a token's features are the rest.
 */
export interface SentenceFeatures {
  offsets: Uint32Array;
  ids: Uint32Array;
  own: Uint16Array;
}

/** The feature buckets of every sentence of a document. */
export function featureIds(doc: TaggerDoc, lang: Lang, buckets: number, wordFeatures = true): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  let ids = new Uint32Array(1024);
  let count = 0;
  let offsets = new Uint32Array(1);
  let own = new Uint16Array(0);
  let current = -1;
  const push = (id: number) => {
    if (count === ids.length) {
      const grown = new Uint32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[count++] = id;
  };
  // Tokens arrive in order: a new token closes the previous one's range, a new sentence the previous sentence.
  const at = (s: number, i: number) => {
    if (s !== current) {
      if (current >= 0) close();
      current = s;
      offsets = new Uint32Array(doc[s]!.length + 1);
      own = new Uint16Array(doc[s]!.length);
      count = 0;
    }
    offsets[i + 1] = count;
  };
  const close = () => {
    offsets[offsets.length - 1] = count;
    out.push({ offsets, ids: ids.slice(0, count), own });
  };
  walk(doc, lang, {
    own(s, i, w) {
      at(s, i);
      if (!wordFeatures) return;
      idsFor(w, buckets);
      for (const id of w.ownIds!) push(id);
      own[i] = w.ownIds!.length;
    },
    slot(_s, i, k, w) {
      if (!wordFeatures) return;
      putSlot((t, a) => push(fold(fnvContinue(t.state, a), buckets)), k, w);
      offsets[i + 1] = count;
    },
    put(_s, i, t, a, b, c) {
      push(fold(fnvContinue(fnvContinue(fnvContinue(t.state, a), b), c), buckets));
      offsets[i + 1] = count;
    },
  });
  if (current >= 0) close();
  return out;
}
