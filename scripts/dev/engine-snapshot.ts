// Dev: the engine's whole output over every page and text we have, one JSON line each, for proving that a
// refactor changed nothing. Usage: npx tsx scripts/dev/engine-snapshot.ts OUT.jsonl, then `cmp` two runs.
// Needs ../shared (Readability's test pages, the fixture pages, FactRuEval dev, NEREL dev, CoNLL valid).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { extractFromHtml, extractFromText } from "../../src/index";

const SHARED = join(import.meta.dirname, "../../../shared");
const out = process.argv[2];
if (!out) throw new Error("usage: engine-snapshot.ts OUT.jsonl");
if (!existsSync(SHARED)) throw new Error(`${SHARED} is missing: this script needs ../shared`);

const lines: string[] = [];
const pageDirs = [
  join(SHARED, "data/readability-pages"),
  join(SHARED, "fixtures/pages"),
  join(import.meta.dirname, "../../test/pages"),
];
for (const root of pageDirs) {
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name, "source.html");
    if (!existsSync(file)) continue;
    const goldFile = join(root, name, "gold.json");
    const url = existsSync(goldFile)
      ? (JSON.parse(readFileSync(goldFile, "utf8")).url ?? null)
      : `https://example.org/${name}`;
    const result = extractFromHtml(readFileSync(file, "utf8"), { url });
    lines.push(JSON.stringify({ page: `${root.split("/").slice(-2).join("/")}/${name}`, result }));
  }
}
const corpora = ["factrueval2016/devset.jsonl", "nerel/dev.jsonl", "conll2003/valid.jsonl"];
for (const corpus of corpora) {
  const docs = readFileSync(join(SHARED, "data", corpus), "utf8")
    .split("\n")
    .filter(Boolean);
  for (const line of docs) {
    const doc = JSON.parse(line) as { id: string; text: string };
    lines.push(JSON.stringify({ doc: `${corpus}#${doc.id}`, result: extractFromText(doc.text) }));
  }
}
const body = lines.join("\n") + "\n";
writeFileSync(out, body);
console.log(`${lines.length} outputs, sha256 ${createHash("sha256").update(body).digest("hex")}`);
