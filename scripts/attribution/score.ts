// Attribution scored against PolNeAR's gold: content spans found (overlap F1, each gold statement matching at most
// one of ours and the other way round, first come first served), for each found content whose gold source is named
// whether our source overlaps it (accuracy), and the share of gold cues our cues overlap (recall).
import { attributionsOf, type PlainTextOptions } from "../../src/extract/attributions";
import type { GoldSpan, PolnearDoc } from "./corpus";

interface Span {
  start: number;
  end: number;
}

export interface AttributionScores {
  articles: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** Found contents whose gold source is named. */
  named: number;
  sourceAccuracy: number;
  cues: number;
  cuesFound: number;
  cueRecall: number;
}

const overlaps = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const pieces = (s: GoldSpan): Span[] => s.fragments.map(([start, end]) => ({ start, end }));

export function scoreAttributions(docs: readonly PolnearDoc[], options: PlainTextOptions): AttributionScores {
  let predicted = 0;
  let gold = 0;
  let matched = 0;
  let named = 0;
  let sourceRight = 0;
  let cues = 0;
  let cuesFound = 0;
  for (const doc of docs) {
    const byId = new Map(doc.spans.map((s) => [s.id, s]));
    const spansOf = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? pieces(byId.get(id)!) : []));
    const wanted = doc.attributions
      .map((a) => ({ content: spansOf(a.content), source: a.has_source && a.source ? spansOf([a.source]) : null }))
      .filter((a) => a.content.length > 0);
    const found = attributionsOf(doc.text, { lang: "en", ...options });
    predicted += found.length;
    gold += wanted.length;
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
  return {
    articles: docs.length,
    gold,
    predicted,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    named,
    sourceAccuracy: sourceRight / Math.max(1, named),
    cues,
    cuesFound,
    cueRecall: cuesFound / Math.max(1, cues),
  };
}
