// Text → entity spans with the learned tagger: the text's sentences are cut into tokens, each token's feature
// buckets are looked up in the model, Viterbi picks the BIO tags, and each B-X I-X… run becomes one span
// {start, end, label} with offsets into the text.
import { BoundedCache } from "../../bounded-cache";
import type { Lang } from "../types";
import { featureIds, type SentenceFeatures, SLOTS, wordIds, type TaggerDoc } from "./features";
import { OUTSIDE, isInside, labelOf, tagCount } from "./labels";
import type { TaggerModel } from "./model";
import { addInnerPlaces, placeWords } from "./inner-places";
import { addInnerNames } from "./inner-names";
import { addOuterRoles } from "./outer-roles";
import { tokenizeRange, type TaggerToken } from "./tokens";
import { viterbi } from "./viterbi";

export interface EntitySpan {
  start: number;
  end: number;
  label: string;
}

/** The tokens of each sentence (`{start, end}` offsets into `text`), empty sentences left out. */
export function docOf(text: string, sentences: readonly { start: number; end: number }[]): TaggerDoc {
  return sentences.map((s) => tokenizeRange(text, s.start, s.end)).filter((s) => s.length > 0);
}

/** Distinct words whose scores are kept per model: a news vocabulary's common core. */
const WORD_SCORES_LIMIT = 20_000;
/** Each slot's neighbour, as an offset from the token. */
const SLOT_STEPS = SLOTS.map(({ d, before }) => (before ? -d : d));
/**
 * Per model, each word's scores: of its own features, then of its features as each slot's neighbour
 * (features.ts SLOTS); and the scores of a sentence's edge in each slot.
 */
const wordScores = new WeakMap<TaggerModel, { words: BoundedCache<string, Int32Array>; edges: Int32Array }>();

/** The summed weight rows of `ids`, one score per tag, added into `out` from `at`. */
function addRows(model: TaggerModel, ids: ArrayLike<number>, from: number, to: number, out: Int32Array, at: number) {
  const tags = tagCount(model.labels.length);
  const w = model.weights;
  // One tag at a time, so its sum stays in a register.
  for (let t = 0; t < tags; t++) {
    let sum = 0;
    for (let k = from; k < to; k++) sum += w[ids[k]! * tags + t]!;
    out[at + t] += sum;
  }
}

/**
 * Per-token tag scores of one sentence under the model, from the features that are not a word's own or a
 * neighbour's (featureIds with `wordFeatures` false). The sums over a word's own features and over its features
 * as a neighbour depend on the word alone: they are added up once per distinct word and kept (most of the
 * look-ups of a token, and the slowest: each one reads a random row of a table of megabytes).
 */
function emissionScores(model: TaggerModel, f: SentenceFeatures, tokens: readonly TaggerToken[]): Float32Array {
  const tags = tagCount(model.labels.length);
  const lang = model.lang as Lang;
  const n = f.offsets.length - 1;
  const out = new Float32Array(n * tags);
  let cache = wordScores.get(model);
  if (!cache) {
    const edges = new Int32Array(SLOTS.length * tags);
    wordIds(null, lang, model.buckets).slots.forEach((ids, k) => addRows(model, ids, 0, ids.length, edges, k * tags));
    wordScores.set(model, (cache = { words: new BoundedCache(WORD_SCORES_LIMIT), edges }));
  }
  const { words, edges } = cache;
  const scoresOf = (i: number): Int32Array => {
    const text = tokens[i]!.text;
    let scores = words.get(text);
    if (scores) return scores;
    scores = new Int32Array((1 + SLOTS.length) * tags);
    const { own, slots } = wordIds(text, lang, model.buckets);
    addRows(model, own, 0, own.length, scores, 0);
    for (let k = 0; k < slots.length; k++) addRows(model, slots[k]!, 0, slots[k]!.length, scores, (1 + k) * tags);
    words.set(text, scores);
    return scores;
  };
  const word = Array.from({ length: n }, (_, i) => scoresOf(i));
  const w = model.weights;
  // Each slot's neighbour scores and where in them the slot's are: one tag at a time, the sum stays in a register.
  const from: Int32Array[] = new Array<Int32Array>(SLOT_STEPS.length);
  const at = new Int32Array(SLOT_STEPS.length);
  for (let i = 0; i < n; i++) {
    const own = word[i]!;
    for (let k = 0; k < SLOT_STEPS.length; k++) {
      const j = i + SLOT_STEPS[k]!;
      const inside = j >= 0 && j < n;
      from[k] = inside ? word[j]! : edges;
      at[k] = (inside ? 1 + k : k) * tags;
    }
    const first = f.offsets[i]! + f.own[i]!;
    const last = f.offsets[i + 1]!;
    for (let t = 0; t < tags; t++) {
      let sum = own[t]!;
      for (let k = 0; k < SLOT_STEPS.length; k++) sum += from[k]![at[k]! + t]!;
      for (let k = first; k < last; k++) sum += w[f.ids[k]! * tags + t]!;
      out[i * tags + t] = sum * model.scale;
    }
  }
  return out;
}

