// The attribution tagger's training: an averaged perceptron (scripts/tagger/perceptron.ts) over the hashed features
// of src/extract/attribution/learned/features.ts, visited in a seeded order, rare features dropped, weights stored
// as int16 in the NER tagger's model file format with the attribution feature version.
import { ATTRIBUTION_FEATURE_VERSION, featureIds } from "../../src/extract/attribution/learned/features";
import { ATTRIBUTION_LABELS, spansOf } from "../../src/extract/attribution/learned/tag";
import type { SentenceFeatures } from "../../src/extract/tagger/features";
import { tagCount } from "../../src/extract/tagger/labels";
import { encodeModel } from "../../src/extract/tagger/model";
import { Perceptron, type TrainSentence } from "../tagger/perceptron";
import { quantise } from "../tagger/quantise";
import { seededShuffle, withoutRareFeatures } from "../tagger/training-order";
import type { TrainingDoc } from "./corpus";

/** Feature buckets: 2^17 keeps the gzipped model under 1.5 MB and scored as 2^18 on held-out articles. */
export const BUCKETS = 1 << 17;
/** Passes over the training articles: the held-out span F1 stops rising at about eight. */
export const EPOCHS = 10;
/** Seed of the order in which training units are visited, reshuffled every epoch. */
const SEED = 20261207;
/** A feature seen fewer times than this in training gets no weight (3, not the NER taggers' 2: as good on held-out articles, a smaller file). */
const MIN_FEATURE_COUNT = 3;

/** The model file trained on `train`; after each epoch, the span overlap F1 per label on `heldOut` (when given) is logged. */
export function trainModel(
  train: readonly TrainingDoc[],
  heldOut: readonly TrainingDoc[],
  epochs: number,
  log: (line: string) => void,
): Uint8Array {
  const tags = tagCount(ATTRIBUTION_LABELS.length);
  const units = trainingUnits(train);
  const heldFeatures = heldOut.map((d) => featureIds(d.units, BUCKETS));
  log(`attribution: features of ${units.length} units`);
  const model = new Perceptron(BUCKETS, tags);
  const order = units.map((_, i) => i);
  const shuffle = seededShuffle(SEED);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order);
    for (const i of order) model.learn(units[i]!);
    if (heldOut.length === 0) {
      log(`attribution: epoch ${epoch}`);
      continue;
    }
    const { w, t } = model.averaged();
    const scores = heldOutScores(heldOut, heldFeatures, (f) => model.decode(f, w, t));
    log(`attribution: epoch ${epoch}: held-out span overlap F1 ${scores}`);
  }
  const { w, t } = model.averaged();
  const { weights, scale } = quantise(w);
  return encodeModel({
    lang: "en",
    labels: [...ATTRIBUTION_LABELS],
    featureVersion: ATTRIBUTION_FEATURE_VERSION,
    buckets: BUCKETS,
    scale,
    weights,
    transition: Float32Array.from(t),
  });
}

/** Span overlap F1 per label: a predicted span is right when it overlaps a gold span of its label not yet taken. */
function heldOutScores(
  docs: readonly TrainingDoc[],
  features: readonly SentenceFeatures[][],
  decode: (f: SentenceFeatures) => Uint8Array,
): string {
  const labels = [...ATTRIBUTION_LABELS];
  const counts = labels.map(() => ({ tp: 0, predicted: 0, gold: 0 }));
  docs.forEach((d, k) => {
    const pred = spansOf(d.units, features[k]!.map(decode), labels);
    const gold = spansOf(d.units, d.tags, labels);
    labels.forEach((label, j) => {
      const p = pred.filter((s) => s.label === label);
      const g = gold.filter((s) => s.label === label);
      const taken = new Set<number>();
      for (const s of p) {
        const m = g.findIndex((x, i) => !taken.has(i) && x.start < s.end && s.start < x.end);
        if (m >= 0) taken.add(m);
      }
      counts[j]!.tp += taken.size;
      counts[j]!.predicted += p.length;
      counts[j]!.gold += g.length;
    });
  });
  return labels
    .map((l, j) => {
      const { tp, predicted, gold } = counts[j]!;
      return `${l} ${((2 * tp) / Math.max(1, predicted + gold)).toFixed(3)}`;
    })
    .join(", ");
}

/** Every training unit's feature buckets (rare ones dropped) with its gold tags. */
function trainingUnits(docs: readonly TrainingDoc[]): TrainSentence[] {
  const all = docs.flatMap((d) => featureIds(d.units, BUCKETS).map((f, u) => ({ f, gold: d.tags[u]! })));
  return withoutRareFeatures(all, BUCKETS, MIN_FEATURE_COUNT);
}
