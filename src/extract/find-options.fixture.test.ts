// The reference page, end to end through the engine: its expert, its four options with their proposers, and the
// forecast that must not be marked. The page is committed under test/pages/, so this always runs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../index";

const PAGE = `${import.meta.dirname}/../../test/pages/caravan-rare-earths`;

describe("caravan-rare-earths (reference page)", () => {
  const gold = JSON.parse(readFileSync(`${PAGE}/gold.json`, "utf8"));
  const result = extractFromHtml(readFileSync(`${PAGE}/source.html`, "utf8"), { url: gold.url });
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const covers = (pred: string, want: string) => {
    const p = new Set(words(pred));
    return words(want).filter((w) => p.has(w)).length / words(want).length >= 0.8;
  };

  it("finds the one expert with the role экономист, every mention exact", () => {
    const experts = result.people.filter((p) => p.expert);
    expect(experts.map((p) => [p.name, p.role])).toEqual([["Расул Рысмамбетов", "экономист"]]);
    for (const m of experts[0]!.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
  });

  type GoldOption = { text: string; proposer: string | null };
  const options: [string, GoldOption][] = gold.policyOptions.map((o: GoldOption) => [o.text.slice(0, 40), o]);
  it.each(options)("marks the option “%s…” with its proposer", (_, want) => {
    const found = result.policyOptions.find((p) => covers(p.text, want.text));
    expect(found).toBeDefined();
    expect(found!.proposer).toBe(want.proposer);
    expect(result.text.slice(found!.start, found!.end)).toBe(found!.text);
  });

  it("does not mark the forecast or another look-alike", () => {
    for (const not of gold.notPolicyOptions as string[])
      expect(result.policyOptions.some((p) => covers(p.text, not))).toBe(false);
  });
});