/** The best tags of every sentence of a document. */
export function tagDoc(model: TaggerModel, doc: TaggerDoc): Uint8Array[] {
  const tags = tagCount(model.labels.length);
  return featureIds(doc, model.lang as Lang, model.buckets, false).map((f, s) =>
    viterbi({
      length: doc[s]!.length,
      tags,
      emission: emissionScores(model, f, doc[s]!),
      transition: model.transition,
    }),
  );
}

/**
 * The entity spans that tagged sentences describe: a B tag opens one, its I tags extend it. Where the language's
 * corpora nest names, nested spans are added: a role followed by the body or place it names also spans them
 * (outer-roles.ts), so a PROFESSION may contain an ORG or a LOC; an ORG may contain LOC spans (inner-places.ts)
 * and, given `tagAlone`, an ORG or a PROFESSION may contain ORG and PER spans (inner-names.ts).
 */
export function spansOf(
  doc: TaggerDoc,
  tagged: readonly Uint8Array[],
  labels: readonly string[],
  lang: Lang,
  /** Tags a run of tokens alone, for the names inside longer spans (inner-names.ts); without it, none. */
  tagAlone?: (tokens: readonly TaggerToken[]) => readonly EntitySpan[],
): EntitySpan[] {
  const flat = doc.map((sentence, s) => {
    const spans: EntitySpan[] = [];
    let open: EntitySpan | null = null;
    sentence.forEach((tok, i) => {
      const tag = tagged[s]![i]!;
      if (open && isInside(tag) && labels[labelOf(tag)] === open.label) {
        open.end = tok.end;
        return;
      }
      open = null;
      if (tag !== OUTSIDE) spans.push((open = { start: tok.start, end: tok.end, label: labels[labelOf(tag)]! }));
    });
    return spans;
  });
  const places = placeWords(doc, flat);
  return doc.flatMap((sentence, s) => {
    const spans = flat[s]!;
    addInnerPlaces(lang, sentence, spans, places);
    if (tagAlone) addInnerNames(lang, sentence, spans, tagAlone);
    addOuterRoles(sentence, spans);
    return spans;
  });
}

/** Entity spans of `text`, whose sentences the caller gives (the engine's analysis, or a corpus's own). */
export function tagText(
  model: TaggerModel,
  text: string,
  sentences: readonly { start: number; end: number }[],
): EntitySpan[] {
  return tagSpans(model, docOf(text, sentences));
}

/** The spans of a document of tokens under the model, nested ones included. */
export function tagSpans(model: TaggerModel, doc: TaggerDoc): EntitySpan[] {
  const lang = model.lang as Lang;
  const alone = (tokens: readonly TaggerToken[]) => spansOf([tokens], tagDoc(model, [tokens]), model.labels, lang);
  return spansOf(doc, tagDoc(model, doc), model.labels, lang, alone);
}
