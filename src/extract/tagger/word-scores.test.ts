import { describe, expect, it } from "vitest";
import { FEATURE_VERSION, SLOTS, wordIds } from "./features";
import { tagCount } from "./labels";
import type { TaggerModel } from "./model";
import { WordScores } from "./word-scores";

/** A small model whose every weight differs, so a wrong row or a row summed twice shows in the scores. */
function model(): TaggerModel {
  const buckets = 2 ** 12;
  const tags = tagCount(2);
  const weights = Int16Array.from({ length: buckets * tags }, (_, i) => ((i * 7919) % 2001) - 1000);
  const transition = new Float32Array((tags + 1) * tags);
  return {
    lang: "ru",
    labels: ["PER", "ORG"],
    featureVersion: FEATURE_VERSION,
    buckets,
    scale: 1,
    weights,
    transition,
  };
}

/** A word's row as it should be: its own features' summed weights, then each slot's, added up directly. */
function expected(m: TaggerModel, word: string | null): number[] {
  const tags = tagCount(m.labels.length);
  const { own, slots } = wordIds(word, "ru", m.buckets);
  const sum = (ids: Uint32Array) =>
    Array.from({ length: tags }, (_, t) => [...ids].reduce((a, id) => a + m.weights[id * tags + t]!, 0));
  return [...sum(own), ...slots.flatMap((ids) => sum(ids))];
}

const rowAt = (s: WordScores, offset: number) => [...s.pool.subarray(offset, offset + s.stride)];

describe("WordScores", () => {
  const words = ["Минфин", "считает", "Рысмамбетов", "налог", "реформу", "банк"];

  it("holds each word's own and slot sums, and the sentence edge's", () => {
    const m = model();
    const s = new WordScores(m);
    expect(s.stride).toBe((1 + SLOTS.length) * tagCount(2));
    s.reserve(words.length);
    const offsets = words.map((w) => s.offsetOf(w));
    words.forEach((w, i) => expect(rowAt(s, offsets[i]!)).toEqual(expected(m, w)));
    expect(rowAt(s, s.edge)).toEqual(expected(m, null));
  });

  it("gives a word kept already its same row, and keeps rows through the pool's growth", () => {
    const m = model();
    const s = new WordScores(m);
    s.reserve(1);
    const first = s.offsetOf("Минфин");
    const many = Array.from({ length: 3000 }, (_, i) => `слово${i}`);
    s.reserve(many.length);
    many.forEach((w) => s.offsetOf(w));
    expect(s.offsetOf("Минфин")).toBe(first);
    expect(rowAt(s, first)).toEqual(expected(m, "Минфин"));
    expect(rowAt(s, s.offsetOf("слово2999"))).toEqual(expected(m, "слово2999"));
  });

  it("forgets every word at once past its limit, never a row a sentence still reads", () => {
    const m = model();
    const s = new WordScores(m, 4);
    s.reserve(3);
    const before = words.slice(0, 3).map((w) => s.offsetOf(w));
    // Two more would make five: the three kept are forgotten before the sentence is read, not while.
    s.reserve(2);
    const after = words.slice(3, 5).map((w) => s.offsetOf(w));
    expect(after).toEqual(before.slice(0, 2));
    words.slice(3, 5).forEach((w, i) => expect(rowAt(s, after[i]!)).toEqual(expected(m, w)));
    // A forgotten word is summed again when it comes back.
    s.reserve(1);
    expect(rowAt(s, s.offsetOf(words[0]!))).toEqual(expected(m, words[0]!));
  });
});
