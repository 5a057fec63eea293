// Tags a corpus with a model exactly as the product would (the model file's int16 weights, tag.ts) and scores
// every label; also times the tagging, per 1,000 words: after one warm-up pass (the JIT, the word cache), the
// median of a few passes, in wall-clock and in CPU time (the machine may be shared: CPU time says more then).
import type { TaggerModel } from "../../src/extract/tagger/model";
import { spansOf, tagSpans } from "../../src/extract/tagger/tag";
import type { Corpus, Span } from "./corpus";
import { scoreLabel, type LabelScore } from "./score";

export interface Evaluation {
  corpus: string;
  scores: Record<string, LabelScore>;
  /**
   * The scores of the flattened gold tags themselves: the most a flat (one tag per token) tagger can reach
   * when the gold nests spans (NEREL nests roles, bodies and places).
   */
  ceiling: Record<string, LabelScore>;
  predictions: { id: string; spans: Span[] }[];
  /** Milliseconds of tagging (features, Viterbi; tokens and sentences given) per 1,000 words, wall clock. */
  msPer1000Words: number;
  /** The same in CPU time of this process. */
  cpuMsPer1000Words: number;
}

/** Timed passes after the warm-up. */
const TIMED_PASSES = 3;

const WORD = /[\p{L}\p{N}]/u;

/**
 * `heldOut`, for a set the model was trained on: each document's spans from a model that did not see it (k-fold),
 * scored instead of the model's own; the tagging is still timed with `model`.
 */
export function evaluate(
  model: TaggerModel,
  corpus: Corpus,
  labels: readonly string[],
  heldOut?: readonly Span[][],
): Evaluation {
  let words = 0;
  for (const d of corpus.docs) for (const s of d.doc) for (const t of s) if (WORD.test(t.text)) words++;
  const pass = () => corpus.docs.map((d) => ({ id: d.id, spans: tagSpans(model, d.doc) }));
  const predictions = heldOut ? corpus.docs.map((d, i) => ({ id: d.id, spans: heldOut[i]! })) : pass();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < TIMED_PASSES; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    pass();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const paired = corpus.docs.map((d, i) => ({ gold: d.gold, pred: predictions[i]!.spans }));
  const scores = Object.fromEntries(labels.map((l) => [l, scoreLabel(paired, l)]));
  const flat = corpus.docs.map((d) => ({ gold: d.gold, pred: spansOf(d.doc, d.tags, model.labels, corpus.lang) }));
  const ceiling = Object.fromEntries(labels.map((l) => [l, scoreLabel(flat, l)]));
  return {
    corpus: corpus.name,
    scores,
    ceiling,
    predictions,
    msPer1000Words: (median(wall) / words) * 1000,
    cpuMsPer1000Words: (median(cpu) / words) * 1000,
  };
}
