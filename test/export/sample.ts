// A small, fixed input for the export tests: a Russian page, an English page and a page never analysed,
// with notes that exercise every body kind and the characters Markdown and spreadsheets misread.
import type { PageExport } from "../../src/export/page-export";
import { RESULT_SCHEMA, type ExtractResult, type Mention, type PolicyOption } from "../../src/extract/types";
import type { NoteRecord, PageRecord } from "../../src/records/types";

const T0 = Date.UTC(2026, 10, 20, 9, 30);
const MINUTE = 60_000;

/** The `nth` occurrence of `surface` in `text`, as a mention. */
function at(text: string, surface: string, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" not in text`);
  return { text: surface, start, end: start + surface.length };
}

function option(text: string, id: string, clause: string, proposer: string | null): PolicyOption {
  const { start, end } = at(text, clause);
  return {
    id,
    kind: "policy-option",
    text: clause,
    start,
    end,
    proposer,
    proposerId: null,
    confidence: 0.8,
    evidence: [],
  };
}

function page(key: string, title: string, lang: PageRecord["lang"], firstSeen: number): PageRecord {
  return { key, url: key, canonicalUrl: null, aliases: [], title, lang, firstSeen, lastSeen: firstSeen + 90 * MINUTE };
}

function note(
  id: string,
  pageKey: string,
  text: string,
  exact: string,
  start: number,
  extra: Partial<NoteRecord> = {},
): NoteRecord {
  return {
    id,
    pageKey,
    scope: "article",
    text,
    tags: [],
    color: "yellow",
    annotationId: null,
    orphaned: false,
    createdAt: T0 + 10 * MINUTE,
    updatedAt: T0 + 20 * MINUTE,
    selectors: {
      quote: { type: "TextQuoteSelector", exact, prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start, end: start + exact.length },
    },
    ...extra,
  };
}

function result(
  base: Pick<ExtractResult, "lang" | "title" | "text" | "people" | "organisations" | "policyOptions">,
  published: string | null,
): ExtractResult {
  return {
    schema: RESULT_SCHEMA,
    byline: null,
    published,
    url: null,
    canonicalUrl: null,
    isArticle: true,
    notArticleReason: null,
    voice: "outlet",
    ...base,
  };
}

const RU_TEXT =
  "Экономист Расул Рысмамбетов считает, что Минфину следует пересмотреть налоговую политику. " +
  "По словам Рысмамбетова, необходимо снизить НДС до 10%. Минфин пока не комментирует. Иван Петров подписал указ.";
const RU_KEY = "https://www.caravan.kz/news/nalogi-123/";

const EN_TEXT =
  "Analyst Jane O'Neil, director of the Water Institute, said governments should create a joint water-energy fund. " +
  "The Asian Development Bank (ADB) is studying it.";
const EN_KEY = "https://example.com/asia/water?id=7&lang=en";

const BARE_KEY = "https://example.org/blog/post";

