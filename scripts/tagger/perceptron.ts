// An averaged structured perceptron over hashed feature buckets and BIO tags: decode a sentence with the
// current weights, and where the best sequence differs from the gold one, add the gold tags' features and
// subtract the predicted ones'. Averaging (the weights' mean over every step, kept with the usual
// "w − u/c" bookkeeping) makes it generalise like a regularised model. Deterministic: the caller fixes the order.
import type { SentenceFeatures } from "../../src/extract/tagger/features";
import { OUTSIDE, isInside, labelOf } from "../../src/extract/tagger/labels";
import { viterbi } from "../../src/extract/tagger/viterbi";

export interface TrainSentence {
  f: SentenceFeatures;
  gold: Uint8Array;
  /**
   * Labels its corpus does not annotate (FactRuEval has no PROFESSION): a predicted span of one of them over
   * tokens the gold leaves outside any entity is not an error there.
   */
  unannotated?: ReadonlySet<number>;
}

export class Perceptron {
  readonly w: Float64Array;
  readonly t: Float64Array;
  private readonly wu: Float64Array;
  private readonly tu: Float64Array;
  private c = 1;

  constructor(
    readonly buckets: number,
    readonly tags: number,
  ) {
    this.w = new Float64Array(buckets * tags);
    this.wu = new Float64Array(buckets * tags);
    this.t = new Float64Array((tags + 1) * tags);
    this.tu = new Float64Array((tags + 1) * tags);
  }

  /** The best tags of one sentence under weights `w` and transitions `t` (the current ones by default). */
  decode(f: SentenceFeatures, w: Float64Array = this.w, t: Float64Array = this.t): Uint8Array {
    const tags = this.tags;
    const n = f.offsets.length - 1;
    const emission = new Float64Array(n * tags);
    for (let i = 0; i < n; i++) {
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const row = f.ids[k]! * tags;
        for (let y = 0; y < tags; y++) emission[i * tags + y] += w[row + y]!;
      }
    }
    return viterbi({ length: n, tags, emission, transition: t });
  }

  /** One training step on one sentence. */
  learn({ f, gold: given, unannotated }: TrainSentence): void {
    const pred = this.decode(f);
    const gold = unannotated ? acceptUnannotated(given, pred, unannotated) : given;
    const tags = this.tags;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
          const row = f.ids[k]! * tags;
          this.bump(this.w, this.wu, row + g, 1);
          this.bump(this.w, this.wu, row + p, -1);
        }
      }
      const gPrev = i === 0 ? -1 : gold[i - 1]!;
      const pPrev = i === 0 ? -1 : pred[i - 1]!;
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.t, this.tu, (gPrev + 1) * tags + g, 1);
        this.bump(this.t, this.tu, (pPrev + 1) * tags + p, -1);
      }
    }
    this.c++;
  }

  private bump(w: Float64Array, u: Float64Array, at: number, d: number): void {
    w[at] += d;
    u[at] += this.c * d;
  }

  /** The averaged weights and transitions (what is shipped). */
  averaged(): { w: Float64Array; t: Float64Array } {
    const avg = (w: Float64Array, u: Float64Array) => w.map((x, i) => x - u[i]! / this.c);
    return { w: avg(this.w, this.wu), t: avg(this.t, this.tu) };
  }
}

/**
 * The gold tags with each predicted span of an unannotated label copied in where the gold has only O under it:
 * the update then neither rewards nor punishes that span.
 */
function acceptUnannotated(gold: Uint8Array, pred: Uint8Array, unannotated: ReadonlySet<number>): Uint8Array {
  let out: Uint8Array | null = null;
  for (let i = 0; i < pred.length;) {
    const label = labelOf(pred[i]!);
    let end = i + 1;
    while (end < pred.length && isInside(pred[end]!) && labelOf(pred[end]!) === label) end++;
    if (unannotated.has(label) && gold.subarray(i, end).every((g) => g === OUTSIDE)) {
      out ??= gold.slice();
      out.set(pred.subarray(i, end), i);
    }
    i = end;
  }
  return out ?? gold;
}
