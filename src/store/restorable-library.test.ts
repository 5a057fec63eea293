// A property of the whole library: whatever the writers store (pages with their analysis, including pages
// past every limit, and notes at the limits), a backup of it restores to an identical database. Writes go
// through the store's functions with the data their messages' checks let in, as the background's router does.
import "fake-indexeddb/auto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshDatabases } from "../../test/support/fresh-db";
import type { PolicyLensDb } from "./db";
import { exportBackupChunks, importBackup } from "./backup-io";
import { addCorrection } from "./corrections";
import { saveNote } from "./notes";
import { recordPageVisit } from "./pages";
import { resultOfRecord } from "./results";
import { setSetting } from "./settings";
import { TABLE_NAMES } from "../export/backup";
import type { ExtractResult, Mention } from "../extract/types";
import { LIMITS } from "../limits";
import { BACKGROUND_MESSAGES } from "../messages/checks";
import type { AnnotationSummary, CorrectionRecord, NoteRecord, PageInfo } from "../records/types";
import { resultRecord } from "../../test/export/backup-records";

const freshDb = freshDatabases("restorable-library-test");

const text = fc.string({ unit: "grapheme", maxLength: 30 });
/** Names and ids, which the messages' checks want non-empty. */
const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const kind = fc.constantFrom("expert", "organisation", "policy-option") as fc.Arbitrary<AnnotationSummary["kind"]>;
/** Scores as they read back from a file (-0 becomes 0). */
const confidence = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);
/** A few addresses, so pages are visited again and join their identities. */
const url = fc.constantFrom("a", "b", "c", "d").map((p) => `https://caravan.kz/news/${p}`);

/** `count` mentions of `word`, one after the other: the text is the word and a space, repeated. */
function repeatedText(word: string, count: number): { text: string; mentions: Mention[] } {
  const step = word.length + 1;
  return {
    text: `${word} `.repeat(count),
    mentions: Array.from({ length: count }, (_, i) => ({ text: word, start: i * step, end: i * step + word.length })),
  };
}

/** A text of `length` characters mentioned at its start and at its very end, where an emoji may straddle the limit. */
function longText(length: number): { text: string; mentions: Mention[] } {
  const body = "😀Ж".repeat(Math.ceil(length / 3)).slice(0, length);
  const end = { text: body.slice(-2), start: body.length - 2, end: body.length };
  return { text: body, mentions: [{ text: body.slice(0, 1), start: 0, end: 1 }, end] };
}

/** An article: short texts of any characters, and now and then one past the limits (text, mentions). */
const article: fc.Arbitrary<{ text: string; mentions: Mention[] }> = fc.oneof(
  {
    weight: 5,
    arbitrary: text.chain((t) =>
      fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 4 }).map((spans) => ({
        text: t,
        mentions: spans.map(([a, b]) => ({
          text: t.slice(Math.min(a, b), Math.max(a, b)),
          start: Math.min(a, b),
          end: Math.max(a, b),
        })),
      })),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 12_000 }).map((n) => repeatedText("Минфин", n)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: LIMITS.articleText - 3, max: LIMITS.articleText + 50_000 }).map(longText),
  },
);

const visit = fc.record({
  url,
  canonical: fc.option(url),
  title: fc.string({ maxLength: LIMITS.title }),
  article,
  name,
  role: fc.option(text),
  confidence,
  annotations: fc.array(fc.record({ id: name, kind, name, role: fc.option(text), mentionCount: fc.nat(1_000_000) }), {
    maxLength: 3,
  }),
  now: time,
});

/** Notes at the limits as often as in between: positions at 0 and the longest text, the longest note text. */
const note = fc
  .record({
    id: fc.uuid(),
    pageKey: url,
    start: fc.oneof(fc.constant(0), fc.nat(LIMITS.textOffset)),
    length: fc.oneof(fc.constant(0), fc.nat(1000), fc.constant(LIMITS.textOffset)),
    exact: fc.string({ minLength: 1, maxLength: 20 }),
    text: fc.oneof(text, fc.constant("ё".repeat(LIMITS.noteText))),
    tags: fc.oneof(
      fc.array(text, { maxLength: 3 }),
      fc.constant(Array.from({ length: LIMITS.tags }, (_, i) => `${i}`.padEnd(LIMITS.tag, "т"))),
    ),
    scope: fc.constantFrom("article", "body") as fc.Arbitrary<NoteRecord["scope"]>,
    orphaned: fc.boolean(),
    createdAt: time,
    updatedAt: time,
  })
  .map(({ start, length, exact, ...rest }): NoteRecord => ({
    ...rest,
    selectors: {
      quote: { type: "TextQuoteSelector", exact, prefix: "", suffix: "" },
      position: {
        type: "TextPositionSelector",
        start: Math.min(start, LIMITS.textOffset - length),
        end: Math.min(start, LIMITS.textOffset - length) + length,
      },
    },
    color: "yellow",
    annotationId: null,
  }));

const correction = fc.record({
  id: name,
  pageKey: url,
  kind,
  name,
  verdict: fc.constantFrom("not-expert", "wrong") as fc.Arbitrary<CorrectionRecord["verdict"]>,
  createdAt: time,
});

const setting = fc.record({
  key: fc.string({ minLength: 1, maxLength: 20 }),
  value: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
});

