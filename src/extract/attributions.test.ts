import { describe, expect, it } from "vitest";
import { attributionsOf } from "./attributions";

/** Each statement as the words of its parts, so a row reads as the sentence does. */
function read(text: string) {
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return attributionsOf(text).map((a) => ({
    content: at(a.content),
    source: at(a.source),
    speaker: a.speaker?.name ?? null,
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
