import { describe, expect, it } from "vitest";
import { CONFIDENCE, type Candidate } from "./candidate";
import { taggerBacking } from "./tagger-backed";

const text = "Песню «Журавль» исполнил оркестр «Метро»; «Метро» и Минфин, ВОЗ в Италии.";
const at = (word: string, nth = 0): { start: number; end: number } => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return { start, end: start + word.length };
};
const candidate = (word: string, confidence: number, nth = 0): Candidate => ({
  ...at(word, nth),
  cue: "test",
  confidence,
});
const span = (word: string, label: string, nth = 0) => ({ ...at(word, nth), label });
const words = (kept: Candidate[]) => kept.map((c) => `${text.slice(c.start, c.end)}@${c.start}`);

describe("taggerBacking", () => {
  const entities = [span("оркестр «Метро»", "ORG"), span("Италии", "LOC"), span("ВОЗ", "PER")];
  const keep = taggerBacking(entities, true)!;

  it("keeps a guess the tagger calls an organisation, drops one it leaves alone", () => {
    expect(words(keep([candidate("Метро", CONFIDENCE.quoted)]))).toEqual([`Метро@${at("Метро").start}`]);
    expect(words(keep([candidate("Журавль", CONFIDENCE.quoted)]))).toEqual([]);
  });

  it("keeps a sure rule's find without the tagger (a body's noun, the gazetteer)", () => {
    expect(keep([candidate("Минфин", CONFIDENCE.headNoun)])).toHaveLength(1);
    expect(keep([candidate("Минфин", CONFIDENCE.shortForm)])).toHaveLength(0);
  });

  it("drops a body's noun the tagger reads, whole, as a person's name («Мэри Кобб» for «мэрия»)", () => {
    expect(keep([candidate("ВОЗ", CONFIDENCE.headNoun)])).toHaveLength(0);
    expect(keep([candidate("ВОЗ", CONFIDENCE.gazetteer)])).toHaveLength(1);
  });

  it("keeps a mention it says nothing about when it backs another mention of the same body", () => {
    const body = [candidate("Метро", CONFIDENCE.quoted), candidate("Метро", CONFIDENCE.context, 1)];
    expect(keep(body)).toHaveLength(2);
  });

  it("drops a mention it calls a place or a person, even of a body it backs elsewhere", () => {
    const body = [candidate("Метро", CONFIDENCE.quoted), candidate("Италии", CONFIDENCE.context)];
    expect(words(keep(body))).toEqual([`Метро@${at("Метро").start}`]);
    expect(keep([candidate("ВОЗ", CONFIDENCE.acronym)])).toHaveLength(0);
  });

  it("asks nothing where the language does not want it or there are no spans (no model)", () => {
    expect(taggerBacking(entities, false)).toBeUndefined();
    expect(taggerBacking([], true)).toBeUndefined();
  });
});

describe("taggerBacking on a huge page", () => {
  it("reads hundreds of thousands of spans (more than one call's arguments)", () => {
    const entities = Array.from({ length: 400_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 5, label: "ORG" }));
    const keep = taggerBacking(entities, true)!;
    expect(keep([{ start: 0, end: 5, cue: "acronym", confidence: 0.8 }])).toHaveLength(1);
  });
});
