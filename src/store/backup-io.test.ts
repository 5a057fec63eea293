/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break backups field by field, at any depth */
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { freshDatabases } from "../../test/support/fresh-db";
import fc from "fast-check";
import type { PolicyLensDb } from "./db";
import { exportBackup, exportBackupChunks, importBackup } from "./backup-io";
import { TABLE_NAMES, keyOf, type Backup, type BackupTables } from "../export/backup";
import { noteRecord, resultRecord, smallBackup, tablesArbitrary } from "../../test/export/backup-records";
import { STORED } from "../limits";

const NOW = new Date(Date.UTC(2026, 10, 27, 12));
const freshDb = freshDatabases("backup-io-test");

async function chunksText(db: PolicyLensDb, batchSize?: number): Promise<string> {
  let text = "";
  for await (const chunk of exportBackupChunks(db, { now: NOW, batchSize })) text += chunk;
  return text;
}

/** Tables sorted by primary key, as the database returns them. */
function sorted(tables: BackupTables): BackupTables {
  const out = {} as Record<string, unknown[]>;
  for (const name of TABLE_NAMES) {
    out[name] = [...tables[name]].sort((a, b) => {
      const [ka, kb] = [keyOf(name, a), keyOf(name, b)];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }
  return out as unknown as BackupTables;
}

async function seeded(tables: BackupTables): Promise<PolicyLensDb> {
  const db = freshDb();
  const result = await importBackup(db, { ...smallBackup(), tables }, { mode: "replace" });
  expect(result.ok).toBe(true);
  return db;
}

describe("backup round trip", () => {
  it("export → import into an empty database gives back the same data (random records)", async () => {
    await fc.assert(
      fc.asyncProperty(tablesArbitrary, fc.integer({ min: 1, max: 4 }), async (tables, batchSize) => {
        const source = await seeded(tables);
        const file = await chunksText(source, batchSize);
        const target = freshDb();
        const result = await importBackup(target, file, { mode: "replace" });
        expect(result.ok).toBe(true);
        const back = await exportBackup(target, NOW);
        expect(back.tables).toEqual(sorted(tables));
        expect(JSON.parse(file)).toEqual(back);
      }),
      { numRuns: 30 },
    );
    // Thirty databases with texts of up to 300,000 characters take seconds on a busy machine.
  }, 30_000);

  it("streams the same backup as exportBackup builds, one record per line", async () => {
    const db = await seeded(smallBackup().tables);
    const file = await chunksText(db, 1);
    const whole: Backup = await exportBackup(db, NOW);
    expect(JSON.parse(file)).toEqual(whole);
    expect(file.split("\n").filter((l) => l.startsWith('{"id":"n'))).toHaveLength(2);
  });

  it("exports an empty database as a valid, empty backup", async () => {
    const file = await chunksText(freshDb());
    const target = freshDb();
    expect(await importBackup(target, file, { mode: "merge" })).toEqual({
      ok: true,
      counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, { added: 0, updated: 0, kept: 0 }])),
    });
  });
});

describe("a backup checks its own records as a restore will", () => {
  const backwards = noteRecord("n-bad", "https://caravan.kz/news/1", {
    selectors: {
      quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start: 50, end: 10 },
    },
  });

  // Written past the store's checks, as a database kept by an older PolicyLens may hold it.
  it.each([
    ["streamed", (db: PolicyLensDb) => chunksText(db)],
    ["whole", (db: PolicyLensDb) => exportBackup(db, NOW)],
  ])("refuses to make one it could not restore (%s), naming the record and the field", async (_how, backUp) => {
    const db = await seeded(smallBackup().tables);
    await db.notes.put(backwards);
    await expect(backUp(db)).rejects.toThrow(
      'the backup was not saved because it could not be restored: note "n-bad".selectors.position: start 50 is after end 10',
    );
  });

  it("trims an analysis kept before the store trimmed them, and the backup restores", async () => {
    const db = await seeded(smallBackup().tables);
    const key = "https://caravan.kz/news/huge";
    const text = "x".repeat(STORED.articleText + 1);
    await db.results.put(resultRecord(key, { text, experts: [], organisations: [], policyOptions: [] }));
    const file = await chunksText(db);
    const target = freshDb();
    expect(await importBackup(target, file, { mode: "replace" })).toMatchObject({ ok: true });
    expect((await target.results.get(key))!.text).toHaveLength(STORED.articleText);
  });
});

