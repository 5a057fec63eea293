// The library's word index: every word of page titles, entity names, quotes, note text and tags, so the
// library's search box is a few index range queries per keystroke instead of a scan of every note.
// It lives in its own database, derived from the main one and kept in step incrementally (by the `updatedAt`
// and `lastSeen` indexes): it holds no data of its own, so it can be dropped and rebuilt at any time, and
// the main schema (and its backups) never carry it.
import Dexie, { type Table } from "dexie";
import type { PolicyLensDb } from "./db";
import type { AnnotationKind } from "../extract/types";
import type { NoteRecord, PageRecord } from "../records/types";

export const SEARCH_DB_NAME = "policylens-search";

/** Longest word kept: longer runs are URLs or junk, and a prefix of 40 characters finds them anyway. */
const MAX_TERM_LENGTH = 40;

/** Index rows read per query word: a one-letter prefix on a big library stops here instead of reading everything. */
export const MAX_ROWS_PER_TERM = 2000;

/** Documents indexed per write: small enough that other requests to the browser's storage wait little. */
const DOCS_PER_WRITE = 2000;

/** One document and its words. Documents: `n:<note id>`, `p:<page key>`, `e:<kind>:<name>`. */
export interface DocRow {
  doc: string;
  terms: string[];
}

export type SearchDb = Dexie & {
  docs: Table<DocRow, string>;
  meta: Table<SyncMark, string>;
};

/** How far a table has been indexed: its newest time, and the records at exactly that time already read. */
interface SyncMark {
  key: "notes" | "pages";
  value: number;
  ids: string[];
}

export function openSearchDb(name: string = SEARCH_DB_NAME): SearchDb {
  const db = new Dexie(name) as SearchDb;
  db.version(1).stores({ terms: "[term+doc], term, doc", meta: "key" });
  // 2: one record per document with a multi-entry word index instead of one record per word: a sixth of
  // the writes (10,000 notes took 48 s to index in Chromium, now 9 s). The index is derived data, so the old
  // rows are dropped and the marks cleared: the next search indexes everything again.
  db.version(2)
    .stores({ terms: null, docs: "doc, *terms", meta: "key" })
    .upgrade((tx) => tx.table("meta").clear());
  return db;
}

/** Words in `text`, lower-cased, with ё read as е (Russian texts write either). */
export function termsOf(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))];
}

export const noteDoc = (id: string) => `n:${id}`;
export const pageDoc = (key: string) => `p:${key}`;
export const entityDoc = (kind: AnnotationKind, name: string) => `e:${kind}:${name}`;

interface Changes {
  notes: NoteRecord[];
  pages: PageRecord[];
  /** Documents whose record is gone. */
  removed: string[];
  /** The marks the changes were read from. */
  marks: [SyncMark | undefined, SyncMark | undefined];
}

/**
 * Records written since the last sync, by the `updatedAt` and `lastSeen` indexes. The last sync's millisecond
 * is read again (a record can be written in the same millisecond after it), skipping the records already read.
 */
async function changedSince(db: PolicyLensDb, index: SearchDb): Promise<Changes> {
  const [notesMark, pagesMark] = await index.meta.bulkGet(["notes", "pages"]);
  const fresh = (mark: SyncMark | undefined, time: number, id: string) =>
    !mark || time > mark.value || !mark.ids.includes(id);
  const notes = await db.notes
    .where("updatedAt")
    .aboveOrEqual(notesMark?.value ?? 0)
    .toArray();
  const pages = await db.pages
    .where("lastSeen")
    .aboveOrEqual(pagesMark?.value ?? 0)
    .toArray();
  return {
    notes: notes.filter((n) => fresh(notesMark, n.updatedAt, n.id)),
    pages: pages.filter((p) => fresh(pagesMark, p.lastSeen, p.key)),
    removed: [],
    marks: [notesMark, pagesMark],
  };
}

/** The mark after reading `records` (never empty) on top of the previous mark. */
function nextMark<T>(
  key: SyncMark["key"],
  prev: SyncMark | undefined,
  records: T[],
  time: (r: T) => number,
  id: (r: T) => string,
): SyncMark {
  const value = records.reduce((a, r) => Math.max(a, time(r)), prev?.value ?? 0);
  const ids = records.filter((r) => time(r) === value).map(id);
  return { key, value, ids: prev?.value === value ? [...new Set([...prev.ids, ...ids])] : ids };
}

/**
 * What the timestamps cannot tell: records written with an old time (a restored backup, an undone delete)
 * and records deleted. Compares primary keys only, once per library session, never per keystroke.
 */
