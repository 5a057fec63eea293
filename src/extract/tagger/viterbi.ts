// First-order Viterbi decoding of one sentence: the best BIO tag sequence under per-token tag scores and
// tag-to-tag transition scores, never passing a transition labels.ts forbids (I-X after O or after another type).
import { allowed } from "./labels";

/**
 * Scores of one sentence for decoding. `emission[i * tags + t]`: token i with tag t. `transition[(p + 1) * tags + t]`:
 * tag t after tag p; row 0 (p = -1) holds the scores of starting the sentence with t.
 */
export interface Lattice {
  length: number;
  tags: number;
  emission: Float32Array | Float64Array;
  transition: Float32Array | Float64Array;
}

/** Each transition table with its forbidden transitions at -Infinity: made once per model, not per sentence. */
const masked = new WeakMap<Lattice["transition"], Float64Array>();

function maskedTransition(transition: Lattice["transition"], tags: number): Float64Array {
  let trans = masked.get(transition);
  if (trans) return trans;
  trans = new Float64Array(transition.length);
  for (let p = -1; p < tags; p++) {
    for (let t = 0; t < tags; t++) {
      const k = (p + 1) * tags + t;
      trans[k] = allowed(p, t) ? transition[k]! : -Infinity;
    }
  }
  masked.set(transition, trans);
  return trans;
}

/** The best tag per token (an empty array for an empty sentence). */
export function viterbi({ length, tags, emission, transition }: Lattice): Uint8Array {
  const out = new Uint8Array(length);
  if (length === 0) return out;
  // Forbidden transitions score -Infinity, so the inner loop needs no test.
  const trans = maskedTransition(transition, tags);
  let score = new Float64Array(tags);
  let next = new Float64Array(tags);
  const back = new Uint8Array(length * tags);
  for (let t = 0; t < tags; t++) score[t] = trans[t]! + emission[t]!;
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < tags; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < tags; p++) {
        const s = score[p]! + trans[(p + 1) * tags + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[t] = best + emission[i * tags + t]!;
      back[i * tags + t] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let t = 1; t < tags; t++) if (score[t]! > score[last]!) last = t;
  out[length - 1] = last;
  for (let i = length - 1; i > 0; i--) out[i - 1] = back[i * tags + out[i]!]!;
  return out;
}
