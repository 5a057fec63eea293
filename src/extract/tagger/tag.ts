// Text → entity spans with the learned tagger: the text's sentences are cut into tokens, each token's feature
// buckets are looked up in the model, Viterbi picks the BIO tags, and each B-X I-X… run becomes one span
// {start, end, label} with offsets into the text.
import type { Lang } from "../types";
import { featureIds, type SentenceFeatures, SLOTS, type TaggerDoc } from "./features";
import { OUTSIDE, isInside, labelOf, tagCount } from "./labels";
import type { TaggerModel } from "./model";
import { addInnerPlaces, placeWords } from "./inner-places";
import { addInnerNames } from "./inner-names";
import { addOuterRoles } from "./outer-roles";
import { tokenizeRange, type TaggerToken } from "./tokens";
import { viterbi } from "./viterbi";
import { WordScores } from "./word-scores";

export interface EntitySpan {
  start: number;
  end: number;
  label: string;
}

/** The tokens of each sentence (`{start, end}` offsets into `text`), empty sentences left out. */
export function docOf(text: string, sentences: readonly { start: number; end: number }[]): TaggerDoc {
  return sentences.map((s) => tokenizeRange(text, s.start, s.end)).filter((s) => s.length > 0);
}

/** Each slot's neighbour, as an offset from the token. */
const SLOT_STEPS = SLOTS.map(({ d, before }) => (before ? -d : d));
/** Per model, the summed scores of the words it has read (word-scores.ts). */
const wordScores = new WeakMap<TaggerModel, WordScores>();

/**
 * Per-token tag scores of one sentence under the model: each word's own and its neighbours' summed scores
 * (word-scores.ts), and the features that are not a word's own or a neighbour's (featureIds with `wordFeatures`
 * false).
 */
function emissionScores(model: TaggerModel, f: SentenceFeatures, tokens: readonly TaggerToken[]): Float32Array {
  const tags = tagCount(model.labels.length);
  const n = f.offsets.length - 1;
  const out = new Float32Array(n * tags);
  let cache = wordScores.get(model);
  if (!cache) wordScores.set(model, (cache = new WordScores(model)));
  cache.reserve(n);
  const word = new Int32Array(n);
  for (let i = 0; i < n; i++) word[i] = cache.offsetOf(tokens[i]!.text);
  const pool = cache.pool;
  const w = model.weights;
  // Where each slot's neighbour's block is: one tag at a time, the sum stays in a register.
  const at = new Int32Array(SLOT_STEPS.length);
  for (let i = 0; i < n; i++) {
    const own = word[i]!;
    for (let k = 0; k < SLOT_STEPS.length; k++) {
      const j = i + SLOT_STEPS[k]!;
      at[k] = (j >= 0 && j < n ? word[j]! : cache.edge) + (1 + k) * tags;
    }
    const first = f.offsets[i]! + f.own[i]!;
    const last = f.offsets[i + 1]!;
    for (let t = 0; t < tags; t++) {
      let sum = pool[own + t]!;
      for (let k = 0; k < SLOT_STEPS.length; k++) sum += pool[at[k]! + t]!;
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
