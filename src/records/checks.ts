// The shape every record of a backup must have, field by field. Each check is declared as the check of its
// record type in ./types.ts and compiles only while the two agree (../check.ts).
// Limits are generous for real use and stop a hostile file from exhausting memory or storage; a page's
// messages have tighter ones (../messages/checks.ts).
import type { NoteSelectors } from "../anchor/selectors";
import type { AnnotationKind, Lang, Mention } from "../extract/types";
import { type Check, refine } from "../check";
import { arrayOf, boolean, finiteNumber, jsonValue, nullable, offset, oneOf, record, string } from "../json-guard";
import type { CorrectionRecord, EntityRecord, NoteRecord, PageRecord, ResultRecord, SettingRecord } from "./types";

/** Free text (a note, a quote, a title): a long article is ~100,000 characters; ten times that is plenty. */
export const MAX_TEXT_LENGTH = 1_000_000;
/** Keys, URLs, names, tags, colours. Browsers cap URLs near 2 MB, but a news URL over 64 K is not a news URL. */
export const MAX_SHORT_LENGTH = 65_536;
/** Tags on a note, aliases of a page, entries in a setting. */
export const MAX_LIST_ITEMS = 10_000;
/** Records per table: 10x the 100,000 annotations we benchmark. */
export const MAX_RECORDS_PER_TABLE = 1_000_000;

const text = string(MAX_TEXT_LENGTH);
const short = string(MAX_SHORT_LENGTH);
const lang: Check<Lang> = oneOf("ru", "en", "kk", "other");
const kind: Check<AnnotationKind> = oneOf("expert", "organisation", "policy-option");

export const pageCheck: Check<PageRecord> = record({
  key: short,
  url: short,
  canonicalUrl: nullable(short),
  aliases: arrayOf(short, MAX_LIST_ITEMS),
  title: text,
  lang,
  firstSeen: finiteNumber,
  lastSeen: finiteNumber,
});

const selectorsCheck: Check<NoteSelectors> = refine(
  record({
    quote: record({ type: oneOf("TextQuoteSelector"), exact: text, prefix: text, suffix: text }),
    position: record({ type: oneOf("TextPositionSelector"), start: offset, end: offset }),
  }),
  ({ position: { start, end } }, path) =>
    start <= end ? null : `${path}.position: start ${start} is after end ${end}`,
);

export const noteCheck: Check<NoteRecord> = record({
  id: short,
  pageKey: short,
  selectors: selectorsCheck,
  scope: oneOf("article", "body"),
  text,
  tags: arrayOf(short, MAX_LIST_ITEMS),
  color: short,
  annotationId: nullable(short),
  orphaned: boolean,
  createdAt: finiteNumber,
  updatedAt: finiteNumber,
});

export const entityCheck: Check<EntityRecord> = record({
  id: short,
  pageKey: short,
  kind,
  name: short,
  role: nullable(short),
  mentionCount: offset,
  seenAt: finiteNumber,
});

export const correctionCheck: Check<CorrectionRecord> = record({
  id: short,
  pageKey: short,
  kind,
  name: short,
  verdict: oneOf("not-expert", "wrong"),
  createdAt: finiteNumber,
});

/** A page's article text: as long as the engine reads (../messages/limits.ts LIMITS.articleText). */
export const MAX_ARTICLE_LENGTH = 4_000_000;

/** That every span of a result lies inside its text. */
function spansInText(r: ResultRecord, path: string): string | null {
  const spans: [string, { start: number; end: number }][] = [
    ...r.experts.flatMap((p, i) => p.mentions.map((m, j) => [`experts[${i}].mentions[${j}]`, m] as [string, Mention])),
    ...r.organisations.flatMap((o, i) =>
      o.mentions.map((m, j) => [`organisations[${i}].mentions[${j}]`, m] as [string, Mention]),
    ),
    ...r.policyOptions.map((o, i) => [`policyOptions[${i}]`, o] as [string, { start: number; end: number }]),
  ];
  for (const [at, { start, end }] of spans) {
    if (start > end) return `${path}.${at}: start ${start} is after end ${end}`;
    if (end > r.text.length) return `${path}.${at}: end ${end} is past the text's ${r.text.length} characters`;
  }
  return null;
}

const mention = record({ text, start: offset, end: offset });
const confidence = finiteNumber;

export const resultCheck: Check<ResultRecord> = refine(
  record({
    pageKey: short,
    text: string(MAX_ARTICLE_LENGTH),
    published: nullable(short),
    experts: arrayOf(
      record({
        id: short,
        name: short,
        role: nullable(short),
        affiliation: nullable(short),
        confidence,
        mentions: arrayOf(mention, MAX_LIST_ITEMS),
      }),
      MAX_LIST_ITEMS,
    ),
    organisations: arrayOf(
      record({ id: short, name: short, confidence, mentions: arrayOf(mention, MAX_LIST_ITEMS) }),
      MAX_LIST_ITEMS,
    ),
    policyOptions: arrayOf(
      record({
        id: short,
        text,
        start: offset,
        end: offset,
        proposer: nullable(short),
        proposerId: nullable(short),
        confidence,
      }),
      MAX_LIST_ITEMS,
    ),
    analysedAt: finiteNumber,
  }),
  spansInText,
);

export const settingCheck: Check<SettingRecord> = record({
  key: short,
  value: jsonValue(MAX_TEXT_LENGTH, MAX_LIST_ITEMS),
});
