// Text → entity spans with the learned tagger: the text's sentences are cut into tokens, each token's feature
// buckets are looked up in the model, Viterbi picks the BIO tags, and each B-X I-X… run becomes one span
// {start, end, label} with offsets into the text.
import { BoundedCache } from "../../bounded-cache";
import type { Lang } from "../types";
import { featureIds, type SentenceFeatures, type TaggerDoc } from "./features";
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

/** Distinct words whose own-feature scores are kept per model: a news vocabulary's common core. */
const WORD_SCORES_LIMIT = 20_000;
const wordScores = new WeakMap<TaggerModel, BoundedCache<string, Int32Array>>();

/**
 * Per-token tag scores of one sentence under the model. The sum over a word's own features depends on the
 * word alone: it is added up once per distinct word and kept (a third of the look-ups of a token, and the
 * slowest: each one reads a random row of a table of megabytes).
 */
export function emissionScores(model: TaggerModel, f: SentenceFeatures, tokens: readonly TaggerToken[]): Float32Array {
  const tags = tagCount(model.labels.length);
  const n = f.offsets.length - 1;
  const out = new Float32Array(n * tags);
  const w = model.weights;
  let cache = wordScores.get(model);
  if (!cache) wordScores.set(model, (cache = new BoundedCache(WORD_SCORES_LIMIT)));
  for (let i = 0; i < n; i++) {
    const from = f.offsets[i]!;
    const ctx = from + f.own[i]!;
    let own = cache.get(tokens[i]!.text);
    if (!own) {
      own = new Int32Array(tags);
      for (let k = from; k < ctx; k++) {
        const row = f.ids[k]! * tags;
        for (let t = 0; t < tags; t++) own[t] += w[row + t]!;
      }
      cache.set(tokens[i]!.text, own);
    }
    for (let t = 0; t < tags; t++) out[i * tags + t] = own[t]!;
    for (let k = ctx; k < f.offsets[i + 1]!; k++) {
      const row = f.ids[k]! * tags;
      for (let t = 0; t < tags; t++) out[i * tags + t] += w[row + t]!;
    }
    for (let t = 0; t < tags; t++) out[i * tags + t] *= model.scale;
  }
  return out;
}

/** The best tags of every sentence of a document. */
export function tagDoc(model: TaggerModel, doc: TaggerDoc): Uint8Array[] {
  const tags = tagCount(model.labels.length);
  return featureIds(doc, model.lang as Lang, model.buckets).map((f, s) =>
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