export const SAMPLE: PageExport[] = [
  {
    page: page(RU_KEY, "Экономист: «Минфину нужно *срочно* пересмотреть налоги» | #1", "ru", T0),
    notes: [
      note(
        "3f1b6c2e-0a4d-4c8e-9b1a-2d7e5f6a8b90",
        RU_KEY,
        "**Важно**: проверить цифры",
        "снизить НДС до 10%",
        RU_TEXT.indexOf("снизить"),
        {
          tags: ["налоги", "НДС 2024", "2024"],
        },
      ),
      note(
        "7a2c4e6f-1b3d-4f5a-8c9e-0d1f2a3b4c5d",
        RU_KEY,
        "",
        "Минфин пока не комментирует",
        RU_TEXT.indexOf("Минфин пока"),
        {
          createdAt: T0 + 30 * MINUTE,
          updatedAt: T0 + 30 * MINUTE,
        },
      ),
      note("b4d6f8a0-2c4e-4a6b-9d8f-1e3a5c7b9d0f", RU_KEY, '=HYPERLINK("http://evil.example","x")', "- 1. Расул", 0, {
        createdAt: T0 + 40 * MINUTE,
        updatedAt: T0 + 45 * MINUTE,
        tags: ["tax policy"],
        orphaned: true,
      }),
    ],
    result: result(
      {
        lang: "ru",
        title: "Экономист: «Минфину нужно срочно пересмотреть налоги»",
        text: RU_TEXT,
        people: [
          {
            id: "person:rysmambetov",
            kind: "person",
            name: "Расул Рысмамбетов",
            expert: true,
            role: "экономист",
            roles: ["экономист"],
            affiliation: null,
            mentions: [at(RU_TEXT, "Расул Рысмамбетов"), at(RU_TEXT, "Рысмамбетова")],
            confidence: 0.9,
            evidence: [{ cue: "считает" }],
          },
          {
            id: "person:petrov",
            kind: "person",
            name: "Иван Петров",
            expert: false,
            role: null,
            roles: [],
            affiliation: null,
            mentions: [at(RU_TEXT, "Иван Петров")],
            confidence: 0.7,
            evidence: [],
          },
        ],
        organisations: [
          {
            id: "org:minfin",
            kind: "organisation",
            outlet: false,
            name: "Минфин",
            variants: ["Минфину", "Минфин"],
            mentions: [at(RU_TEXT, "Минфину"), at(RU_TEXT, "Минфин", 1)],
            confidence: 0.9,
            evidence: [],
          },
        ],
        policyOptions: [
          option(RU_TEXT, "option:nds", "необходимо снизить НДС до 10%", "Расул Рысмамбетов"),
          option(RU_TEXT, "option:policy", "Минфину следует пересмотреть налоговую политику", null),
        ],
      },
      "2026-11-20",
    ),
  },
  {
    page: page(EN_KEY, "Central Asia #1: [Analysis] *water* & power <2026>", "en", T0 + 24 * 60 * MINUTE),
    notes: [
      note(
        "c0ffee00-1111-4222-8333-444455556666",
        EN_KEY,
        '- first line, with a comma\n+ "quoted"',
        "should create a joint\nwater-energy fund",
        60,
      ),
    ],
    result: result(
      {
        lang: "en",
        title: "Central Asia: water and power",
        text: EN_TEXT,
        people: [
          {
            id: "person:oneil",
            kind: "person",
            name: "Jane O'Neil",
            expert: true,
            role: "director of the Water Institute",
            roles: ["director of the Water Institute"],
            affiliation: "Water Institute",
            mentions: [at(EN_TEXT, "Jane O'Neil")],
            confidence: 0.9,
            evidence: [{ cue: "said" }],
          },
        ],
        organisations: [
          {
            id: "org:water-institute",
            kind: "organisation",
            outlet: false,
            name: "Water Institute",
            variants: ["Water Institute"],
            mentions: [at(EN_TEXT, "Water Institute")],
            confidence: 0.8,
            evidence: [],
          },
          {
            id: "org:adb",
            kind: "organisation",
            outlet: false,
            name: "Asian Development Bank",
            variants: ["Asian Development Bank", "ADB"],
            mentions: [at(EN_TEXT, "Asian Development Bank"), at(EN_TEXT, "ADB")],
            confidence: 0.9,
            evidence: [{ cue: "acronym" }],
          },
        ],
        policyOptions: [
          option(EN_TEXT, "option:fund", "governments should create a joint water-energy fund", "Jane O'Neil"),
        ],
      },
      null,
    ),
  },
  {
    page: page(BARE_KEY, "A page never analysed", "other", T0 + 48 * 60 * MINUTE),
    notes: [
      note("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6", BARE_KEY, "", "@mention at start", 5, {
        tags: ["later", "to read"],
      }),
    ],
    result: null,
  },
];

/** The fixed time the sample is exported at. */
export const SAMPLE_NOW = new Date(Date.UTC(2026, 10, 27, 12, 0));
