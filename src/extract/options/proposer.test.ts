import { describe, expect, it } from "vitest";
import type { Organisation, Person } from "../types";
import { findProposer, organisationProposer } from "./proposer";

const person = (name: string, starts: number[]): Person => ({
  id: name,
  kind: "person",
  name,
  expert: true,
  role: null,
  roles: [],
  affiliation: null,
  confidence: 1,
  evidence: [],
  mentions: starts.map((start) => ({ text: name, start, end: start + name.length })),
});
const people = [person("Иван Петров", [5, 200]), person("Jane Doe", [120])];
const said = (person: number) => ({ person, evidence: [{ cue: "said" }] });

describe("findProposer", () => {
  it.each([
    // [sentence, cue offset, proposal verb, enumerated, speakers, sentence start, expected]
    ["the subject of a verb of proposing", 2, 140, true, false, [null, null, null], 100, 1],
    ["the sentence's own speaker", 2, 140, false, false, [null, null, said(0)], 100, 0],
    [
      "the speaker who announced the list, for an enumerated option",
      2,
      140,
      false,
      true,
      [said(0), null, null],
      100,
      0,
    ],
    ["no one, when the outlet proposes", 2, 140, false, false, [null, null, null], 100, null],
    [
      "no one, for an enumerated option far from any speaker",
      5,
      500,
      false,
      true,
      [said(0), null, null, null, null, null],
      480,
      null,
    ],
    [
      "the speaker, when no person stands before a verb of proposing",
      2,
      110,
      true,
      false,
      [null, null, said(1)],
      100,
      1,
    ],
  ] as const)("%s", (_, sentence, cueAt, proposal, enumerated, speakers, start, expected) => {
    expect(findProposer(sentence, cueAt, proposal, enumerated, [...speakers], people, start)).toBe(expected);
  });
});

describe("organisationProposer", () => {
  const org = (name: string, starts: number[], outlet = false): Organisation => ({
    id: name,
    kind: "organisation",
    name,
    outlet,
    variants: [name],
    confidence: 1,
    evidence: [],
    mentions: starts.map((start) => ({ text: name, start, end: start + name.length })),
  });
  const orgs = [org("Reuters", [100], true), org("IMF", [120]), org("Treasury", [135, 400])];

  it("is the body named first before the verb of proposing, not the outlet", () => {
    expect(organisationProposer(orgs, 100, 150)).toBe(1);
  });

  it("is none when no body is named before the verb in its sentence", () => {
    expect(organisationProposer(orgs, 300, 390)).toBeNull();
    expect(organisationProposer([orgs[0]!], 100, 150)).toBeNull();
  });
});
