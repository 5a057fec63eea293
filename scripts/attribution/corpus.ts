// PolNeAR as the attribution tagger's training data: one annotator's reading per article (the first line of each),
// its sentences as the engine splits them, grouped into units, and one gold BIO tag per token.
// Flattening (gold spans nest: an attribution's content may hold another one's source, cue and content): a token
// takes CUE before SOURCE before CONTENT, and among spans of one label the shortest (the innermost); a new span
// starts a new B tag. So "X said that Y warned Z" is SOURCE CUE O SOURCE CUE CONTENT: the inner statement is kept,
// the outer content is cut where the inner attribution's words are.
import { readFileSync } from "node:fs";
import { splitSentences } from "../../src/extract/analysis/sentences";
import type { TaggerUnit } from "../../src/extract/attribution/learned/features";
import { ATTRIBUTION_LABELS } from "../../src/extract/attribution/learned/tag";
import { unitsOf, type UnitKind } from "../../src/extract/attribution/learned/units";
import { OUTSIDE, beginTag, insideTag } from "../../src/extract/tagger/labels";

export interface GoldSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  fragments: [number, number][];
}

export interface PolnearDoc {
  article: string;
  text: string;
  spans: GoldSpan[];
  attributions: { has_source: boolean; source: string | null; cue: string[]; content: string[] }[];
}

export interface TrainingDoc {
  doc: PolnearDoc;
  units: TaggerUnit[];
  tags: Uint8Array[];
}

/** The articles of a PolNeAR split, first annotator each, sorted by article name (a fixed order). */
export function readPolnear(path: string): PolnearDoc[] {
  const docs = new Map<string, PolnearDoc>();
  for (const line of readFileSync(path, "utf8").split("\n").filter(Boolean)) {
    const doc = JSON.parse(line) as PolnearDoc;
    if (!docs.has(doc.article)) docs.set(doc.article, doc);
  }
  return [...docs.values()].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
}

/** Label priority when spans overlap: lower wins. */
const PRIORITY: Record<string, number> = { CUE: 0, SOURCE: 1, CONTENT: 2 };

export function trainingDoc(doc: PolnearDoc, kind: UnitKind): TrainingDoc {
  const units = unitsOf(doc.text, splitSentences(doc.text, "en"), kind);
  const pieces = doc.spans
    .filter((s) => s.label in PRIORITY)
    .flatMap((s) => s.fragments.map(([start, end]) => ({ id: s.id, label: s.label, start, end })));
  const tags = units.map((unit) => {
    const out = new Uint8Array(unit.tokens.length);
    let last: string | null = null;
    unit.tokens.forEach((tok, i) => {
      let best: (typeof pieces)[number] | null = null;
      for (const p of pieces) {
        if (p.start >= tok.end || p.end <= tok.start) continue;
        const better =
          !best ||
          PRIORITY[p.label]! < PRIORITY[best.label]! ||
          (p.label === best.label && p.end - p.start < best.end - best.start);
        if (better) best = p;
      }
      if (!best) {
        out[i] = OUTSIDE;
        last = null;
        return;
      }
      const label = ATTRIBUTION_LABELS.indexOf(best.label as (typeof ATTRIBUTION_LABELS)[number]);
      out[i] = last === best.id ? insideTag(label) : beginTag(label);
      last = best.id;
    });
    return out;
  });
  return { doc, units, tags };
}