async function reconcile(db: PolicyLensDb, index: SearchDb, changes: Changes): Promise<Changes> {
  const indexed = new Set(
    ((await index.docs.toCollection().primaryKeys()) as string[]).filter((d) => !d.startsWith("e:")),
  );
  const noteIds = (await db.notes.toCollection().primaryKeys()) as string[];
  const pageKeys = (await db.pages.toCollection().primaryKeys()) as string[];
  const present = new Set([...noteIds.map(noteDoc), ...pageKeys.map(pageDoc)]);
  const seenNotes = new Set(changes.notes.map((n) => n.id));
  const seenPages = new Set(changes.pages.map((p) => p.key));
  const notes = await db.notes.bulkGet(noteIds.filter((id) => !indexed.has(noteDoc(id)) && !seenNotes.has(id)));
  const pages = await db.pages.bulkGet(pageKeys.filter((key) => !indexed.has(pageDoc(key)) && !seenPages.has(key)));
  return {
    notes: [...changes.notes, ...notes.filter((n): n is NoteRecord => !!n)],
    pages: [...changes.pages, ...pages.filter((p): p is PageRecord => !!p)],
    removed: [...indexed].filter((d) => !present.has(d)),
    marks: changes.marks,
  };
}

/**
 * Brings the index up to date with the notes and pages written since the last sync; with `full`, also with
 * those the timestamps miss (see reconcile). Between reconciliations, rows of deleted records stay and
 * resolve to nothing when read.
 */
export async function syncIndex(db: PolicyLensDb, index: SearchDb, full = false): Promise<void> {
  const changed = await changedSince(db, index);
  const { notes, pages, removed } = full ? await reconcile(db, index, changed) : changed;
  if (!notes.length && !pages.length && !removed.length) return;
  const entities = pages.length
    ? await db.entities
        .where("pageKey")
        .anyOf(pages.map((p) => p.key))
        .toArray()
    : [];
  const namesOn = new Map<string, string[]>();
  for (const e of entities) {
    const names = namesOn.get(e.pageKey);
    if (names) names.push(e.name);
    else namesOn.set(e.pageKey, [e.name]);
  }
  const docs = new Map<string, string>();
  for (const n of notes) docs.set(noteDoc(n.id), [n.selectors.quote.exact, n.text, ...n.tags].join(" "));
  for (const p of pages) docs.set(pageDoc(p.key), [p.title, ...(namesOn.get(p.key) ?? [])].join(" "));
  const rows: DocRow[] = [...docs].map(([doc, text]) => ({ doc, terms: termsOf(text) }));
  // Entity documents only ever gain pages, and their words are their name's: written again, never removed.
  for (const e of entities) rows.push({ doc: entityDoc(e.kind, e.name), terms: termsOf(e.name) });
  // A changed document's record is replaced whole, old words and all. Written in batches, each its own
  // transaction, so the reader's other requests are served between them while a big library is indexed; the
  // marks move only with the last batch, so an interrupted sync is done again, and the writes repeat harmlessly.
  await index.docs.bulkDelete(removed);
  const lastStart = Math.floor(Math.max(0, rows.length - 1) / DOCS_PER_WRITE) * DOCS_PER_WRITE;
  for (let i = 0; i < lastStart; i += DOCS_PER_WRITE) await index.docs.bulkPut(rows.slice(i, i + DOCS_PER_WRITE));
  const last = rows.slice(lastStart);
  await index.transaction("rw", index.docs, index.meta, async () => {
    await index.docs.bulkPut(last);
    const [notesMark, pagesMark] = changed.marks;
    if (changed.notes.length)
      await index.meta.put(
        nextMark(
          "notes",
          notesMark,
          changed.notes,
          (n) => n.updatedAt,
          (n) => n.id,
        ),
      );
    if (changed.pages.length)
      await index.meta.put(
        nextMark(
          "pages",
          pagesMark,
          changed.pages,
          (p) => p.lastSeen,
          (p) => p.key,
        ),
      );
  });
}

/** Documents holding a word that starts with every word of `query` (an AND of prefixes), from the index only. */
export async function findDocs(index: SearchDb, query: string, maxRowsPerTerm = MAX_ROWS_PER_TERM): Promise<string[]> {
  const words = termsOf(query);
  if (words.length === 0) return [];
  let docs = null as Set<string> | null;
  // Longest words first: they match fewest rows, so the intersection shrinks soonest.
  for (const word of words.sort((a, b) => b.length - a.length)) {
    // A document with several words under the prefix comes once per word: the set keeps one.
    const found = new Set(
      (await index.docs.where("terms").startsWith(word).limit(maxRowsPerTerm).primaryKeys()) as string[],
    );
    docs = docs === null ? found : new Set([...docs].filter((d) => found.has(d)));
    if (docs.size === 0) break;
  }
  return [...(docs ?? [])];
}
