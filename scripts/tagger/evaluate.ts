// Tags a corpus with a model exactly as the product would (the model file's int16 weights, tag.ts) and scores
// every label; also times the tagging, per 1,000 words.
import type { TaggerModel } from "../../src/extract/tagger/model";
import { spansOf, tagDoc } from "../../src/extract/tagger/tag";
import type { Corpus, Span } from "./corpus";
import { scoreLabel, type LabelScore } from "./score";

export interface Evaluation {
  corpus: string;
  scores: Record<string, LabelScore>;
  predictions: { id: string; spans: Span[] }[];
  /** Milliseconds of tagging (tokens, features, Viterbi; sentences given) per 1,000 words. */
  msPer1000Words: number;
}

const WORD = /[\p{L}\p{N}]/u;

export function evaluate(model: TaggerModel, corpus: Corpus, labels: readonly string[]): Evaluation {
  let words = 0;
  let ms = 0;
  const predictions = corpus.docs.map((d) => {
    const t0 = performance.now();
    const spans = spansOf(d.doc, tagDoc(model, d.doc), model.labels);
    ms += performance.now() - t0;
    for (const s of d.doc) for (const t of s) if (WORD.test(t.text)) words++;
    return { id: d.id, spans };
  });
  const paired = corpus.docs.map((d, i) => ({ gold: d.gold, pred: predictions[i]!.spans }));
  const scores = Object.fromEntries(labels.map((l) => [l, scoreLabel(paired, l)]));
  return { corpus: corpus.name, scores, predictions, msPer1000Words: (ms / words) * 1000 };
}
