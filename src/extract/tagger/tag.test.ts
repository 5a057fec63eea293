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
    expect(spansOf(doc, [Uint8Array.from(tags)], labels)).toEqual(spans);
  });
});

describe("tagText", () => {
  it("tags by the weights of the hashed features", () => {
    // One weight: the word "Parata" (feature "w=Parata") votes B-PER; every other token stays O.
    const buckets = 1024;
    const tags = tagCount(1);
    const weights = new Int16Array(buckets * tags);
    weights[bucketOf("w=Parata", buckets) * tags + beginTag(0)] = 10;
    const model: TaggerModel = {
      lang: "en",
      labels: ["PER"],
      featureVersion: FEATURE_VERSION,
      buckets,
      scale: 1,
      weights,
      transition: new Float32Array((tags + 1) * tags),
    };
    const text = "Whale whisperer Hori Parata said.";
    expect(tagText(model, text, [{ start: 0, end: text.length }])).toEqual([{ start: 21, end: 27, label: "PER" }]);
  });
});
