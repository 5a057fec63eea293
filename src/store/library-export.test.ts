import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { noteRecord, pageRecord } from "../../test/export/backup-records";
import { openDb, type PolicyLensDb } from "./db";
import { type LibraryExportItem, libraryExportSlice } from "./library-export";
import type { EntityRecord } from "./records";

const opened: PolicyLensDb[] = [];
let count = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const entity = (pageKey: string, name: string, mentionCount: number): EntityRecord => ({
  id: `${pageKey}#organisation:${name}`, pageKey, kind: "organisation", name, role: null, mentionCount, seenAt: 1,
});

/** Pages a, c, d (d has no notes); notes on a, b (whose page record is gone) and c; several notes on a. */
async function library(): Promise<PolicyLensDb> {
  const db = openDb(`library-export-test-${process.pid}-${++count}`);
  opened.push(db);
  await db.pages.bulkPut(["https://a.kz/", "https://c.kz/", "https://d.kz/"].map((k) => pageRecord(k)));
  await db.notes.bulkPut([
    noteRecord("a2", "https://a.kz/", { createdAt: 2 }),
    noteRecord("a1", "https://a.kz/", { createdAt: 1 }),
    noteRecord("a3", "https://a.kz/", { createdAt: 3 }),
    noteRecord("a4", "https://a.kz/", { createdAt: 4 }),
    noteRecord("b1", "https://b.kz/"),
    noteRecord("c1", "https://c.kz/"),
  ]);
  await db.entities.bulkPut([entity("https://a.kz/", "КНБ", 1), entity("https://a.kz/", "Минфин", 3), entity("https://d.kz/", "АСПИР", 2)]);
  return db;
}

async function everything(db: PolicyLensDb, limit: number): Promise<{ items: LibraryExportItem[]; slices: number }> {
  const items: LibraryExportItem[] = [];
  let slices = 0;
  for (let after: string | null = null; ; ) {
    const slice = await libraryExportSlice(db, after, limit);
    items.push(...slice.items);
    slices++;
    if (slice.next === null) return { items, slices };
    after = slice.next;
  }
}

describe("library export slices", () => {
  it.each([1, 2, 3, 4, 100])("lists every page once, with its notes and entities, in slices of %d", async (limit) => {
    const db = await library();
    const { items, slices } = await everything(db, limit);
    expect(items.map((i) => i.pageKey)).toEqual(["https://a.kz/", "https://b.kz/", "https://c.kz/", "https://d.kz/"]);
    expect(slices).toBeLessThanOrEqual(Math.ceil(4 / limit) + 1);
    const [a, b, , d] = items;
    expect(a!.notes.map((n) => n.id)).toEqual(["a1", "a2", "a3", "a4"]);
    expect(a!.entities.map((e) => e.name)).toEqual(["Минфин", "КНБ"]);
    expect(b!.page).toBeNull();
    expect(b!.notes.map((n) => n.id)).toEqual(["b1"]);
    expect(d!.page?.key).toBe("https://d.kz/");
    expect(d!.notes).toEqual([]);
    expect(d!.entities.map((e) => e.name)).toEqual(["АСПИР"]);
  });

  it("answers an empty library with one empty slice", async () => {
    const db = openDb(`library-export-test-${process.pid}-${++count}`);
    opened.push(db);
    expect(await libraryExportSlice(db, null, 10)).toEqual({ items: [], next: null });
  });
});
