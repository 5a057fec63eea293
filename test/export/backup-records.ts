// Records for the backup tests: a small valid backup to break in specific ways, and fast-check arbitraries
// for random ones (unicode, empty and huge fields).
import fc from "fast-check";
import { BACKUP_FORMAT, type Backup, type BackupTables } from "../../src/export/backup";
import {
  SCHEMA_VERSION,
  type CorrectionRecord,
  type EntityRecord,
  type NoteRecord,
  type PageRecord,
  type ResultRecord,
  type SettingRecord,
} from "../../src/records/types";

const T0 = Date.UTC(2026, 10, 20);

export function pageRecord(key: string, extra: Partial<PageRecord> = {}): PageRecord {
  return {
    key,
    url: key,
    canonicalUrl: null,
    aliases: [],
    title: "Заголовок",
    lang: "ru",
    firstSeen: T0,
    lastSeen: T0,
    ...extra,
  };
}

export function noteRecord(id: string, pageKey: string, extra: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id,
    pageKey,
    scope: "article",
    text: "заметка",
    tags: ["налоги"],
    color: "yellow",
    annotationId: null,
    orphaned: false,
    createdAt: T0,
    updatedAt: T0,
    selectors: {
      quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "снизить ", suffix: " до 10%" },
      position: { type: "TextPositionSelector", start: 8, end: 11 },
    },
    ...extra,
  };
}

/** A kept result: one expert (two mentions), one organisation, one policy option with its proposer. */
export function resultRecord(pageKey: string, extra: Partial<ResultRecord> = {}): ResultRecord {
  const text = "Экономист Расул Рысмамбетов считает, что Минфину необходимо снизить НДС до 10%. Рысмамбетов добавил.";
  const span = (s: string, from = 0) => ({
    text: s,
    start: text.indexOf(s, from),
    end: text.indexOf(s, from) + s.length,
  });
  return {
    pageKey,
    text,
    published: "2026-11-20",
    experts: [
      {
        id: "p1",
        name: "Расул Рысмамбетов",
        role: "экономист",
        roles: ["экономист", "научный руководитель Института экономики"],
        affiliation: null,
        confidence: 0.9,
        mentions: [span("Расул Рысмамбетов"), span("Рысмамбетов", 40)],
      },
    ],
    organisations: [{ id: "o1", name: "Минфин", outlet: false, confidence: 0.8, mentions: [span("Минфину")] }],
    policyOptions: [
      {
        id: "x1",
        ...span("необходимо снизить НДС до 10%"),
        proposer: "Расул Рысмамбетов",
        proposerId: "p1",
        confidence: 0.7,
      },
    ],
    voice: "outlet",
    analysedAt: T0,
    ...extra,
  };
}

export function smallBackup(): Backup {
  const key = "https://www.caravan.kz/news/1/";
  return {
    format: BACKUP_FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: new Date(T0).toISOString(),
    tables: {
      pages: [pageRecord(key)],
      notes: [noteRecord("n1", key), noteRecord("n2", key, { text: "", tags: [] })],
      entities: [
        {
          id: `${key}#expert:Рысмамбетов`,
          pageKey: key,
          kind: "expert",
          name: "Рысмамбетов",
          role: "экономист",
          mentionCount: 2,
          seenAt: T0,
        },
      ],
      corrections: [
        {
          id: `*#organisation:Азия`,
          pageKey: "*",
          kind: "organisation",
          name: "Азия",
          verdict: "wrong",
          createdAt: T0,
        },
      ],
      settings: [{ key: "theme", value: { dark: true, sizes: [1, 2] } }],
      results: [resultRecord(key)],
    },
  };
}

