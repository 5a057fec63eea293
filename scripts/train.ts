// `npm run train`: rebuilds the tagger's models (models/ner-en.bin, models/ner-ru.bin) and their card from the
// corpora in ../shared/data, deterministically (fixed order, fixed seed, fixed epoch count). Each model is an
// averaged perceptron over hashed features (src/extract/tagger/features.ts), stored as int16 weights. Then the
// English attribution tagger (scripts/train-attribution.ts, models/attribution-en.bin).
//   npx tsx scripts/train.ts [--lang en|ru]   (one language only: its card section is rewritten, the other kept)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FEATURE_VERSION, featureIds } from "../src/extract/tagger/features";
import { tagCount } from "../src/extract/tagger/labels";
import { decodeModel, encodeModel } from "../src/extract/tagger/model";
import { spansOf, tagSpans } from "../src/extract/tagger/tag";
import { trainAttribution } from "./attribution/run";
import { scoreLabel } from "./tagger/score";
import { loadCorpus, type Corpus, type Span } from "./tagger/corpus";
import { evaluate, type Evaluation } from "./tagger/evaluate";
import { writeCard } from "./tagger/model-card";
import { Perceptron, type TrainSentence } from "./tagger/perceptron";
import { quantise } from "./tagger/quantise";
import { TAGGERS, foldedName, type TaggerSpec } from "./tagger/specs";
import { seededShuffle, withoutRareFeatures } from "./tagger/training-order";
import { FOLD_MODELS_DIR, foldModelPath } from "./tagger/fold-models";

const MODELS = join(import.meta.dirname, "../models");
/** Seed of the order in which training sentences are visited, reshuffled every epoch. */
const SEED = 20261207;

const only = process.argv.includes("--lang") ? process.argv[process.argv.indexOf("--lang") + 1] : null;
const started = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

mkdirSync(MODELS, { recursive: true });
for (const spec of TAGGERS) {
  if (only && spec.lang !== only) continue;
  const t0 = performance.now();
  const { bytes, devSets, heldOut, epochLog } = train(spec);
  const seconds = (performance.now() - t0) / 1000;
  // Measured once training's arrays are garbage, so the tagging time is not the training's collector's.
  const evaluations = measure(spec, bytes, devSets, heldOut);
  // gzip's default level: level 9 takes seconds on these tables and saves about one per cent.
  const gzipped = gzipSync(bytes).length;
  writeFileSync(join(MODELS, spec.file), bytes);
  writeCard(MODELS, spec, {
    bytes: bytes.length,
    gzipped,
    seconds,
    evaluations,
    epochLog,
  });
  log(`${spec.file}: ${bytes.length} bytes, ${gzipped} gzipped, ${seconds.toFixed(0)} s`);
}
// The attribution tagger is English: trained with the English models.
if (!only || only === "en") trainAttribution({}, log);
log("done");

interface Trained {
  bytes: Uint8Array;
  devSets: Corpus[];
  /** Per development set trained on as well (k-fold), each document's spans from the fold model that did not see it. */
  heldOut: (Span[][] | undefined)[];
  epochLog: string[];
}

function train(spec: TaggerSpec): Trained {
  const trainSet = loadCorpus(spec.train.path, spec.train.name, spec.train.map, spec.lang, spec.labels);
  const devSets = spec.dev.map((d) => loadCorpus(d.path, foldedName(d), d.map, spec.lang, spec.labels));
  log(`${spec.lang}: ${trainSet.docs.length} training documents (${trainSet.skipped} gold spans not taggable)`);
  const base = trainingSentences(trainSet, spec.buckets, new Set());
  // Development sets trained on as well: their sentences per document, to be cut into folds.
  const folded = spec.dev.map((d, k) => {
    if (!d.folds) return null;
    const annotated = new Set(Object.values(d.map));
    const unannotated = new Set(spec.labels.flatMap((l, i) => (annotated.has(l) ? [] : [i])));
    return devSets[k]!.docs.map((doc) => trainingSentences({ ...devSets[k]!, docs: [doc] }, spec.buckets, unannotated));
  });
  const extra = folded.flatMap((docs) => (docs ? docs.flat() : []));
  log(`${spec.lang}: features of ${base.length + extra.length} sentences`);

  const trained = fit(spec, [...base, ...extra], devSets[0]!);
  const bytes = encode(spec, trained);

  // k-fold: every document of a set trained on is tagged by a model trained without its fold (and scored so).
  const heldOut = folded.map((docs, k) => {
    if (!docs) return undefined;
    const folds = spec.dev[k]!.folds!;
    const spans: Span[][] = [];
    for (let fold = 0; fold < folds; fold++) {
      const rest = docs.filter((_, i) => i % folds !== fold).flat();
      const foldBytes = encode(spec, fit(spec, [...base, ...rest]));
      mkdirSync(FOLD_MODELS_DIR, { recursive: true });
      writeFileSync(foldModelPath(spec, spec.dev[k]!, fold), foldBytes);
      const m = decodeModel(foldBytes);
      devSets[k]!.docs.forEach((d, i) => {
        if (i % folds === fold) spans[i] = tagSpans(m, d.doc);
      });
      log(`${spec.lang}: ${devSets[k]!.name}: fold ${fold + 1} of ${folds} tagged`);
    }
    return spans;
  });
  return { bytes, devSets, heldOut, epochLog: trained.epochLog };
}

