// The library's queries: search across everything the reader has seen and written, per-entity views
// ("every article where КНБ appears") and one page with its entities and notes. Index lookups only.
import type { AnnotationKind } from "../extract/types";
import type { PolicyLensDb } from "./db";
import { listNotes } from "./notes";
import type { NoteRecord, PageRecord } from "../records/types";
import type { EntityHit, EntityView, LibrarySearchResult, PageView } from "../records/views";
import { findDocs, type SearchDb, syncIndex } from "./search-index";
import { withoutRefused } from "../annotations";
import { listCorrections } from "./corrections";
import { resultOfRecord } from "./results";

const KINDS: readonly AnnotationKind[] = ["expert", "organisation", "policy-option"];

/**
 * Records read per kind for one search: a one- or two-letter prefix matches thousands, and the reader types
 * on long before reading them; past this, "newest first" is among the first ones found, not all.
 */
const MAX_RESOLVED = 500;

const byNewest =
  <T>(time: (x: T) => number) =>
  (a: T, b: T) =>
    time(b) - time(a);

function parseEntityDoc(rest: string): { kind: AnnotationKind; name: string } | null {
  const kind = KINDS.find((k) => rest.startsWith(`${k}:`));
  return kind ? { kind, name: rest.slice(kind.length + 1) } : null;
}

/** The library's search state: the index is brought up to date (incrementally) once per query, never rebuilt per keystroke. */
export function createLibrary(db: PolicyLensDb, index: SearchDb) {
  // One sync at a time: keystrokes arrive faster than a first sync of a big library finishes. The first one
  // of a session also reconciles the index with the records' keys.
  let syncing: Promise<void> = Promise.resolve();
  let reconciled = false;
  const sync = () =>
    (syncing = syncing
      .catch(() => undefined)
      .then(async () => {
        await syncIndex(db, index, !reconciled);
        reconciled = true;
      }));

  async function search(query: string, limit: number): Promise<LibrarySearchResult> {
    await sync();
    const docs = await findDocs(index, query);
    const noteIds = docs
      .filter((d) => d.startsWith("n:"))
      .slice(0, MAX_RESOLVED)
      .map((d) => d.slice(2));
    const pageKeys = docs
      .filter((d) => d.startsWith("p:"))
      .slice(0, MAX_RESOLVED)
      .map((d) => d.slice(2));
    const names = docs
      .filter((d) => d.startsWith("e:"))
      .map((d) => parseEntityDoc(d.slice(2)))
      .filter((e) => e !== null);
    // Rows of deleted notes and pages resolve to nothing and are dropped here.
    const notes = (await db.notes.bulkGet(noteIds))
      .filter((n): n is NoteRecord => !!n)
      .sort(byNewest((n) => n.updatedAt));
    const pages = (await db.pages.bulkGet(pageKeys))
      .filter((p): p is PageRecord => !!p)
      .sort(byNewest((p) => p.lastSeen));
    const entities: EntityHit[] = [];
    for (const e of names.slice(0, limit)) {
      const pageCount = await db.entities.where("[kind+name]").equals([e.kind, e.name]).count();
      if (pageCount > 0) entities.push({ ...e, pageCount });
    }
    entities.sort((a, b) => b.pageCount - a.pageCount || a.name.localeCompare(b.name));
    return { pages: pages.slice(0, limit), notes: notes.slice(0, limit), entities };
  }

  return { search };
}

/** Every article where an entity appears, newest first; without a kind, under any kind. */
export async function entityView(db: PolicyLensDb, kind: AnnotationKind | null, name: string): Promise<EntityView> {
  const entries = kind
    ? await db.entities.where("[kind+name]").equals([kind, name]).toArray()
    : await db.entities.where("name").equals(name).toArray();
  const keys = [...new Set(entries.map((e) => e.pageKey))];
  const pages = (await db.pages.bulkGet(keys)).filter((p): p is PageRecord => !!p).sort(byNewest((p) => p.lastSeen));
  return { pages, entries };
}

/** One page with its entities (most mentioned first) and notes. */
export async function pageView(db: PolicyLensDb, key: string): Promise<PageView> {
  const [page, entities, notes, kept, corrections] = await Promise.all([
    db.pages.get(key),
    db.entities.where("pageKey").equals(key).toArray(),
    listNotes(db, [key]),
    db.results.get(key),
    listCorrections(db, key),
  ]);
  entities.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const result = kept && page ? { ...withoutRefused(resultOfRecord(kept, page), corrections, key), text: "" } : null;
  return { page: page ?? null, entities, notes, result };
}

/** Notes newest-edited first, a page at a time, for the library's list of every note. */
export function recentNotes(db: PolicyLensDb, offset: number, limit: number): Promise<NoteRecord[]> {
  return db.notes.orderBy("updatedAt").reverse().offset(offset).limit(limit).toArray();
}
