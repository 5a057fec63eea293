// Writes src/extract/attribution/learned/cue-words.ts: the words PolNeAR train's annotators mark as (part of) a cue
// often enough and in a large enough share of their occurrences. A word list, not corpus text; the attribution
// tagger reads it as a feature (a cue word, and how far the nearest one is). Deterministic; rerun by hand when the
// corpus changes (a change of the list is a change of ATTRIBUTION_FEATURE_VERSION, and a retrain).
//   npx tsx scripts/attribution/cue-lexicon.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPolnear } from "./corpus";

/** Times a word must be marked as a cue. */
const MIN_CUE_COUNT = 8;
/** Share of a word's occurrences inside a cue. */
const MIN_CUE_SHARE = 0.25;
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

const docs = readPolnear(join(import.meta.dirname, "../../../shared/data/polnear/train.jsonl"));
const inCue = new Map<string, number>();
const all = new Map<string, number>();
const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
for (const doc of docs) {
  for (const m of doc.text.matchAll(WORD)) bump(all, m[0].toLowerCase());
  for (const s of doc.spans)
    if (s.label === "CUE")
      for (const m of doc.text.slice(s.start, s.end).matchAll(WORD)) bump(inCue, m[0].toLowerCase());
}
const words = [...inCue]
  .filter(([w, n]) => n >= MIN_CUE_COUNT && n / (all.get(w) ?? Infinity) >= MIN_CUE_SHARE)
  .map(([w]) => w)
  .sort();
const lines = [];
for (let i = 0, line = ""; i <= words.length; i++) {
  if (i === words.length || line.length + words[i]!.length > 100) {
    lines.push(`    ${JSON.stringify(line.trim())}`);
    line = "";
  }
  if (i < words.length) line += ` ${words[i]}`;
}
writeFileSync(
  join(import.meta.dirname, "../../src/extract/attribution/learned/cue-words.ts"),
  `// Words PolNeAR train's annotators mark as (part of) an attribution cue in at least ${MIN_CUE_SHARE * 100}% of their
// occurrences and at least ${MIN_CUE_COUNT} times: a feature of the attribution tagger. Written by
// scripts/attribution/cue-lexicon.ts; do not edit by hand.

export const CUE_WORDS: ReadonlySet<string> = new Set(
  [
${lines.join(",\n")},
  ]
    .join(" ")
    .split(" "),
);
`,
);
console.log(`${words.length} cue words`);