/**
 * Averaged perceptron weights for `sentences` (rare features dropped first); with `dev`, its figures after
 * every epoch (unquantised): how the epoch count was chosen; they do not steer training.
 */
function fit(
  spec: TaggerSpec,
  /** Before rare features are dropped. */
  raw: TrainSentence[],
  dev?: Corpus,
): { w: Float64Array; t: Float64Array; epochLog: string[] } {
  const sentences = withoutRareFeatures(raw, spec.buckets, spec.minFeatureCount);
  const model = new Perceptron(spec.buckets, tagCount(spec.labels.length));
  const devFeatures = dev?.docs.map((d) => featureIds(d.doc, spec.lang, spec.buckets));
  const order = sentences.map((_, i) => i);
  const shuffle = seededShuffle(SEED);
  const epochLog: string[] = [];
  for (let epoch = 1; epoch <= spec.epochs; epoch++) {
    shuffle(order);
    for (const i of order) model.learn(sentences[i]!);
    if (!dev || !devFeatures) continue;
    const { w, t } = model.averaged();
    const paired = dev.docs.map((d, k) => ({
      gold: d.gold,
      pred: spansOf(
        d.doc,
        devFeatures[k]!.map((f) => model.decode(f, w, t)),
        spec.labels,
        spec.lang,
      ),
    }));
    const line = `epoch ${epoch}: ${dev.name} overlap F1 ${spec.labels.map((l) => `${l} ${scoreLabel(paired, l).overlap.f1.toFixed(3)}`).join(", ")}`;
    epochLog.push(line);
    log(`${spec.lang}: ${line}`);
  }
  return { ...model.averaged(), epochLog };
}

/** The model file of trained float weights: int16 weights with a scale. */
function encode(spec: TaggerSpec, { w, t }: { w: Float64Array; t: Float64Array }): Uint8Array {
  const { weights, scale } = quantise(w);
  return encodeModel({
    lang: spec.lang,
    labels: spec.labels,
    featureVersion: FEATURE_VERSION,
    buckets: spec.buckets,
    scale,
    weights,
    transition: Float32Array.from(t),
  });
}

/** The development scores and tagging time of a model file, read back: the figures are the shipped model's. */
function measure(spec: TaggerSpec, bytes: Uint8Array, devSets: Corpus[], heldOut: Trained["heldOut"]): Evaluation[] {
  const shipped = decodeModel(bytes);
  const evaluations = devSets.map((d, k) => evaluate(shipped, d, spec.labels, heldOut[k]));
  for (const e of evaluations) {
    const s = spec.labels
      .filter((l) => e.scores[l]!.overlap.tp + e.scores[l]!.overlap.fn > 0)
      .map((l) => `${l} ${e.scores[l]!.overlap.f1.toFixed(3)}/${e.scores[l]!.strict.f1.toFixed(3)}`);
    log(
      `${spec.lang}: ${e.corpus} (int16 model, as shipped) overlap/exact F1: ${s.join(", ")}; ${e.msPer1000Words.toFixed(2)} ms wall, ${e.cpuMsPer1000Words.toFixed(2)} ms CPU per 1,000 words`,
    );
  }
  return evaluations;
}

/** Every training sentence's feature buckets with its gold tags, and the labels its corpus does not annotate. */
function trainingSentences(corpus: Corpus, buckets: number, unannotated: ReadonlySet<number>): TrainSentence[] {
  return corpus.docs.flatMap((d) =>
    featureIds(d.doc, corpus.lang, buckets).map((f, s) => ({
      f,
      gold: d.tags[s]!,
      ...(unannotated.size > 0 ? { unannotated } : {}),
    })),
  );
}
