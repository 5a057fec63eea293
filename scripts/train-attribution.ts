// Trains the English attribution tagger (models/attribution-en.bin) on PolNeAR's train split and writes its section of
// models/MODEL-CARD.md with its scores on the dev split. Deterministic. `npm run train` runs it after the NER taggers.
//   npx tsx scripts/train-attribution.ts [--held-out] [--unit sentence|paragraph] [--epochs N] [--out FILE]
// --held-out trains on nine articles in ten and logs each epoch's span F1 on the tenth and the statements' scores
// there: how the unit and the epoch count were chosen (the dev split is only measured). --out writes the model there
// instead of models/ (and no card).
import type { UnitKind } from "../src/extract/attribution/learned/units";
import { trainAttribution } from "./attribution/run";

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const started = performance.now();
trainAttribution(
  {
    heldOut: process.argv.includes("--held-out"),
    unit: arg("--unit") as UnitKind | undefined,
    epochs: arg("--epochs") ? Number(arg("--epochs")) : undefined,
    out: arg("--out"),
  },
  (msg) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`),
);
