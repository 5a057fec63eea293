import { describe, expect, it } from "vitest";
import { SAMPLE } from "../test/export/sample";
import { annotationSummaries, annotationViews, withoutRefused } from "./annotations";
import { LIMITS } from "./limits";
import type { PageExport } from "./export/page-export";
import { RESULT_SCHEMA, type Evidence, type ExtractResult } from "./extract/types";
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
      roles: ["экономист"],
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
      roles: [],
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
      outlet: false,
      name: "КНБ",
      variants: ["КНБ"],
      confidence: 0.9,
      mentions: [{ text: "КНБ", start: 71, end: 74 }],
      evidence: [{ cue: "acronym", start: 71, end: 74 }],
    },
  ],
  policyOptions: [],
  voice: "outlet",
};

describe("annotationViews", () => {
  it("lists experts only, with the article's cue words before the rules' names", () => {
    const views = annotationViews(result);
    expect(views.map((v) => v.label)).toEqual(["Расул Рысмамбетов", "КНБ"]);
    expect(views[0]!.cues).toEqual(["считает", "role: экономист", "given-name"]);
    expect(views[1]!.cues).toEqual(["acronym"]);
    expect(views[1]!.variants).toEqual([]);
  });

  it("gives the card the surest role, then up to two others the text gives", () => {
    const [expert] = result.people;
    const roles = ["экономист", "бывший министр финансов", "профессор КазНУ", "блогер"];
    const many = { ...result, people: [{ ...expert!, roles }] };
    expect(annotationViews(many)[0]!.role).toBe("экономист; бывший министр финансов; профессор КазНУ");
    expect(annotationViews(result)[0]!.role).toBe("экономист");
  });

  it("names who proposes what no one named does: the outlet the text names, or the author of a post", () => {
    const option = {
      id: "opt",
      kind: "policy-option" as const,
      text: "защитить активы",
      start: 10,
      end: 25,
      proposer: null,
      proposerId: null,
      confidence: 0.8,
      evidence: [],
    };
    const outlet = { ...result.organisations[0]!, id: "o2", name: "Caravan.kz", outlet: true };
    const news = { ...result, organisations: [...result.organisations, outlet], policyOptions: [option] };
    const newsView = annotationViews(news).find((v) => v.kind === "policy-option")!;
    expect([newsView.proposer, newsView.byAuthor]).toEqual(["Caravan.kz", false]);
    const post = annotationViews({ ...result, policyOptions: [option], voice: "author" });
    const postView = post.find((v) => v.kind === "policy-option")!;
    expect([postView.proposer, postView.byAuthor]).toEqual([null, true]);
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

describe("annotationSummaries on a huge page", () => {
  it("keeps at most what page/seen takes: experts and organisations first, then options in text order", () => {
    const options = Array.from({ length: LIMITS.annotations + 500 }, (_, i) => ({
      ...result.policyOptions[0]!,
      id: `o${i}`,
      text: `вариант ${i}`,
    }));
    const huge = { ...result, policyOptions: options };
    const got = annotationSummaries(huge);
    expect(got).toHaveLength(LIMITS.annotations);
    const people = annotationSummaries({ ...huge, policyOptions: [] });
    expect(got.slice(0, people.length)).toEqual(people);
    expect(got.at(-1)!.name).toBe(`вариант ${LIMITS.annotations - people.length - 1}`);
  });
});

describe("cue words of many pieces of evidence", () => {
  /** The rule as first written: sort every piece by its place, then keep each word and rule once. */
  function sortedThenDistinct(evidence: Evidence[], text: string): string[] {
    const words: string[] = [];
    const rules: string[] = [];
    for (const e of [...evidence].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))) {
      const said = e.start !== undefined && e.end !== undefined ? text.slice(e.start, e.end) : null;
      if (said && said.toLowerCase() === e.cue.toLowerCase()) words.push(said);
      else rules.push(said && e.cue === "role" ? `${e.cue}: ${said}` : e.cue);
    }
    return [...new Set([...words, ...rules])];
  }
  const cueText = "считает Считает экономист gazetteer role acronym считает";
  /** Evidence drawn from a small pool, so words and rules repeat, tie on places and lack them. */
  function evidenceOf(seed: number, n: number): Evidence[] {
    let x = seed;
    const next = (k: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % k);
    const spans = [
      [0, 7],
      [8, 15],
      [16, 25],
      [26, 35],
      [36, 40],
      [41, 48],
      [49, 56],
    ] as const;
    const cues = ["считает", "role", "gazetteer", "acronym", "given-name"];
    return Array.from({ length: n }, () => {
      const cue = cues[next(cues.length)]!;
      if (next(4) === 0) return { cue };
      const [start, end] = spans[next(spans.length)]!;
      return { cue, start, end };
    });
  }
  it.each([
    [1, 5],
    [2, 50],
    [3, 500],
    [4, 20_000],
  ])("seed %i, %i pieces: the words and rules in the order sorting every piece gives", (seed, n) => {
    const evidence = evidenceOf(seed, n);
    const person = { ...result.people[0]!, evidence };
    const [view] = annotationViews({
      ...result,
      text: cueText,
      people: [person],
      organisations: [],
      policyOptions: [],
    });
    expect(view!.cues).toEqual(sortedThenDistinct(evidence, cueText));
  });
});
