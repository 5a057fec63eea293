// The shape every record of a backup must have, field by field. Each check is declared as the check of its
// record type in ./types.ts and compiles only while the two agree (../check.ts).
// Its limits are the stored records' (../limits.ts STORED), which every writer keeps to: the store runs these
// checks on each record before it writes it (../store/restorable.ts); a page's messages have tighter ones.
import type { NoteSelectors } from "../anchor/selectors";
import type { AnnotationKind, Lang, Mention } from "../extract/types";
import { type Check, refine } from "../check";
import { arrayOf, boolean, finiteNumber, jsonValue, nullable, offset, oneOf, record, string } from "../json-guard";
import { STORED } from "../limits";
import { notePositionProblem } from "./note-position";
import type { CorrectionRecord, EntityRecord, NoteRecord, PageRecord, ResultRecord, SettingRecord } from "./types";

const text = string(STORED.text);
const short = string(STORED.short);
const list = <T>(item: Check<T>) => arrayOf(item, STORED.listItems);
const lang: Check<Lang> = oneOf("ru", "en", "kk", "other");
const kind: Check<AnnotationKind> = oneOf("expert", "organisation", "policy-option");

export const pageCheck: Check<PageRecord> = record({
  key: short,
  url: short,
  canonicalUrl: nullable(short),
  aliases: list(short),
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
  notePositionProblem,
);

export const noteCheck: Check<NoteRecord> = record({
  id: short,
  pageKey: short,
  selectors: selectorsCheck,
  scope: oneOf("article", "body"),
  text,
  tags: list(short),
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
    text: string(STORED.articleText),
    published: nullable(short),
    experts: list(
      record({
        id: short,
        name: short,
        role: nullable(short),
        roles: list(short),
        affiliation: nullable(short),
        confidence,
        mentions: list(mention),
      }),
    ),
    organisations: list(record({ id: short, name: short, outlet: boolean, confidence, mentions: list(mention) })),
    policyOptions: list(
      record({
        id: short,
        text,
        start: offset,
        end: offset,
        proposer: nullable(short),
        proposerId: nullable(short),
        confidence,
      }),
    ),
    voice: oneOf("author", "outlet"),
    analysedAt: finiteNumber,
  }),
  spansInText,
);

export const settingCheck: Check<SettingRecord> = record({
  key: short,
  value: jsonValue(STORED.text, STORED.listItems),
});
