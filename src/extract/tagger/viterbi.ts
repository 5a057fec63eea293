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

/**
 * Per tag count, which transitions labels.ts forbids, as a table like `transition`: made once, not per sentence.
 * Only this is kept, not the masked scores: a perceptron in training changes its transition table in place, and
 * scores kept from an earlier step would decode every later sentence with stale transitions.
 */
const forbiddenByTags = new Map<number, Uint8Array>();

function forbidden(tags: number): Uint8Array {
  let table = forbiddenByTags.get(tags);
  if (table) return table;
  table = new Uint8Array((tags + 1) * tags);
  for (let p = -1; p < tags; p++) for (let t = 0; t < tags; t++) table[(p + 1) * tags + t] = allowed(p, t) ? 0 : 1;
  forbiddenByTags.set(tags, table);
  return table;
}

/** The transition scores with the forbidden transitions at -Infinity, so the inner loop needs no test. */
function maskedTransition(transition: Lattice["transition"], tags: number): Float64Array {
  const no = forbidden(tags);
  const trans = new Float64Array(no.length);
  for (let k = 0; k < no.length; k++) trans[k] = no[k] ? -Infinity : transition[k]!;
  return trans;
}

/** The best tag per token (an empty array for an empty sentence). */
export function viterbi({ length, tags, emission, transition }: Lattice): Uint8Array {
  const out = new Uint8Array(length);
  if (length === 0) return out;
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