/** Text of every kind: any UTF-16 code unit (lone surrogates too), graphemes, empty, and now and then huge. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 300_000 }).map((n) => "Ж\u{1F600}".repeat(n / 3)) },
);
const shortText = fc.string({ unit: "grapheme", maxLength: 30 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const lang = fc.constantFrom("ru", "en", "kk", "other") as fc.Arbitrary<PageRecord["lang"]>;
const kind = fc.constantFrom("expert", "organisation", "policy-option") as fc.Arbitrary<EntityRecord["kind"]>;

const page: fc.Arbitrary<PageRecord> = fc.record({
  key: shortText,
  url: shortText,
  canonicalUrl: fc.option(shortText),
  aliases: fc.array(shortText, { maxLength: 3 }),
  title: anyText,
  lang,
  firstSeen: time,
  lastSeen: time,
});

const note: fc.Arbitrary<NoteRecord> = fc
  .record({
    id: fc.uuid(),
    pageKey: shortText,
    text: anyText,
    tags: fc.array(shortText, { maxLength: 4 }),
    color: shortText,
    annotationId: fc.option(shortText),
    orphaned: fc.boolean(),
    scope: fc.constantFrom("article", "body") as fc.Arbitrary<NoteRecord["scope"]>,
    createdAt: time,
    updatedAt: time,
    exact: anyText,
    prefix: shortText,
    suffix: shortText,
    start: fc.nat(1_000_000),
    length: fc.nat(5_000),
  })
  .map(({ exact, prefix, suffix, start, length, ...rest }) => ({
    ...rest,
    selectors: {
      quote: { type: "TextQuoteSelector" as const, exact, prefix, suffix },
      position: { type: "TextPositionSelector" as const, start, end: start + length },
    },
  }));

const entity: fc.Arbitrary<EntityRecord> = fc.record({
  id: shortText,
  pageKey: shortText,
  kind,
  name: shortText,
  role: fc.option(shortText),
  mentionCount: fc.nat(1000),
  seenAt: time,
});

const correction: fc.Arbitrary<CorrectionRecord> = fc.record({
  id: shortText,
  pageKey: shortText,
  kind,
  name: shortText,
  verdict: fc.constantFrom("not-expert", "wrong") as fc.Arbitrary<CorrectionRecord["verdict"]>,
  createdAt: time,
});

/** JSON values as they read back from a file (-0 becomes 0), without the keys a backup may never hold. */
const settingValue = fc
  .jsonValue({ maxDepth: 3 })
  .filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v)))
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const setting: fc.Arbitrary<SettingRecord> = fc.record({ key: shortText, value: settingValue });

/** A span inside a text of `length` characters. */
const spanIn = (length: number) =>
  fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

/** Scores as they read back from a file (-0 becomes 0). */
const confidence = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);

/** Article texts of every kind of character; huge ones are the notes' to test, not repeated here for speed. */
const articleText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constant(""),
);

const result: fc.Arbitrary<ResultRecord> = articleText.chain((text) => {
  const mention = spanIn(text.length).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  const mentions = fc.array(mention, { maxLength: 3 });
  return fc.record({
    pageKey: shortText,
    text: fc.constant(text),
    published: fc.option(shortText),
    experts: fc.array(
      fc.record({
        id: shortText,
        name: shortText,
        role: fc.option(shortText),
        roles: fc.array(shortText, { maxLength: 2 }),
        affiliation: fc.option(shortText),
        confidence,
        mentions,
      }),
      { maxLength: 2 },
    ),
    organisations: fc.array(fc.record({ id: shortText, name: shortText, outlet: fc.boolean(), confidence, mentions }), {
      maxLength: 2,
    }),
    policyOptions: fc.array(
      fc
        .tuple(
          spanIn(text.length),
          fc.record({
            id: shortText,
            text: anyText,
            proposer: fc.option(shortText),
            proposerId: fc.option(shortText),
            confidence,
          }),
        )
        .map(([s, o]) => ({ ...o, ...s })),
      { maxLength: 2 },
    ),
    voice: fc.constantFrom("author" as const, "outlet" as const),
    analysedAt: time,
  });
});

const unique = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string) => fc.uniqueArray(arb, { selector: key, maxLength: 6 });

export const tablesArbitrary: fc.Arbitrary<BackupTables> = fc.record({
  pages: unique(page, (p) => p.key),
  notes: unique(note, (n) => n.id),
  entities: unique(entity, (e) => e.id),
  corrections: unique(correction, (c) => c.id),
  settings: unique(setting, (s) => s.key),
  results: unique(result, (r) => r.pageKey),
});
