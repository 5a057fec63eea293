// Text → SOURCE, CUE and CONTENT spans with the learned attribution tagger: each unit's feature buckets are looked
// up in the model, Viterbi picks the BIO tags, and each B-X I-X… run becomes one span with offsets into the text.
import { OUTSIDE, isInside, labelOf, tagCount } from "../../tagger/labels";
import type { TaggerModel } from "../../tagger/model";
import { viterbi } from "../../tagger/viterbi";
import { featureIds, type TaggerUnit } from "./features";

export type AttributionLabel = "SOURCE" | "CUE" | "CONTENT";

/** The labels in tag order, as the model file stores them. */
export const ATTRIBUTION_LABELS: readonly AttributionLabel[] = ["SOURCE", "CUE", "CONTENT"];

export interface TaggedSpan {
  start: number;
  end: number;
  label: AttributionLabel;
  /** The unit the span was found in. */
  unit: number;
}

/** The best tags of every unit under the model. */
export function tagUnits(model: TaggerModel, units: readonly TaggerUnit[]): Uint8Array[] {
  const tags = tagCount(model.labels.length);
  return featureIds(units, model.buckets).map((f, u) => {
    const n = units[u]!.tokens.length;
    const emission = new Float32Array(n * tags);
    for (let i = 0; i < n; i++) {
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const row = f.ids[k]! * tags;
        for (let t = 0; t < tags; t++) emission[i * tags + t] += model.weights[row + t]! * model.scale;
      }
    }
    return viterbi({ length: n, tags, emission, transition: model.transition });
  });
}

/** The spans that tagged units describe: a B tag opens one, its I tags extend it. */
export function spansOf(
  units: readonly TaggerUnit[],
  tagged: readonly Uint8Array[],
  labels: readonly string[],
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  units.forEach((unit, u) => {
    let open: TaggedSpan | null = null;
    unit.tokens.forEach((tok, i) => {
      const tag = tagged[u]![i]!;
      if (open && isInside(tag) && labels[labelOf(tag)] === open.label) {
        open.end = tok.end;
        return;
      }
      open = null;
      if (tag !== OUTSIDE)
        out.push((open = { start: tok.start, end: tok.end, label: labels[labelOf(tag)] as AttributionLabel, unit: u }));
    });
  });
  return out;
}