describe("merge import", () => {
  it("keeps the newer edit of each note, adds new records and deletes nothing", async () => {
    const key = "https://www.caravan.kz/news/1/";
    const db = await seeded({
      ...smallBackup().tables,
      notes: [
        noteRecord("n1", key, { text: "edited here", updatedAt: 500 }),
        noteRecord("n2", key, { text: "old here", updatedAt: 100 }),
        noteRecord("mine", key),
      ],
    });
    const incoming = smallBackup();
    incoming.tables.notes = [
      noteRecord("n1", key, { text: "older in file", updatedAt: 200 }),
      noteRecord("n2", key, { text: "newer in file", updatedAt: 300 }),
      noteRecord("n3", key, { text: "only in file" }),
    ];
    const result = await importBackup(db, JSON.stringify(incoming), { mode: "merge" });
    expect(result.ok && result.counts.notes).toEqual({ added: 1, updated: 1, kept: 1 });
    const notes = await db.notes.toArray();
    expect(notes.map((n) => [n.id, n.text])).toEqual([
      ["mine", "заметка"],
      ["n1", "edited here"],
      ["n2", "newer in file"],
      ["n3", "only in file"],
    ]);
  });

  it("is idempotent: merging the database's own backup changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(tablesArbitrary, async (tables) => {
        const db = await seeded(tables);
        const before = await exportBackup(db, NOW);
        const result = await importBackup(db, before, { mode: "merge" });
        expect(result.ok && Object.values(result.counts).every((c) => c.added === 0 && c.updated === 0)).toBe(true);
        expect(await exportBackup(db, NOW)).toEqual(before);
      }),
      { numRuns: 10 },
    );
  }, 30_000);

  it.each(["replace", "merge"] as const)(
    "restores a version-2 backup (no results) in %s mode, keeping the results it lacks on merge",
    async (mode) => {
      const db = await seeded({ ...smallBackup().tables, notes: [], results: [resultRecord("https://x/")] });
      const old = JSON.parse(JSON.stringify(smallBackup())) as Record<string, any>;
      old.version = 2;
      delete old.tables.results;
      const result = await importBackup(db, JSON.stringify(old), { mode });
      expect(result.ok && result.counts.results).toEqual({ added: 0, updated: 0, kept: 0 });
      expect((await db.notes.toArray()).map((n) => n.id)).toEqual(["n1", "n2"]);
      expect(await db.results.count()).toBe(mode === "merge" ? 1 : 0);
    },
  );

  it("keeps the newer analysis of a page on merge", async () => {
    const key = "https://www.caravan.kz/news/1/";
    const db = await seeded({
      ...smallBackup().tables,
      results: [resultRecord(key, { analysedAt: 500, published: "mine" })],
    });
    const incoming = smallBackup();
    incoming.tables.results = [resultRecord(key, { analysedAt: 900, published: "theirs" })];
    const result = await importBackup(db, incoming, { mode: "merge" });
    expect(result.ok && result.counts.results).toEqual({ added: 0, updated: 1, kept: 0 });
    expect((await db.results.get(key))?.published).toBe("theirs");
  });

  it("replace mode removes what the backup does not hold", async () => {
    const db = await seeded(smallBackup().tables);
    const result = await importBackup(
      db,
      { ...smallBackup(), tables: { ...smallBackup().tables, notes: [] } },
      { mode: "replace" },
    );
    expect(result.ok).toBe(true);
    expect(await db.notes.count()).toBe(0);
    expect(await db.pages.count()).toBe(1);
  });
});

describe("a rejected file leaves the database unchanged", () => {
  const good = JSON.stringify(smallBackup());
  const wrong = (edit: (b: Record<string, any>) => void): string => {
    const b = JSON.parse(good) as Record<string, any>;
    edit(b);
    return JSON.stringify(b);
  };
  it.each([
    ["malformed JSON", "not json at all"],
    ["a truncated file", good.slice(0, good.length - 40)],
    ["a wrong version", wrong((b) => (b.version = 99))],
    ["a hostile key", good.replace('"id":"n2"', '"__proto__":{"x":1},"id":"n2"')],
    ["a wrong type late in the file", wrong((b) => (b.tables.settings[0].key = 1))],
    ["duplicate ids", wrong((b) => (b.tables.notes[1].id = "n1"))],
    [
      "a result's span past its text, in the last table",
      wrong((b) => (b.tables.results[0].policyOptions[0].end = 1e6)),
    ],
  ])("%s", async (_, file) => {
    for (const mode of ["replace", "merge"] as const) {
      const db = await seeded({ ...smallBackup().tables, notes: [noteRecord("keep-me", "https://x/")] });
      const before = await exportBackup(db, NOW);
      const result = await importBackup(db, file, { mode });
      expect(result.ok).toBe(false);
      expect(await exportBackup(db, NOW)).toEqual(before);
    }
  });

  it("a write that fails inside the transaction rolls every table back", async () => {
    const db = await seeded(smallBackup().tables);
    const before = await exportBackup(db, NOW);
    // Results are written last: a failure there must undo every table already written.
    db.results.hook("creating", () => {
      throw new Error("disk full");
    });
    const incoming = smallBackup();
    incoming.tables.notes = [noteRecord("new-note", "https://x/")];
    incoming.tables.settings = [{ key: "new-setting", value: 1 }];
    incoming.tables.results = [resultRecord("https://x/")];
    for (const mode of ["replace", "merge"] as const) {
      const result = await importBackup(db, incoming, { mode });
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/nothing was changed: .*disk full/) });
      expect(await exportBackup(db, NOW)).toEqual(before);
    }
  });
});
