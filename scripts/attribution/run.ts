// One training run of the attribution tagger: PolNeAR train → model bytes, scored as the CLI's statements on the
// held-out articles or on dev; the shipped run also writes models/attribution-en.bin and its card section.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ATTRIBUTION_FEATURE_VERSION } from "../../src/extract/attribution/learned/features";
import { UNIT, type UnitKind } from "../../src/extract/attribution/learned/units";
import { decodeModel } from "../../src/extract/tagger/model";
import { taggerModels } from "../../src/tagger-models";
import { writeAttributionCard } from "./card";
import { readPolnear, trainingDoc } from "./corpus";
import { scoreAttributions, type AttributionScores } from "./score";
import { EPOCHS, trainModel } from "./train-model";

const MODELS = join(import.meta.dirname, "../../models");
const DATA = join(import.meta.dirname, "../../../shared/data/polnear");
/** Every HELD_OUT_EVERY-th training article is held out by `heldOut`. */
const HELD_OUT_EVERY = 10;

export interface AttributionTraining {
  /** Train on nine articles in ten, log each epoch's span F1 on the tenth and score statements there; write nothing. */
  heldOut?: boolean;
  unit?: UnitKind;
  epochs?: number;
  /** Write the model here instead of models/ (and no card). */
  out?: string;
}

export function trainAttribution(
  { heldOut = false, unit = UNIT, epochs = EPOCHS, out }: AttributionTraining,
  log: (line: string) => void,
): void {
  if (!existsSync(join(DATA, "train.jsonl"))) {
    log(`attribution: PolNeAR not found at ${DATA}: the attribution tagger is not trained`);
    return;
  }
  const started = performance.now();
  const docs = readPolnear(join(DATA, "train.jsonl")).map((d) => trainingDoc(d, unit));
  const train = heldOut ? docs.filter((_, i) => i % HELD_OUT_EVERY !== 0) : docs;
  const held = heldOut ? docs.filter((_, i) => i % HELD_OUT_EVERY === 0) : [];
  log(`attribution: ${train.length} training articles, ${held.length} held out, by ${unit}`);
  const bytes = trainModel(train, held, epochs, log);
  const seconds = (performance.now() - started) / 1000;
  const gzipped = gzipSync(bytes).length;
  log(`attribution: ${bytes.length} bytes, ${gzipped} gzipped, ${seconds.toFixed(0)} s`);

  // Statements as the CLI gives them, from the model file as written: on the held-out articles, or on dev.
  const model = decodeModel(bytes, ATTRIBUTION_FEATURE_VERSION);
  const tagger = taggerModels();
  const measured = heldOut ? held.map((d) => d.doc) : readPolnear(join(DATA, "dev.jsonl"));
  const scores = scoreAttributions(measured, { tagger, attribution: () => model });
  const rules = scoreAttributions(measured, { tagger });
  log(
    `attribution: ${heldOut ? "held-out articles" : "dev"}: tagger ${summary(scores)}; rules alone ${summary(rules)}`,
  );
  if (out) writeFileSync(out, bytes);
  else if (!heldOut) {
    writeFileSync(join(MODELS, "attribution-en.bin"), bytes);
    writeAttributionCard(MODELS, { bytes: bytes.length, gzipped, seconds, epochs, unit, scores, rules });
  }
}

function summary(s: AttributionScores): string {
  return `content P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}, source accuracy ${s.sourceAccuracy.toFixed(3)}, cue recall ${s.cueRecall.toFixed(3)}`;
}
