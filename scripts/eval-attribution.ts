// Attribution measured on PolNeAR's dev split (English political news with every attribution marked: source, cue,
// content): content spans found (overlap F1), for each found content whose gold source is named, whether our source
// overlaps it (accuracy), and the share of gold cue words our cues cover (recall) — the learned attribution
// tagger's statements (the rules' where it finds nothing) beside the rules' alone. Needs ../shared.
//   npx tsx scripts/eval-attribution.ts [--polnear FILE]   (also run by `npm run eval`)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { attributionModels, taggerModels } from "../src/tagger-models";
import { readPolnear } from "./attribution/corpus";
import { scoreAttributions, type AttributionScores } from "./attribution/score";

/** The engine as the product runs it: with the packaged tagger models. */
const tagger = taggerModels();
const attribution = attributionModels();

/** The floors on the dev split. */
const FLOORS = { contentF1: 0.7, sourceAccuracy: 0.8 };

const i = process.argv.indexOf("--polnear");
const FILE = i > 0 ? process.argv[i + 1]! : join(import.meta.dirname, "../../shared/data/polnear/dev.jsonl");
if (!existsSync(FILE)) {
  console.log(`PolNeAR dev split not found at ${FILE}: attribution not measured`);
  process.exit(0);
}

// One annotator's reading per article (the split has a line per article and annotator): the first one.
const docs = readPolnear(FILE);
const learned = scoreAttributions(docs, { tagger, attribution });
const rules = scoreAttributions(docs, { tagger });

const f3 = (x: number) => x.toFixed(3);
const mark = (value: number, floor: number) => `${f3(value)} (floor ${floor}: ${value >= floor ? "met" : "NOT met"})`;
const line = (name: string, s: AttributionScores) => [
  `  ${name}: ${s.predicted} found`,
  `    content overlap: P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${mark(s.f1, FLOORS.contentF1)}`,
  `    source accuracy on found contents with a named source (${s.named}): ${mark(s.sourceAccuracy, FLOORS.sourceAccuracy)}`,
  `    cue recall: ${f3(s.cueRecall)} (${s.cuesFound} of ${s.cues})`,
];
console.log(`PolNeAR dev (${docs.length} articles, first annotator each; ${learned.gold} attributions):`);
for (const l of [...line("attribution tagger (rules where it finds nothing)", learned), ...line("rules alone", rules)])
  console.log(l);
