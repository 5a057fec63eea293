// `npm run eval`: the engine's quality on every labelled fixture page and on the FactRuEval-2016 dev set,
// scored by the shared tools (score-page.mjs, score-ner.mjs), printed as one table; then the learned tagger and the
// engine's mentions on each corpus's development split, attribution on PolNeAR and roles on NEREL.
//   npx tsx scripts/eval.ts [--fixtures DIR] [--devset FILE]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractFromHtml, extractFromText } from "../src/index";
import { engineNerReport } from "./eval-engine-ner";
import { taggerReport } from "./tagger/report";

const SHARED = join(import.meta.dirname, "../../shared");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const FIXTURES = arg("--fixtures", join(SHARED, "fixtures/pages"));
const DEVSET = arg("--devset", join(SHARED, "data/factrueval2016/devset.jsonl"));
const TOOLS = join(SHARED, "tools");
/** The forecast on the reference page that must never be marked as an option. */
const REFERENCE_PAGE = "caravan-rare-earths";
const FORECAST = "можно ожидать, что иностранцы";

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  leaks: string[];
  negativesHit?: string[];
  proposerAccuracy?: number | null;
}
interface PageScore {
  experts: Prf;
  organisations: Prf;
  policyOptions: Prf;
  peopleLeaks: string[];
}

const tmp = mkdtempSync(join(tmpdir(), "policylens-eval-"));
const f2 = (x: number | null | undefined) => (x == null ? "  -  " : x.toFixed(2));
const rows: string[][] = [];
const english: PageScore[] = [];
const every: PageScore[] = [];
let forecastMarked = false;

for (const page of readdirSync(FIXTURES).sort()) {
  const dir = join(FIXTURES, page);
  if (!existsSync(join(dir, "gold.json"))) continue;
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  const result = extractFromHtml(readFileSync(join(dir, "source.html"), "utf8"), { url: gold.url ?? null });
  const predPath = join(tmp, `${page}.json`);
  writeFileSync(predPath, JSON.stringify(result));
  const s: PageScore = JSON.parse(
    execFileSync("node", [join(TOOLS, "score-page.mjs"), join(dir, "gold.json"), predPath, "--json"], {
      encoding: "utf8",
    }),
  );
  if (page === REFERENCE_PAGE) forecastMarked = result.policyOptions.some((o) => o.text.includes(FORECAST));
  if (gold.lang === "en") english.push(s);
  every.push(s);
  const leaks = [...s.experts.leaks, ...s.organisations.leaks, ...s.policyOptions.leaks, ...s.peopleLeaks];
  rows.push([
    page,
    gold.lang,
    f2(s.experts.f1),
    f2(s.organisations.f1),
    f2(s.policyOptions.f1),
    f2(s.policyOptions.proposerAccuracy),
    String(leaks.length),
    leaks.join(", "),
  ]);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
/** A macro-average row: each page counts once, whatever its size (issue 13's floors are set on these). */
function averageRow(label: string, lang: string, pages: PageScore[]): string[] {
  const leaks = pages.reduce(
    (n, s) =>
      n + s.experts.leaks.length + s.organisations.leaks.length + s.policyOptions.leaks.length + s.peopleLeaks.length,
    0,
  );
  return [
    `${label} macro-average (${pages.length})`,
    lang,
    f2(mean(pages.map((s) => s.experts.f1))),
    f2(mean(pages.map((s) => s.organisations.f1))),
    f2(mean(pages.map((s) => s.policyOptions.f1))),
    "",
    String(leaks),
    "",
  ];
}
if (english.length) rows.push(averageRow("English", "en", english));
if (every.length > english.length) rows.push(averageRow("All pages", "", every));

// FactRuEval: the batch path of the CLI, in process.
let ner: { PER: { overlap: Prf; strict: Prf }; ORG: { overlap: Prf; strict: Prf }; orgOnPlace: number } | null = null;
if (existsSync(DEVSET)) {
  const lines = readFileSync(DEVSET, "utf8")
    .split("\n")
    .filter((l) => l.trim());
  const pred = lines.map((l) => {
    const { id, text } = JSON.parse(l);
    return JSON.stringify({ id, ...extractFromText(text) });
  });
  const predPath = join(tmp, "factrueval.jsonl");
  writeFileSync(predPath, pred.join("\n") + "\n");
  ner = JSON.parse(
    execFileSync("node", [join(TOOLS, "score-ner.mjs"), DEVSET, predPath, "--json"], { encoding: "utf8" }),
  );
}

const header = ["page", "lang", "experts F1", "orgs F1", "options F1", "proposer acc", "leaks", "leaked names"];
const table = [header, ...rows];
const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length)));
const line = (r: string[]) =>
  r
    .map((c, i) => (c ?? "").padEnd(widths[i]!))
    .join("  ")
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log(
  `\nreference page: the forecast "${FORECAST}…" ${forecastMarked ? "IS MARKED (wrong)" : "not marked (right)"}`,
);
if (ner) {
  const p = (r: Prf) => `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`;
  console.log(`FactRuEval dev set, overlap match: PER ${p(ner.PER.overlap)} | ORG ${p(ner.ORG.overlap)}`);
  console.log(
    `FactRuEval dev set, strict match:  PER ${p(ner.PER.strict)} | ORG ${p(ner.ORG.strict)}  (organisations on places: ${ner.orgOnPlace})`,
  );
} else {
  console.log(`FactRuEval dev set not found at ${DEVSET}`);
}

// The learned tagger alone on the development sets, then the engine (rules + tagger) beside the rules alone.
console.log("");
for (const l of taggerReport()) console.log(l);
console.log("");
for (const l of engineNerReport()) console.log(l);

// Attribution on PolNeAR's dev split.
console.log("");
await import("./eval-attribution");

// Roles on NEREL's dev split: how often our role for a person covers a WORKS_AS profession of theirs.
console.log("");
await import("./eval-roles");
