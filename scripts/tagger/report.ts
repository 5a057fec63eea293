// The tagger's development figures as printed lines: each committed model on each development set, overlap and
// exact F1 per label beside the floors of issue 13, PER and ORG recounted by ../shared/tools/score-ner.mjs as a
// check on our own counting, and the tagging time per 1,000 words. Used by scripts/eval-tagger.ts and
// scripts/eval.ts; needs ../shared.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeModel } from "../../src/extract/tagger/model";
import { loadCorpus, type Corpus } from "./corpus";
import { evaluate, type Evaluation } from "./evaluate";
import type { LabelScore } from "./score";
import { TAGGERS, foldedName } from "./specs";

const MODELS = join(import.meta.dirname, "../../models");
const SCORE_NER = join(import.meta.dirname, "../../../shared/tools/score-ner.mjs");

/** Issue 13's floors: overlap F1 per development set and label. */
export const FLOORS: Record<string, Record<string, number>> = {
  "CoNLL-2003 valid": { PER: 0.92, ORG: 0.85 },
  "NEREL dev": { PER: 0.93, ORG: 0.8, PROFESSION: 0.8 },
  "FactRuEval-2016 devset": { PER: 0.94, ORG: 0.8 },
};

const f3 = (x: number) => x.toFixed(3);
/** Width of the corpus column: the longest name, "FactRuEval-2016 devset (5-fold)". */
const CORPUS_WIDTH = 31;

export function taggerReport(): string[] {
  const out = ["Learned tagger (models/*.bin) on the development sets: overlap and exact F1 per label"];
  out.push(
    `${"corpus".padEnd(CORPUS_WIDTH)}  label       overlap P  R      F1     exact F1  floor   gold   flat ceiling`,
    `${"-".repeat(CORPUS_WIDTH)}  ----------  ---------  -----  -----  --------  ------  -----  ------------`,
  );
  const tmp = mkdtempSync(join(tmpdir(), "policylens-tagger-"));
  for (const spec of TAGGERS) {
    const path = join(MODELS, spec.file);
    if (!existsSync(path)) {
      out.push(`${spec.file}: missing (npm run train)`);
      continue;
    }
    const model = decodeModel(readFileSync(path));
    for (const d of spec.dev) {
      if (d.folds) {
        out.push(...kFoldRows(spec.file, foldedName(d)));
        continue;
      }
      if (!existsSync(d.path)) {
        out.push(`${d.name}: not found at ${d.path}`);
        continue;
      }
      const corpus = loadCorpus(d.path, d.name, d.map, spec.lang, spec.labels);
      const e = evaluate(model, corpus, spec.labels);
      for (const label of spec.labels) out.push(row(e.corpus, label, e.scores[label]!, e.ceiling[label]!));
      out.push(`  ${crossCheck(corpus, e, tmp)}`);
      out.push(
        `  tagging: ${e.msPer1000Words.toFixed(2)} ms wall, ${e.cpuMsPer1000Words.toFixed(2)} ms CPU per 1,000 words (Node via tsx, tokens and sentences given, warm; target 5 ms)`,
      );
    }
  }
  return out;
}

function row(corpus: string, label: string, s: LabelScore, ceiling: LabelScore): string {
  const gold = s.overlap.tp + s.overlap.fn;
  if (gold === 0) return `${corpus.padEnd(CORPUS_WIDTH)}  ${label.padEnd(10)}  (no gold spans of this label)`;
  const figures = [s.overlap.precision, s.overlap.recall, s.overlap.f1, s.strict.f1].map(f3);
  return formatRow(corpus, label, figures, s.overlap.f1, String(gold), f3(ceiling.overlap.f1));
}

/** One table row; `figures` are overlap P, R, F1 and exact F1 as printed. */
function formatRow(
  corpus: string,
  label: string,
  figures: string[],
  f1: number,
  gold: string,
  ceiling: string,
): string {
  const [p, r, f, exact] = figures;
  const floor = FLOORS[corpus.replace(/ \(\d+-fold\)$/, "")]?.[label];
  const verdict = floor === undefined ? "" : f1 >= floor ? `≥${floor.toFixed(2)}` : `<${floor.toFixed(2)}!`;
  return `${corpus.padEnd(CORPUS_WIDTH)}  ${label.padEnd(10)}  ${p!.padStart(9)}  ${r}  ${f}  ${exact!.padStart(8)}  ${verdict.padEnd(6)}  ${gold.padEnd(5)}  ${ceiling}`;
}

/**
 * A set the model was trained on cannot be scored with it: its k-fold figures, which only training can compute
 * (npm run train), are read back from the model card.
 */
function kFoldRows(file: string, corpus: string): string[] {
  const card = join(MODELS, "MODEL-CARD.md");
  const section = existsSync(card) ? /<!-- (\S+) -->[\s\S]*?<!-- \/\1 -->/g : null;
  const text = section ? [...readFileSync(card, "utf8").matchAll(section)].find((m) => m[1] === file)?.[0] : undefined;
  const rows = (text ?? "")
    .split("\n")
    .filter((l) => l.startsWith(`| ${corpus} |`))
    .map((l) => l.split("|").map((c) => c.trim()));
  if (rows.length === 0) return [`${corpus}: trained on, and no k-fold figures in the model card (npm run train)`];
  return [
    ...rows.map(([, , label, p, r, f, exact, gold, ceiling]) =>
      formatRow(corpus, label!, [p!, r!, f!, exact!], Number(f), gold!, ceiling!.split(" / ")[0]!),
    ),
    `  trained on: k-fold figures as npm run train measured them (models/MODEL-CARD.md), not recomputed here`,
  ];
}

/** PER and ORG scored again by score-ner.mjs from files in its own formats; says whether the figures agree. */
function crossCheck(corpus: Corpus, e: Evaluation, tmp: string): string {
  if (!existsSync(SCORE_NER)) return "score-ner.mjs not found: no cross-check";
  const slug = corpus.name.replace(/\W+/g, "-");
  const goldPath = join(tmp, `${slug}-gold.jsonl`);
  const predPath = join(tmp, `${slug}-pred.jsonl`);
  writeFileSync(goldPath, corpus.docs.map((d) => JSON.stringify({ id: d.id, entities: d.gold })).join("\n") + "\n");
  const mentionsOf = (spans: Evaluation["predictions"][number]["spans"], label: string) =>
    spans.filter((s) => s.label === label).map((s) => ({ mentions: [{ start: s.start, end: s.end }] }));
  const pred = e.predictions.map((p) =>
    JSON.stringify({ id: p.id, people: mentionsOf(p.spans, "PER"), organisations: mentionsOf(p.spans, "ORG") }),
  );
  writeFileSync(predPath, pred.join("\n") + "\n");
  const theirs = JSON.parse(
    execFileSync("node", [SCORE_NER, goldPath, predPath, "--json"], { encoding: "utf8" }),
  ) as Record<string, LabelScore>;
  const figures = ["PER", "ORG"].flatMap((l) => [
    [theirs[l]!.overlap.f1, e.scores[l]!.overlap.f1],
    [theirs[l]!.strict.f1, e.scores[l]!.strict.f1],
  ]);
  const agree = figures.every(([a, b]) => Math.abs(a! - b!) < 1e-9);
  return `score-ner.mjs: PER ${f3(theirs.PER!.overlap.f1)}/${f3(theirs.PER!.strict.f1)}, ORG ${f3(theirs.ORG!.overlap.f1)}/${f3(theirs.ORG!.strict.f1)} (overlap/exact): ${agree ? "agrees" : "DISAGREES with the table"}`;
}
