// `npm run train`: rebuilds the tagger's models (models/ner-en.bin, models/ner-ru.bin) and their card from the
// corpora in ../shared/data, deterministically (fixed order, fixed seed, fixed epoch count). Each model is an
// averaged perceptron over hashed features (src/extract/tagger/features.ts), stored as int16 weights. Then the
// English attribution tagger (scripts/train-attribution.ts, models/attribution-en.bin).
//   npx tsx scripts/train.ts [--lang en|ru]   (one language only: its card section is rewritten, the other kept)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FEATURE_VERSION, featureIds, type SentenceFeatures } from "../src/extract/tagger/features";
import { tagCount } from "../src/extract/tagger/labels";
import { decodeModel, encodeModel } from "../src/extract/tagger/model";
import { spansOf } from "../src/extract/tagger/tag";
import { trainAttribution } from "./attribution/run";
import { scoreLabel } from "./tagger/score";
import { loadCorpus, type Corpus } from "./tagger/corpus";
import { evaluate, type Evaluation } from "./tagger/evaluate";
import { writeCard } from "./tagger/model-card";
import { Perceptron, type TrainSentence } from "./tagger/perceptron";
import { quantise } from "./tagger/quantise";
import { TAGGERS, type TaggerSpec } from "./tagger/specs";

const MODELS = join(import.meta.dirname, "../models");
/** Seed of the order in which training sentences are visited, reshuffled every epoch. */
const SEED = 20261207;
/** A feature seen fewer times than this in the training data gets no weight: it would only fit that sentence. */
const MIN_FEATURE_COUNT = 2;

const only = process.argv.includes("--lang") ? process.argv[process.argv.indexOf("--lang") + 1] : null;
const started = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

mkdirSync(MODELS, { recursive: true });
for (const spec of TAGGERS) {
  if (only && spec.lang !== only) continue;
  const t0 = performance.now();
  const { bytes, devSets, epochLog } = train(spec);
  const seconds = (performance.now() - t0) / 1000;
  // Measured once training's arrays are garbage, so the tagging time is not the training's collector's.
  const evaluations = measure(spec, bytes, devSets);
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

function train(spec: TaggerSpec): { bytes: Uint8Array; devSets: Corpus[]; epochLog: string[] } {
  const tags = tagCount(spec.labels.length);
  const trainSet = loadCorpus(spec.train.path, spec.train.name, spec.train.map, spec.lang, spec.labels);
  const devSets = spec.dev.map((d) => loadCorpus(d.path, d.name, d.map, spec.lang, spec.labels));
  log(`${spec.lang}: ${trainSet.docs.length} training documents (${trainSet.skipped} gold spans not taggable)`);
  const sentences = trainingSentences(trainSet, spec.buckets);
  const devFeatures = devSets[0]!.docs.map((d) => featureIds(d.doc, spec.lang, spec.buckets));
  log(`${spec.lang}: features of ${sentences.length} sentences`);

  const model = new Perceptron(spec.buckets, tags);
  const order = sentences.map((_, i) => i);
  const random = mulberry32(SEED);
  const epochLog: string[] = [];
  for (let epoch = 1; epoch <= spec.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) model.learn(sentences[i]!);
    // The dev figure per epoch (unquantised) is how the epoch count was chosen; it does not steer training.
    const { w, t } = model.averaged();
    const dev = devSets[0]!;
    const paired = dev.docs.map((d, k) => ({
      gold: d.gold,
      pred: spansOf(
        d.doc,
        devFeatures[k]!.map((f) => model.decode(f, w, t)),
        spec.labels,
      ),
    }));
    const line = `epoch ${epoch}: ${dev.name} overlap F1 ${spec.labels.map((l) => `${l} ${scoreLabel(paired, l).overlap.f1.toFixed(3)}`).join(", ")}`;
    epochLog.push(line);
    log(`${spec.lang}: ${line}`);
  }
  const { w, t } = model.averaged();
  const { weights, scale } = quantise(w);
  const bytes = encodeModel({
    lang: spec.lang,
    labels: spec.labels,
    featureVersion: FEATURE_VERSION,
    buckets: spec.buckets,
    scale,
    weights,
    transition: Float32Array.from(t),
  });
  return { bytes, devSets, epochLog };
}

/** The development scores and tagging time of a model file, read back: the figures are the shipped model's. */
function measure(spec: TaggerSpec, bytes: Uint8Array, devSets: Corpus[]): Evaluation[] {
  const shipped = decodeModel(bytes);
  const evaluations = devSets.map((d) => evaluate(shipped, d, spec.labels));
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

/** Every training sentence's feature buckets (rare ones dropped) with its gold tags. */
function trainingSentences(corpus: Corpus, buckets: number): TrainSentence[] {
  const all = corpus.docs.flatMap((d) => {
    const f = featureIds(d.doc, corpus.lang, buckets);
    return f.map((feat, s) => ({ f: feat, gold: d.tags[s]! }));
  });
  const counts = new Uint32Array(buckets);
  for (const s of all) for (const id of s.f.ids) counts[id]++;
  return all.map(({ f, gold }) => ({ f: keepFrequent(f, counts), gold }));
}

function keepFrequent(f: SentenceFeatures, counts: Uint32Array): SentenceFeatures {
  const offsets = new Uint32Array(f.offsets.length);
  const ids: number[] = [];
  // Training reads every feature alike: none is set apart as the word's own.
  const own = new Uint16Array(f.own.length);
  for (let i = 0; i + 1 < f.offsets.length; i++) {
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++)
      if (counts[f.ids[k]!]! >= MIN_FEATURE_COUNT) ids.push(f.ids[k]!);
    offsets[i + 1] = ids.length;
  }
  return { offsets, ids: Uint32Array.from(ids), own };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same training order on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
