// What a library-wide export reads: every page the reader has seen or written notes on, with its notes and
// the entities stored for it, a slice at a time (by page key) so a large library never crosses the message
// channel, or sits in memory, all at once.
import type { PolicyLensDb } from "./db";
import type { EntityRecord, NoteRecord, PageRecord } from "./records";

export interface LibraryExportItem {
  pageKey: string;
  /** Null for notes whose page record is gone (restored from an older backup, or removed): they still export. */
  page: PageRecord | null;
  /** In the order they were written. */
  notes: NoteRecord[];
  /** Most mentioned first. */
  entities: EntityRecord[];
}

export interface LibraryExportSlice {
  items: LibraryExportItem[];
  /** The cursor for the next slice, or null after the last. */
  next: string | null;
}

/** Page keys after `after` in key order, at most `limit`, from the pages table and from the notes' pages. */
async function keysAfter(db: PolicyLensDb, after: string | null, limit: number): Promise<{ keys: string[]; more: boolean }> {
  const pages = after === null ? db.pages.toCollection() : db.pages.where(":id").above(after);
  const notes = after === null ? db.notes.orderBy("pageKey") : db.notes.where("pageKey").above(after);
  const [pageKeys, noteKeys] = (await Promise.all([pages.limit(limit).primaryKeys(), notes.limit(limit).uniqueKeys()])) as [string[], string[]];
  // A source that filled its limit may hold more keys past its last one: nothing beyond that can be listed yet.
  const ends = [pageKeys, noteKeys].filter((k) => k.length === limit).map((k) => k[k.length - 1]!);
  const bound = ends.length ? ends.reduce((a, b) => (a < b ? a : b)) : null;
  // IndexedDB orders strings by UTF-16 code units, as the default sort does.
  const all = [...new Set([...pageKeys, ...noteKeys])].sort().filter((k) => bound === null || k <= bound);
  return { keys: all.slice(0, limit), more: bound !== null || all.length > limit };
}

function groupBy<T>(list: T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of list) {
    const group = groups.get(key(x));
    if (group) group.push(x);
    else groups.set(key(x), [x]);
  }
  return groups;
}

/** One slice of the library for export; start with `after` null and pass `next` until it is null. */
export async function libraryExportSlice(db: PolicyLensDb, after: string | null, limit: number): Promise<LibraryExportSlice> {
  const { keys, more } = await keysAfter(db, after, limit);
  if (keys.length === 0) return { items: [], next: null };
  const [pages, notes, entities] = await Promise.all([
    db.pages.bulkGet(keys),
    db.notes.where("pageKey").anyOf(keys).sortBy("createdAt"),
    db.entities.where("pageKey").anyOf(keys).toArray(),
  ]);
  entities.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const notesOf = groupBy(notes, (n) => n.pageKey);
  const entitiesOf = groupBy(entities, (e) => e.pageKey);
  const items = keys.map((pageKey, i) => ({
    pageKey,
    page: pages[i] ?? null,
    notes: notesOf.get(pageKey) ?? [],
    entities: entitiesOf.get(pageKey) ?? [],
  }));
  return { items, next: more ? keys[keys.length - 1]! : null };
}
