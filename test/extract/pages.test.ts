// The engine on labelled pages, one `describe` per page: the quality floors of issue 3. The reference page
// lives in test/pages/ and always runs; the other fixtures are read from ../shared, and their tests say so and
// skip when it is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/index";
import { HAS_SHARED, NEEDS_SHARED, SHARED } from "../support/shared";
import { scorePage, type Gold } from "../../scripts/lib/score";

const LOCAL = join(import.meta.dirname, "../pages");
const SHARED_PAGES = join(SHARED, "fixtures/pages");
/** Floors from issue 3. */
const REFERENCE = { experts: 1, organisations: 0.9, options: 0.85, proposer: 1 };
const ENGLISH = { experts: 0.8, organisations: 0.75, options: 0.6 };

const pages = new Map<string, string>();
for (const base of [SHARED_PAGES, LOCAL]) {
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base))
    if (existsSync(join(base, name, "gold.json"))) pages.set(name, join(base, name));
}

function run(dir: string) {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Gold & { url?: string };
  const result = extractFromHtml(readFileSync(join(dir, "source.html"), "utf8"), { url: gold.url ?? null });
  return { gold, result, score: scorePage(result, gold) };
}

describe("caravan-rare-earths (the reference page)", () => {
  const { result, score } = run(pages.get("caravan-rare-earths")!);

  it("finds the organisations, inflected forms joined", () => {
    expect(score.organisations.f1, JSON.stringify(score.organisations)).toBeGreaterThanOrEqual(REFERENCE.organisations);
    expect(result.organisations.find((o) => o.name === "Минфин")?.mentions[0]?.text).toBe("Минфину");
  });
  it("finds the economist as an expert, with his role", () => {
    expect(score.experts.f1).toBeGreaterThanOrEqual(REFERENCE.experts);
    expect(result.people.find((p) => p.expert)?.role).toBe("экономист");
  });
  it("finds the policy options and their proposer", () => {
    expect(score.policyOptions.f1, JSON.stringify(score.policyOptions)).toBeGreaterThanOrEqual(REFERENCE.options);
    expect(score.policyOptions.proposerAccuracy).toBe(REFERENCE.proposer);
  });
  it("does not mark the forecast", () => {
    expect(result.policyOptions.some((o) => o.text.includes("можно ожидать"))).toBe(false);
  });
  it("annotates nothing outside the article", () => {
    expect([
      ...score.organisations.leaks,
      ...score.experts.leaks,
      ...score.policyOptions.leaks,
      ...score.peopleLeaks,
    ]).toEqual([]);
  });
  it("gives offsets that index the text", () => {
    for (const m of [...result.organisations, ...result.people].flatMap((e) => e.mentions))
      expect(result.text.slice(m.start, m.end)).toBe(m.text);
  });
});

const english = [...pages.keys()].filter((p) => p !== "caravan-rare-earths").sort();
describe.skipIf(!HAS_SHARED)(`the labelled fixture pages ${NEEDS_SHARED}`, () => {
  it("are there", () => expect(english.length).toBeGreaterThan(0));
});
for (const page of english) {
  describe(`${page} ${NEEDS_SHARED}`, () => {
    const { gold, score } = run(pages.get(page)!);
    const english = gold.lang === "en";
    it.runIf(english)("meets the English floors", () => {
      expect(score.organisations.f1, JSON.stringify(score.organisations)).toBeGreaterThanOrEqual(ENGLISH.organisations);
      expect(score.experts.f1, JSON.stringify(score.experts)).toBeGreaterThanOrEqual(ENGLISH.experts);
      expect(score.policyOptions.f1, JSON.stringify(score.policyOptions)).toBeGreaterThanOrEqual(ENGLISH.options);
    });
    it.runIf(english)("annotates nothing outside the article", () => {
      expect([
        ...score.organisations.leaks,
        ...score.experts.leaks,
        ...score.policyOptions.leaks,
        ...score.peopleLeaks,
      ]).toEqual([]);
    });
  });
}
