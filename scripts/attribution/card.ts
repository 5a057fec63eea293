// The attribution tagger's section of models/MODEL-CARD.md (between its <!-- attribution-en.bin --> markers, which
// the NER trainer's card writer keeps as they are): data, features, size and the dev scores.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ATTRIBUTION_FEATURE_VERSION,
  attributionWordListsFingerprint,
} from "../../src/extract/attribution/learned/features";
import { ATTRIBUTION_LABELS } from "../../src/extract/attribution/learned/tag";
import { FORMAT_VERSION } from "../../src/extract/tagger/model";
import type { AttributionScores } from "./score";
import { BUCKETS } from "./train-model";

const FILE = "attribution-en.bin";

export interface AttributionRun {
  bytes: number;
  gzipped: number;
  seconds: number;
  epochs: number;
  unit: string;
  scores: AttributionScores;
  rules: AttributionScores;
}

const f3 = (x: number) => x.toFixed(3);
const row = (name: string, s: AttributionScores) =>
  `| ${name} | ${s.predicted} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${f3(s.sourceAccuracy)} (${s.named}) | ${f3(s.cueRecall)} |`;

function section(run: AttributionRun): string {
  return [
    `<!-- ${FILE} -->`,
    `## ${FILE}`,
    "",
    `\`${FILE}\`: language en; labels ${ATTRIBUTION_LABELS.join(" ")}; feature version ${ATTRIBUTION_FEATURE_VERSION}; format version ${FORMAT_VERSION}; ${run.bytes} bytes, ${run.gzipped} gzipped`,
    "",
    `\`${FILE}\` read word lists ${attributionWordListsFingerprint()} (src/extract/attribution/learned/features.ts): a change to those lists needs retraining.`,
    "",
    `The attribution tagger (issue 14): who says what. BIO tags over SOURCE, CUE and CONTENT, one per token, tagged by ${run.unit}; the same averaged perceptron, Viterbi decoding and file format as the NER taggers, with features of its own (\`src/extract/attribution/learned/features.ts\`: the word, its lower-case form, suffixes of 1–3 letters, shape, words, shapes and word lists within ±2, bigrams, the shape trigram, quote marks and whether inside a quotation, first and last token of a sentence, first sentence of a paragraph, the distance to the nearest speech verb and cue word on either side; word lists from \`lexiconFor("en")\`: speech verbs, role nouns, titles, given names, plus subject pronouns, "according", and the cue words of PolNeAR train, \`learned/cue-words.ts\`, written by \`scripts/attribution/cue-lexicon.ts\`). Features seen fewer than three times get no weight; ${BUCKETS} buckets.`,
    "",
    `Trained on PolNeAR train (the first annotator of each of its 840 articles); ${run.epochs} epochs; training took ${run.seconds.toFixed(0)} s here. Nested gold spans are flattened: CUE before SOURCE before CONTENT, the innermost span of a label first. Statements pair each content with the nearest cue and the source nearest that cue, in its own sentences or the neighbouring ones of its paragraph (\`src/extract/attribution/learned/pair.ts\`); a content's pieces are joined across punctuation, and across sentences of a paragraph when the later sentence has no source or cue of its own; a content with neither near it is dropped; the rules' statements stand for the sentences where the tagger finds nothing.`,
    "",
    "Measured on PolNeAR dev (first annotator each), as `scripts/eval-attribution.ts` measures:",
    "",
    "| statements | found | content P | content R | content F1 | source accuracy (named) | cue recall |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    row("attribution tagger", run.scores),
    row("rules alone", run.rules),
    "",
    "The unit (sentence or paragraph), the epoch count and the pairing were chosen on held-out training articles (`npx tsx scripts/train-attribution.ts --held-out`: every tenth article), never on dev.",
    `<!-- /${FILE} -->`,
  ].join("\n");
}

export function writeAttributionCard(dir: string, run: AttributionRun): void {
  const path = join(dir, "MODEL-CARD.md");
  const old = existsSync(path) ? readFileSync(path, "utf8") : "";
  const block = new RegExp(`<!-- ${FILE.replace(".", "\\.")} -->[\\s\\S]*?<!-- /${FILE.replace(".", "\\.")} -->`);
  const next = block.test(old) ? old.replace(block, section(run)) : insertFirst(old, section(run));
  writeFileSync(path, next);
}

/** A new section goes before the first model's, where the NER card writer's sorted order puts it. */
function insertFirst(card: string, text: string): string {
  const at = card.indexOf("<!-- ");
  return at < 0 ? `${card}\n${text}\n` : `${card.slice(0, at)}${text}\n\n${card.slice(at)}`;
}
