// Strict and overlap precision, recall and F1 of predicted spans per label, counted exactly as
// ../shared/tools/score-ner.mjs counts PER and ORG (strict: same start and end; overlap: each gold span matched
// once, a second predicted piece of an already found span is neither right nor wrong), for any label.
import type { Span } from "./corpus";

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface LabelScore {
  strict: Prf;
  overlap: Prf;
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
};

export function scoreLabel(docs: readonly { gold: Span[]; pred: Span[] }[], label: string): LabelScore {
  const strict = [0, 0, 0];
  const overlap = [0, 0, 0];
  for (const doc of docs) {
    const g = doc.gold.filter((e) => e.label === label);
    const seen = new Set<string>();
    const pr = doc.pred.filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (s.label !== label || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const gk = new Set(g.map((e) => `${e.start}:${e.end}`));
    const hit = pr.filter((s) => gk.has(`${s.start}:${s.end}`)).length;
    strict[0] += hit;
    strict[1] += pr.length - hit;
    strict[2] += g.length - hit;
    const used = new Set<number>();
    for (const s of pr) {
      const i = g.findIndex((e, j) => !used.has(j) && e.start < s.end && s.start < e.end);
      if (i >= 0) {
        used.add(i);
        overlap[0]++;
      } else if (!g.some((e) => e.start < s.end && s.start < e.end)) overlap[1]++;
    }
    overlap[2] += g.length - used.size;
  }
  return { strict: prf(strict[0]!, strict[1]!, strict[2]!), overlap: prf(overlap[0]!, overlap[1]!, overlap[2]!) };
}
