import { describe, expect, it } from "vitest";
import { attributionModels, taggerModels } from "../tagger-models";
import { attributionsOf, type PlainTextOptions } from "./attributions";

/** Each statement as the words of its parts, so a row reads as the sentence does. */
function read(text: string, options: PlainTextOptions = {}) {
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return attributionsOf(text, options).map((a) => ({
    content: at(a.content),
    source: at(a.source),
    speaker: a.speaker?.name ?? null,
    kind: a.speaker?.kind ?? null,
    cue: a.cue.map(at),
  }));
}

describe("attributionsOf", () => {
  it.each([
    [
      "a speech verb after the content, the source named after it",
      "The government should publish every mining contract, said Jane Porter, an economist at the IMF.",
      { content: "The government should publish every mining contract", source: "Jane Porter", cue: ["said"] },
    ],
    [
      "a speech verb before the content",
      "Jane Porter said the parliament must approve every new licence before the end of the year.",
      { content: "the parliament must approve every new licence before the end of the year.", source: "Jane Porter" },
    ],
    [
      "a Russian frame after the content",
      "Казахстану нужно срочно создать агентство стратегических активов, считает экономист Расул Рысмамбетов.",
      {
        content: "Казахстану нужно срочно создать агентство стратегических активов",
        source: "Расул Рысмамбетов",
        cue: ["считает"],
      },
    ],
  ])("reads %s", (_what, text, want) => {
    expect(read(text)[0]).toMatchObject(want);
  });

  it("gives the pronoun as the source when the text uses one, and the person it stands for as the speaker", () => {
    const text =
      "Economist Jane Porter said the plan was too slow. She added that parliament should vote on it in March.";
    expect(read(text)[1]).toMatchObject({ source: "She", speaker: "Jane Porter" });
  });

  it("finds no statement in the outlet's own words", () => {
    expect(attributionsOf("The ministry published the new rules on Monday. They take effect in May.")).toEqual([]);
  });
});

describe("attributionsOf with the attribution tagger", () => {
  /** The packaged models, as the CLI reads them. */
  const models: PlainTextOptions = { lang: "en", tagger: taggerModels(), attribution: attributionModels() };

  it.each([
    [
      "a trailing attribution with an appositive: the source is the name",
      "The government should publish every mining contract, said Jane Porter, an economist at the IMF.",
      [
        {
          content: "The government should publish every mining contract",
          source: "Jane Porter",
          speaker: "Jane Porter",
          kind: "person",
          cue: ["said"],
        },
      ],
    ],
    [
      "a pronoun in the next sentence, resolved to the person named before",
      "Economist Jane Porter said the plan was too slow. She added that parliament should vote on it in March.",
      [
        { content: "the plan was too slow", source: "Jane Porter", speaker: "Jane Porter", cue: ["said"] },
        {
          content: "that parliament should vote on it in March",
          source: "She",
          speaker: "Jane Porter",
          cue: ["added"],
        },
      ],
    ],
    [
      "an organisation as the speaker",
      "The International Monetary Fund urged the government to cut spending on energy subsidies.",
      [
        {
          content: "the government to cut spending on energy subsidies",
          source: "International Monetary Fund",
          speaker: "International Monetary Fund",
          kind: "organisation",
          cue: ["urged"],
        },
      ],
    ],
    [
      "“according to” before the source",
      "According to the IMF, the country needs to raise taxes on property.",
      [
        {
          content: "the country needs to raise taxes on property",
          source: "IMF",
          speaker: "IMF",
          kind: "organisation",
          cue: ["According to"],
        },
      ],
    ],
    [
      "a quotation running on into the next sentence",
      "“Rates must fall,” said John Smith, an economist at Barclays. “They are far too high for small firms.”",
      [{ content: expect.stringMatching(/^“Rates must fall.*small firms\.”$/), speaker: "John Smith", cue: ["said"] }],
    ],
    ["the outlet's own words", "The ministry published the new rules on Monday. They take effect in May.", []],
  ])("reads %s", { timeout: 30_000 }, (_what, text, want) => {
    const got = read(text, models);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});
