// What a library-wide export reads: every page the reader has seen or written notes on (or a selection of
// them), with its notes, the entities stored for it and the engine's kept result, a slice at a time (by page
// key) so a large library never crosses the message channel, or sits in memory, all at once.
import type { ExtractResult } from "../extract/types";
import type { PolicyLensDb } from "./db";
import type { CorrectionRecord, PageRecord, ResultRecord } from "../records/types";
import type { LibraryExportFilter, LibraryExportItem, LibraryExportSlice } from "../records/views";
import { withoutRefused } from "../annotations";
import { resultOfRecord } from "./results";

/**
 * Article text per slice: results carry their article's text, and a slice is one message, far below
 * Chrome's 64 MiB cap even with every character escaped. A slice always holds at least one page.
 */
const SLICE_TEXT_BUDGET = 8_000_000;

/** Page keys after `after` in key order, at most `limit`, from the pages table and from the notes' pages. */
async function keysAfter(
  db: PolicyLensDb,
  after: string | null,
  limit: number,
): Promise<{ keys: string[]; more: boolean }> {
  const pages = after === null ? db.pages.toCollection() : db.pages.where(":id").above(after);
  const notes = after === null ? db.notes.orderBy("pageKey") : db.notes.where("pageKey").above(after);
  const [pageKeys, noteKeys] = (await Promise.all([
    pages.limit(limit).primaryKeys(),
    notes.limit(limit).uniqueKeys(),
  ])) as [string[], string[]];
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

/** The selection's page keys in key order: the listed ones, or those an entity is recorded on. */
async function selectedKeys(db: PolicyLensDb, filter: LibraryExportFilter): Promise<string[]> {
  if ("pageKeys" in filter) return [...new Set(filter.pageKeys)].sort();
  const { kind, name } = filter.entity;
  const entries = kind ? db.entities.where("[kind+name]").equals([kind, name]) : db.entities.where("name").equals(name);
  return [...new Set((await entries.toArray()).map((e) => e.pageKey))].sort();
}

/** Keys of the selection after `after`, at most `limit`. */
async function selectedKeysAfter(db: PolicyLensDb, filter: LibraryExportFilter, after: string | null, limit: number) {
  const rest = (await selectedKeys(db, filter)).filter((k) => after === null || k > after);
  return { keys: rest.slice(0, limit), more: rest.length > limit };
}

/** The kept result of a page, as the exporters read it and as the reader corrected it. */
function exportedResult(
  record: ResultRecord | undefined,
  page: PageRecord | null,
  corrections: Map<string, CorrectionRecord[]>,
): ExtractResult | null {
  if (!record) return null;
  const known = page ?? { url: record.pageKey, canonicalUrl: null, title: "", lang: "other" as const };
  const applying = [...(corrections.get(record.pageKey) ?? []), ...(corrections.get("*") ?? [])];
  return withoutRefused(resultOfRecord(record, known), applying, record.pageKey);
}

/**
 * One slice of the library (or of the selection `filter` names) for export; start with `after` null and pass
 * `next` until it is null. A listed key with neither a page nor notes is left out.
 */
export async function libraryExportSlice(
  db: PolicyLensDb,
  after: string | null,
  limit: number,
  filter?: LibraryExportFilter,
): Promise<LibraryExportSlice> {
  const { keys, more } = filter ? await selectedKeysAfter(db, filter, after, limit) : await keysAfter(db, after, limit);
  if (keys.length === 0) return { items: [], next: null };
  const [pages, notes, entities, results, corrections] = await Promise.all([
    db.pages.bulkGet(keys),
    db.notes.where("pageKey").anyOf(keys).sortBy("createdAt"),
    db.entities.where("pageKey").anyOf(keys).toArray(),
    db.results.bulkGet(keys),
    db.corrections
      .where("pageKey")
      .anyOf([...keys, "*"])
      .toArray(),
  ]);
  entities.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const notesOf = groupBy(notes, (n) => n.pageKey);
  const entitiesOf = groupBy(entities, (e) => e.pageKey);
  const correctionsOf = groupBy(corrections, (c) => c.pageKey);
  const items: LibraryExportItem[] = [];
  let text = 0;
  let read = 0;
  for (const [i, pageKey] of keys.entries()) {
    const record = results[i];
    if (read > 0 && text + (record?.text.length ?? 0) > SLICE_TEXT_BUDGET) break;
    text += record?.text.length ?? 0;
    read++;
    const page = pages[i] ?? null;
    const item = {
      pageKey,
      page,
      notes: notesOf.get(pageKey) ?? [],
      entities: entitiesOf.get(pageKey) ?? [],
      result: exportedResult(record, page, correctionsOf),
    };
    if (filter && !item.page && item.notes.length === 0) continue;
    items.push(item);
  }
  // A slice cut short by the text budget goes on after the last key read.
  return { items, next: read < keys.length || more ? keys[read - 1]! : null };
}
