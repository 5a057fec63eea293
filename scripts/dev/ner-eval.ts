// Dev: FactRuEval dev set → predicted JSONL via extractFromText → score-ner. Usage: npx tsx scripts/dev/ner-eval.ts [--fp]
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { extractFromText } from "../../src/index";

const GOLD = "/work/shared/data/factrueval2016/devset.jsonl";
/** A labelled mention in the corpus. */
interface GoldEntity {
  label: string;
  start: number;
  end: number;
  text: string;
}
const docs = readFileSync(GOLD, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string; entities: GoldEntity[] });
const lines: string[] = [];
const fp = new Map<string, number>(),
  fn = new Map<string, number>();
let ms = 0;
for (const d of docs) {
  const t0 = performance.now();
  const r = extractFromText(d.text, { lang: "ru" });
  ms += performance.now() - t0;
  lines.push(JSON.stringify({ id: d.id, people: r.people, organisations: r.organisations }));
  const gold = d.entities.filter((e) => e.label === "PER");
  const pred = r.people.flatMap((p) => p.mentions);
  for (const m of pred)
    if (!gold.some((g) => g.start < m.end && m.start < g.end)) fp.set(m.text, (fp.get(m.text) ?? 0) + 1);
  for (const g of gold)
    if (!pred.some((m) => g.start < m.end && m.start < g.end)) fn.set(g.text, (fn.get(g.text) ?? 0) + 1);
}
writeFileSync("/tmp/ner-pred.jsonl", lines.join("\n") + "\n");
console.log(`engine total ${ms.toFixed(0)} ms`);
console.log(execFileSync("node", ["/work/shared/tools/score-ner.mjs", GOLD, "/tmp/ner-pred.jsonl"]).toString());
if (process.argv.includes("--fp")) {
  console.log(
    "FP:",
    [...fp]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}×${v}`)
      .join(", "),
  );
  console.log(
    "FN:",
    [...fn]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}×${v}`)
      .join(", "),
  );
}
