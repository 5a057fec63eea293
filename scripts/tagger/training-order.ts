// What every tagger's training shares before the perceptron sees a sentence: rare features dropped (they would
// only memorise), and a seeded shuffle, so the visiting order — and the model — is the same on every machine.
import type { SentenceFeatures } from "../../src/extract/tagger/features";
import type { TrainSentence } from "./perceptron";

/** The sentences with every feature seen fewer than `min` times among them dropped. */
export function withoutRareFeatures<T extends TrainSentence>(
  sentences: readonly T[],
  buckets: number,
  min: number,
): T[] {
  const counts = new Uint32Array(buckets);
  for (const s of sentences) for (const id of s.f.ids) counts[id]++;
  return sentences.map((s) => ({ ...s, f: keepFrequent(s.f, counts, min) }));
}

function keepFrequent(f: SentenceFeatures, counts: Uint32Array, min: number): SentenceFeatures {
  const offsets = new Uint32Array(f.offsets.length);
  const ids: number[] = [];
  // Training reads every feature alike: none is set apart as the word's own.
  const own = new Uint16Array(f.own.length);
  for (let i = 0; i + 1 < f.offsets.length; i++) {
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) if (counts[f.ids[k]!]! >= min) ids.push(f.ids[k]!);
    offsets[i + 1] = ids.length;
  }
  return { offsets, ids: Uint32Array.from(ids), own };
}

/** Shuffles an array in place, each call drawing on one seeded stream (mulberry32). */
export function seededShuffle(seed: number): (a: number[]) => void {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
  };
}
