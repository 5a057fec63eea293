import { describe, expect, it } from "vitest";
import type { FoundPerson, Speakers } from "./findings";
import { findExperts } from "./find-experts";

const person = (name: string, cues: string[]): FoundPerson => ({
  id: `person-${name}`,
  name,
  role: null,
  roles: [],
  affiliation: null,
  mentions: [{ text: name, start: 0, end: name.length }],
  evidence: cues.map((cue) => ({ cue, start: 0, end: name.length })),
});
const speakers = (salient: boolean[], views: string[][], referredAs: string[][] = views.map(() => [])): Speakers => ({
  bySentence: [],
  forProposers: [],
  salient,
  views: views.map((v) => v.map((cue) => ({ cue, start: 20, end: 24 }))),
  referredAs,
});

describe("findExperts", () => {
  it.each([
    // salient, views → expert, confidence, evidence cues
    [true, ["said"], true, 1, ["given-name", "said"]],
    [true, [], false, 0.9, ["given-name"]],
    [false, ["По словам"], true, 0.7, ["given-name", "По словам"]],
    [false, [], false, 0.6, ["given-name"]],
    // A view cue already among the person's evidence at the same place is listed once.
    [true, ["said", "said"], true, 1, ["given-name", "said"]],
  ] as const)("salient %s, views %j → expert %s, confidence %s", (salient, views, expert, confidence, cues) => {
    const [p] = findExperts([person("Jane Doe", ["given-name"])], speakers([salient], [[...views]]));
    expect(p!.expert).toBe(expert);
    expect(p!.confidence).toBe(confidence);
    expect(p!.evidence.map((e) => e.cue)).toEqual(cues);
  });

  it("gives a person without a role the role noun a sentence refers to them by, and keeps a role they have", () => {
    const [roleless, economist] = findExperts(
      [
        person("Jane Doe", ["given-name"]),
        { ...person("John Roe", ["role"]), role: "economist", roles: ["economist"] },
      ],
      speakers([true, true], [["singer said"], ["expert added"]], [["singer"], ["expert"]]),
    );
    expect([roleless!.role, roleless!.roles]).toEqual(["singer", ["singer"]]);
    expect([economist!.role, economist!.roles]).toEqual(["economist", ["economist"]]);
  });

  it("keeps the person's id, name, roles, affiliation and mentions, and the result's key order", () => {
    const found = {
      ...person("Jane Doe", ["title"]),
      role: "economist",
      roles: ["economist", "adviser"],
      affiliation: "IMF",
    };
    const [p] = findExperts([found], speakers([true], [[]]));
    expect(Object.keys(p!)).toEqual([
      "id",
      "kind",
      "name",
      "expert",
      "role",
      "roles",
      "affiliation",
      "mentions",
      "confidence",
      "evidence",
    ]);
    expect(p).toMatchObject({
      id: found.id,
      kind: "person",
      name: "Jane Doe",
      role: "economist",
      roles: ["economist", "adviser"],
      affiliation: "IMF",
      mentions: found.mentions,
    });
  });
});
