// Attribution measured on PolNeAR's dev split (English political news with every attribution marked: source, cue,
// content): content spans found (overlap F1), for each found content whose gold source is named, whether our source
// overlaps it (accuracy), and the share of gold cue words our cues cover (recall). Needs ../shared.
//   npx tsx scripts/eval-attribution.ts [--polnear FILE]   (also run by `npm run eval`)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attributionsOf } from "../src/extract/attributions";
import { taggerModels } from "../src/tagger-models";

/** The engine as the product runs it: with the packaged tagger models. */
const tagger = taggerModels();

interface Span {
  start: number;
  end: number;
}
interface GoldSpan extends Span {
  id: string;
  label: "SOURCE" | "CUE" | "CONTENT";
  fragments: [number, number][];
}
interface GoldDoc {
  article: string;
  text: string;
  spans: GoldSpan[];
  attributions: { has_source: boolean; source: string | null; cue: string[]; content: string[] }[];
}

/** The floors on the dev split. */
const FLOORS = { contentF1: 0.7, sourceAccuracy: 0.8 };

const i = process.argv.indexOf("--polnear");
const FILE = i > 0 ? process.argv[i + 1]! : join(import.meta.dirname, "../../shared/data/polnear/dev.jsonl");
if (!existsSync(FILE)) {
  console.log(`PolNeAR dev split not found at ${FILE}: attribution not measured`);
  process.exit(0);
}

// One annotator's reading per article (the split has a line per article and annotator): the first one.
const docs = new Map<string, GoldDoc>();
for (const line of readFileSync(FILE, "utf8").split("\n").filter(Boolean)) {
  const doc = JSON.parse(line) as GoldDoc;
  if (!docs.has(doc.article)) docs.set(doc.article, doc);
}

const overlaps = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const pieces = (s: GoldSpan): Span[] => s.fragments.map(([start, end]) => ({ start, end }));

let predicted = 0;
let gold = 0;
let matched = 0;
let named = 0;
let sourceRight = 0;
let cues = 0;
let cuesFound = 0;
for (const doc of docs.values()) {
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  const spansOf = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? pieces(byId.get(id)!) : []));
  const wanted = doc.attributions
    .map((a) => ({ content: spansOf(a.content), source: a.has_source && a.source ? spansOf([a.source]) : null }))
    .filter((a) => a.content.length > 0);
  const found = attributionsOf(doc.text, { lang: "en", tagger });
  predicted += found.length;
  gold += wanted.length;
  // Each gold statement matches at most one of ours and the other way round, first come first served.
  const taken = new Set<number>();
  for (const w of wanted) {
    const k = found.findIndex((f, j) => !taken.has(j) && overlaps([f.content], w.content));
    if (k < 0) continue;
    taken.add(k);
    matched++;
    if (!w.source) continue;
    named++;
    if (found[k]!.source && overlaps([found[k]!.source!], w.source)) sourceRight++;
  }
  const ourCues = found.flatMap((f) => f.cue);
  for (const id of doc.attributions.flatMap((a) => a.cue)) {
    const cue = byId.get(id);
    if (!cue) continue;
    cues++;
    if (overlaps(pieces(cue), ourCues)) cuesFound++;
  }
}

const precision = matched / Math.max(1, predicted);
const recall = matched / Math.max(1, gold);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
const accuracy = sourceRight / Math.max(1, named);
const mark = (value: number, floor: number) =>
  `${value.toFixed(3)} (floor ${floor}: ${value >= floor ? "met" : "NOT met"})`;
console.log(`PolNeAR dev (${docs.size} articles, first annotator each; ${gold} attributions, ${predicted} found):`);
console.log(`  content overlap: P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${mark(f1, FLOORS.contentF1)}`);
console.log(
  `  source accuracy on found contents with a named source (${named}): ${mark(accuracy, FLOORS.sourceAccuracy)}`,
);
console.log(`  cue recall: ${(cuesFound / Math.max(1, cues)).toFixed(3)} (${cuesFound} of ${cues})`);
