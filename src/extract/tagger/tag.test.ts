import { describe, expect, it } from "vitest";
import { FEATURE_VERSION, bucketOf } from "./features";
import { beginTag, insideTag, tagCount } from "./labels";
import type { TaggerModel } from "./model";
import { docOf, spansOf, tagText } from "./tag";

describe("spansOf", () => {
  const text = "Экономист Расул Рысмамбетов из Минфина считает";
  const doc = docOf(text, [{ start: 0, end: text.length }]);
  const labels = ["PER", "ORG", "PROFESSION"];
  const [PER, ORG, PROF] = [0, 1, 2];
  it.each([
    {
      name: "B I runs become spans with text offsets",
      tags: [beginTag(PROF), beginTag(PER), insideTag(PER), 0, beginTag(ORG), 0],
      spans: [
        { start: 0, end: 9, label: "PROFESSION" },
        { start: 10, end: 27, label: "PER" },
        { start: 31, end: 38, label: "ORG" },
      ],
    },
    {
      name: "a B after a B starts a new span",
      tags: [0, beginTag(PER), beginTag(PER), 0, 0, 0],
      spans: [
        { start: 10, end: 15, label: "PER" },
        { start: 16, end: 27, label: "PER" },
      ],
    },
  ])("$name", ({ tags, spans }) => {
    expect(spansOf(doc, [Uint8Array.from(tags)], labels, "ru")).toEqual(spans);
  });
});

describe("tagText", () => {
  /** A model with one weight: the feature `feature` votes B-PER with `weight`; everything else scores 0 (O wins ties). */
  function oneWeight(feature: string, weight: number): TaggerModel {
    const buckets = 2 ** 16;
    const tags = tagCount(1);
    const weights = new Int16Array(buckets * tags);
    weights[bucketOf(feature, buckets) * tags + beginTag(0)] = weight;
    const transition = new Float32Array((tags + 1) * tags);
    return { lang: "en", labels: ["PER"], featureVersion: FEATURE_VERSION, buckets, scale: 1, weights, transition };
  }
  const text = "Whale whisperer Hori Parata said.";
  const all = [{ start: 0, end: text.length }];
  const parata = [{ start: 21, end: 27, label: "PER" }];

  it.each([
    ["a word's own feature (kept per word)", "w=Parata", 10, parata],
    ["a context feature", "l-1=hori", 10, parata],
    ["a negative weight", "w=Parata", -10, []],
  ])("tags by %s", (_name, feature, weight, spans) => {
    expect(tagText(oneWeight(feature, weight as number), text, all)).toEqual(spans);
  });

  it("keeps each model's word scores apart, and gives the same spans again", () => {
    const yes = oneWeight("w=Parata", 10);
    const no = oneWeight("w=Parata", -10);
    expect(tagText(yes, text, all)).toEqual(parata);
    expect(tagText(no, text, all)).toEqual([]);
    expect(tagText(yes, text, all)).toEqual(parata);
  });
});