const library = fc.record({
  visits: fc.array(visit, { maxLength: 4 }),
  notes: fc.array(note, { maxLength: 4 }),
  corrections: fc.array(correction, { maxLength: 2 }),
  settings: fc.array(setting, { maxLength: 2 }),
});

type Visit = typeof visit extends fc.Arbitrary<infer T> ? T : never;
type Library = typeof library extends fc.Arbitrary<infer T> ? T : never;

/** The engine's result for a visit: one expert and one organisation, both mentioned at the article's mentions. */
function engineResult(v: Visit, info: PageInfo): ExtractResult {
  const { text: t, mentions } = v.article;
  const record = resultRecord(v.url, {
    text: t,
    experts: [
      { id: "p1", name: v.name, role: v.role, roles: [], affiliation: null, confidence: v.confidence, mentions },
    ],
    organisations: [{ id: "o1", name: v.name, outlet: false, confidence: v.confidence, mentions }],
    policyOptions: [],
  });
  return resultOfRecord(record, info);
}

/** Runs a write only when its message's check lets the data in, as the router does. */
async function whenAccepted(
  check: (data: unknown, path: string) => string | null,
  data: unknown,
  write: () => Promise<unknown>,
) {
  if (check(data, "data") === null) await write();
}

async function store(db: PolicyLensDb, lib: Library): Promise<void> {
  for (const v of lib.visits) {
    const info: PageInfo = { url: v.url, canonicalUrl: v.canonical, ogUrl: null, title: v.title, lang: "ru" };
    const identities = [...new Set([v.url, ...(v.canonical ? [v.canonical] : [])])];
    await whenAccepted(BACKGROUND_MESSAGES["page/seen"].check, { page: info, annotations: v.annotations }, () =>
      recordPageVisit(db, info, identities, v.annotations, v.now, engineResult(v, info)),
    );
  }
  for (const n of lib.notes)
    await whenAccepted(BACKGROUND_MESSAGES["notes/save"].check, { note: n }, () => saveNote(db, n));
  for (const c of lib.corrections)
    await whenAccepted(BACKGROUND_MESSAGES["corrections/add"].check, { correction: c }, () => addCorrection(db, c));
  for (const s of lib.settings)
    await whenAccepted(BACKGROUND_MESSAGES["settings/set"].check, s, () => setSetting(db, s.key, s.value));
}

/** Every table's records, in primary-key order. */
async function contents(db: PolicyLensDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()])));
}

const T0 = Date.UTC(2026, 10, 20);
const atLimits = (id: string, start: number, end: number): NoteRecord => ({
  id,
  pageKey: "https://caravan.kz/news/a",
  selectors: {
    quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "", suffix: "" },
    position: { type: "TextPositionSelector", start, end },
  },
  scope: "body",
  text: "ё".repeat(LIMITS.noteText),
  tags: Array.from({ length: LIMITS.tags }, (_, i) => `${i}`.padEnd(LIMITS.tag, "т")),
  color: "yellow",
  annotationId: null,
  orphaned: false,
  createdAt: T0,
  updatedAt: T0,
});
const visitOf = (url: string, article: Visit["article"]): Visit => ({
  url,
  canonical: null,
  title: "x".repeat(LIMITS.title),
  article,
  name: "Минфин",
  role: null,
  confidence: 0.5,
  annotations: [{ id: "o1", kind: "organisation", name: "Минфин", role: null, mentionCount: article.mentions.length }],
  now: T0,
});
/** The pages and notes at the limits, always among the cases the property runs. */
const OVERSIZED: Library = {
  visits: [
    visitOf("https://caravan.kz/news/a", repeatedText("Минфин", 12_000)),
    visitOf("https://caravan.kz/news/b", longText(LIMITS.articleText + 1)),
  ],
  notes: [atLimits("n-whole", 0, LIMITS.textOffset), atLimits("n-end", LIMITS.textOffset, LIMITS.textOffset)],
  corrections: [],
  settings: [],
};

describe("a random library", () => {
  it("stores the oversized example whole, trimmed where it is past a limit (no check refuses it)", async () => {
    const db = freshDb();
    await store(db, OVERSIZED);
    expect(await db.notes.count()).toBe(2);
    const results = await db.results.toArray();
    expect(results.map((r) => [r.text.length, r.organisations[0]!.mentions.length])).toEqual([
      [12_000 * 7, 10_000],
      // The last character before the limit is half an emoji: the text ends before it, and so does a mention.
      [LIMITS.articleText - 1, 1],
    ]);
  });

  it("backs up and restores to an identical database, oversized pages and notes at the limits included", async () => {
    await fc.assert(
      fc.asyncProperty(library, async (lib) => {
        const source = freshDb();
        await store(source, lib);
        let file = "";
        for await (const chunk of exportBackupChunks(source)) file += chunk;
        const target = freshDb();
        const restored = await importBackup(target, file, { mode: "replace" });
        expect(restored.ok ? "restored" : restored.error).toBe("restored");
        expect(await contents(target)).toEqual(await contents(source));
      }),
      // Each run stores and restores up to four analyses of up to 4 million characters: a few seconds in all.
      { numRuns: 12, examples: [[OVERSIZED]] },
    );
  }, 60_000);
});
