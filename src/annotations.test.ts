import { describe, expect, it } from "vitest";
import { SAMPLE } from "../test/export/sample";
import { annotationSummaries, annotationViews, withoutRefused } from "./annotations";
import type { PageExport } from "./export/page-export";
import { RESULT_SCHEMA, type ExtractResult } from "./extract/types";
import type { CorrectionRecord } from "./records/types";

const text = "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов. КНБ молчит.";
const result: ExtractResult = {
  schema: RESULT_SCHEMA,
  lang: "ru",
  title: "T",
  byline: null,
  published: null,
  url: null,
  canonicalUrl: null,
  isArticle: true,
  notArticleReason: null,
  text,
  people: [
    {
      id: "p1",
      kind: "person",
      name: "Расул Рысмамбетов",
      expert: true,
      role: "экономист",
      affiliation: null,
      confidence: 0.9,
      mentions: [{ text: "Расул Рысмамбетов", start: 52, end: 69 }],
      evidence: [
        { cue: "role", start: 42, end: 51 },
        { cue: "given-name", start: 52, end: 57 },
        { cue: "считает", start: 34, end: 41 },
      ],
    },
    {
      id: "p2",
      kind: "person",
      name: "Иван Петров",
      expert: false,
      role: null,
      affiliation: null,
      confidence: 0.5,
      mentions: [],
      evidence: [],
    },
  ],
  organisations: [
    {
      id: "o1",
      kind: "organisation",
      name: "КНБ",
      variants: ["КНБ"],
      confidence: 0.9,
      mentions: [{ text: "КНБ", start: 71, end: 74 }],
      evidence: [{ cue: "acronym", start: 71, end: 74 }],
    },
  ],
  policyOptions: [],
};

describe("annotationViews", () => {
  it("lists experts only, with the article's cue words before the rules' names", () => {
    const views = annotationViews(result);
    expect(views.map((v) => v.label)).toEqual(["Расул Рысмамбетов", "КНБ"]);
    expect(views[0]!.cues).toEqual(["считает", "role: экономист", "given-name"]);
    expect(views[1]!.cues).toEqual(["acronym"]);
    expect(views[1]!.variants).toEqual([]);
  });

  it("leaves out what the reader corrected, on this page or on every page", () => {
    const here = [
      {
        id: "x",
        pageKey: "p",
        kind: "expert" as const,
        name: "Расул Рысмамбетов",
        verdict: "not-expert" as const,
        createdAt: 1,
      },
    ];
    expect(annotationViews(result, here, "p").map((v) => v.label)).toEqual(["КНБ"]);
    expect(annotationViews(result, here, "other").map((v) => v.label)).toEqual(["Расул Рысмамбетов", "КНБ"]);
    const everywhere = [
      { ...here[0]!, pageKey: "*", kind: "organisation" as const, name: "КНБ", verdict: "wrong" as const },
    ];
    expect(annotationViews(result, everywhere, "q").map((v) => v.label)).toEqual(["Расул Рысмамбетов"]);
  });
});

const correction = (pageKey: string, kind: CorrectionRecord["kind"], name: string): CorrectionRecord => ({
  id: `${pageKey}#${kind}:${name}`,
  pageKey,
  kind,
  name,
  verdict: kind === "expert" ? "not-expert" : "wrong",
  createdAt: 1,
});

describe("withoutRefused", () => {
  const [RU, EN] = SAMPLE.filter((p): p is PageExport & { result: ExtractResult } => p.result !== null);
  const ru = RU!.result;
  const en = EN!.result;
  const key = RU!.page.key;
  it.each([
    [
      "an expert refused on the page",
      ru,
      [correction(key, "expert", "Расул Рысмамбетов")],
      { experts: [], organisations: ["Минфин"], options: 2 },
    ],
    [
      "an organisation refused on every page",
      ru,
      [correction("*", "organisation", "Минфин")],
      { experts: ["Расул Рысмамбетов"], organisations: [], options: 2 },
    ],
    [
      "a policy option refused by its text",
      ru,
      [correction(key, "policy-option", "необходимо снизить НДС до 10%")],
      { experts: ["Расул Рысмамбетов"], organisations: ["Минфин"], options: 1 },
    ],
    [
      "a correction filed for another page",
      ru,
      [correction("https://other.kz/", "organisation", "Минфин")],
      { experts: ["Расул Рысмамбетов"], organisations: ["Минфин"], options: 2 },
    ],
    [
      "an English organisation refused",
      en,
      [correction(key, "organisation", "Asian Development Bank")],
      { experts: ["Jane O'Neil"], organisations: ["Water Institute"], options: 1 },
    ],
  ] as const)("drops %s", (_label, result, corrections, expected) => {
    const out = withoutRefused(result, corrections, key);
    expect(out.people.filter((p) => p.expert).map((p) => p.name)).toEqual(expected.experts);
    // People who are not experts are known, never drawn: a correction does not touch them.
    expect(out.people.filter((p) => !p.expert)).toEqual(result.people.filter((p) => !p.expert));
    expect(out.organisations.map((o) => o.name)).toEqual(expected.organisations);
    expect(out.policyOptions).toHaveLength(expected.options);
    expect(out.text).toBe(result.text);
  });
});

describe("annotationSummaries", () => {
  const cases: [string, ExtractResult][] = [
    ["the sample result", result],
    ...SAMPLE.flatMap((p): [string, ExtractResult][] =>
      p.result ? [[`the export sample ${p.result.lang}`, p.result]] : [],
    ),
  ];
  it.each(cases)("%s: what the views say, without their cue words", (_, r) => {
    expect(annotationSummaries(r)).toEqual(
      annotationViews(r).map((v) => ({
        id: v.id,
        kind: v.kind,
        name: v.label.slice(0, 300),
        role: v.role?.slice(0, 300) ?? null,
        mentionCount: v.mentionCount,
      })),
    );
  });
});
