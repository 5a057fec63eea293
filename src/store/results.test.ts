import { describe, expect, it } from "vitest";
import { SAMPLE, SAMPLE_NOW } from "../../test/export/sample";
import { toCsv } from "../export/csv";
import { toJsonLd } from "../export/jsonld";
import { toMarkdown } from "../export/markdown";
import type { PageExport } from "../export/page-export";
import type { ExtractResult } from "../extract/types";
import { resultOfRecord, resultRecord } from "./results";

const analysed = SAMPLE.filter((p): p is PageExport & { result: ExtractResult } => p.result !== null);
const [RU] = analysed;

/** The page as exported from its kept record instead of the engine's full result. */
const fromRecord = (p: PageExport & { result: ExtractResult }): PageExport => ({
  ...p,
  result: resultOfRecord(resultRecord(p.page.key, p.result, 5), p.page),
});

describe("a kept result", () => {
  it.each(analysed.map((p) => [p.page.lang, p] as const))(
    "exports a %s page exactly as the full result does",
    async (_lang, p) => {
      const kept = fromRecord(p);
      expect(await toJsonLd([kept], { now: SAMPLE_NOW })).toEqual(await toJsonLd([p], { now: SAMPLE_NOW }));
      expect(toMarkdown(kept)).toBe(toMarkdown(p));
      expect(toCsv([kept])).toBe(toCsv([p]));
    },
  );

  it("keeps whose voice the text is, its outlet and every role of an expert", () => {
    const full = {
      ...RU!.result,
      voice: "author" as const,
      people: RU!.result.people.map((p) => (p.expert ? { ...p, roles: [p.role ?? "экономист", "профессор"] } : p)),
      organisations: RU!.result.organisations.map((o, i) => ({ ...o, outlet: i === 0 })),
    };
    const page = { ...RU!, result: full };
    const kept = fromRecord(page);
    expect(kept.result!.voice).toBe("author");
    expect(kept.result!.organisations.map((o) => o.outlet)).toEqual(full.organisations.map((o) => o.outlet));
    expect(kept.result!.people[0]!.roles).toContain("профессор");
    expect(toMarkdown(kept)).toBe(toMarkdown(page));
  });

  it("keeps no evidence, no people who are not experts and no variants", () => {
    const record = resultRecord(RU!.page.key, RU!.result, 5);
    expect(record.experts.map((e) => e.name)).toEqual(["Расул Рысмамбетов"]);
    expect(JSON.stringify(record)).not.toContain('Иван Петров"');
    expect(JSON.stringify(record)).not.toMatch(/"evidence"|"variants"/);
    expect(record.analysedAt).toBe(5);
  });
});
