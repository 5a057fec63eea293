import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { noteRecord, pageRecord, resultRecord } from "../../test/export/backup-records";
import { openDb, type PolicyLensDb } from "./db";
import { libraryExportSlice } from "./library-export";
import type { LibraryExportFilter, LibraryExportItem } from "../records/views";
import type { EntityRecord } from "../records/types";

const opened: PolicyLensDb[] = [];
let count = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const entity = (pageKey: string, name: string, mentionCount: number): EntityRecord => ({
  id: `${pageKey}#organisation:${name}`,
  pageKey,
  kind: "organisation",
  name,
  role: null,
  mentionCount,
  seenAt: 1,
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
  await db.entities.bulkPut([
    entity("https://a.kz/", "КНБ", 1),
    entity("https://a.kz/", "Минфин", 3),
    entity("https://d.kz/", "АСПИР", 2),
  ]);
  return db;
}

async function everything(
  db: PolicyLensDb,
  limit: number,
  filter?: LibraryExportFilter,
): Promise<{ items: LibraryExportItem[]; slices: number }> {
  const items: LibraryExportItem[] = [];
  let slices = 0;
  for (let after: string | null = null; ;) {
    const slice = await libraryExportSlice(db, after, limit, filter);
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

  it.each([1, 3])("gives each page its kept result (none where none was kept), in slices of %d", async (limit) => {
    const db = await library();
    await db.results.bulkPut([resultRecord("https://a.kz/"), resultRecord("https://d.kz/")]);
    const { items } = await everything(db, limit);
    expect(items.map((i) => i.result?.people.map((p) => p.name) ?? null)).toEqual([
      ["Расул Рысмамбетов"],
      null,
      null,
      ["Расул Рысмамбетов"],
    ]);
    const a = items[0]!.result!;
    expect(a.policyOptions.map((o) => o.proposer)).toEqual(["Расул Рысмамбетов"]);
    expect(a.url).toBe("https://a.kz/");
    expect(a.text.slice(a.organisations[0]!.mentions[0]!.start, a.organisations[0]!.mentions[0]!.end)).toBe("Минфину");
  });

  it("leaves out of the result what the reader refused on the page or on every page", async () => {
    const db = await library();
    await db.results.bulkPut([resultRecord("https://a.kz/"), resultRecord("https://c.kz/")]);
    await db.corrections.bulkPut([
      {
        id: "https://a.kz/#expert:Расул Рысмамбетов",
        pageKey: "https://a.kz/",
        kind: "expert",
        name: "Расул Рысмамбетов",
        verdict: "not-expert",
        createdAt: 1,
      },
      {
        id: "*#organisation:Минфин",
        pageKey: "*",
        kind: "organisation",
        name: "Минфин",
        verdict: "wrong",
        createdAt: 1,
      },
    ]);
    const { items } = await everything(db, 10);
    const [a, , c] = items.map((i) => i.result);
    expect(a?.people).toEqual([]);
    expect(c?.people.map((p) => p.name)).toEqual(["Расул Рысмамбетов"]);
    expect([a?.organisations, c?.organisations]).toEqual([[], []]);
    expect(c?.policyOptions).toHaveLength(1);
  });

  it.each<[string, LibraryExportFilter, string[]]>([
    [
      "listed pages, in key order, without keys the library does not hold",
      { pageKeys: ["https://d.kz/", "https://a.kz/", "https://zz.kz/", "https://a.kz/"] },
      ["https://a.kz/", "https://d.kz/"],
    ],
    ["listed pages, one that only has notes", { pageKeys: ["https://b.kz/"] }, ["https://b.kz/"]],
    ["an entity of a kind", { entity: { kind: "organisation", name: "Минфин" } }, ["https://a.kz/"]],
    ["an entity of any kind", { entity: { kind: null, name: "АСПИР" } }, ["https://d.kz/"]],
    ["an entity under another kind", { entity: { kind: "expert", name: "Минфин" } }, []],
  ])("exports a selection: %s", async (_label, filter, keys) => {
    const db = await library();
    await db.results.put(resultRecord("https://d.kz/"));
    for (const limit of [1, 2, 10]) {
      const { items } = await everything(db, limit, filter);
      expect(items.map((i) => i.pageKey)).toEqual(keys);
      expect(items.map((i) => i.result !== null)).toEqual(keys.map((k) => k === "https://d.kz/"));
    }
  });

  it("ends a slice early when its results' texts would pass a message's budget, and goes on from there", async () => {
    const db = await library();
    const long = "Минфину ".repeat(375_000);
    await db.results.bulkPut(
      ["https://a.kz/", "https://b.kz/", "https://c.kz/"].map((k) => resultRecord(k, { text: long })),
    );
    const first = await libraryExportSlice(db, null, 10);
    expect(first.items.map((i) => i.pageKey)).toEqual(["https://a.kz/", "https://b.kz/"]);
    expect(first.next).toBe("https://b.kz/");
    const rest = await libraryExportSlice(db, first.next, 10);
    expect(rest.items.map((i) => i.pageKey)).toEqual(["https://c.kz/", "https://d.kz/"]);
    expect(rest.next).toBeNull();
  });

  it("answers an empty library with one empty slice", async () => {
    const db = openDb(`library-export-test-${process.pid}-${++count}`);
    opened.push(db);
    expect(await libraryExportSlice(db, null, 10)).toEqual({ items: [], next: null });
  });
});
