import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../messages/types";
import { envelope } from "../messages/transport";
import { SCHEMA_VERSION } from "../records/types";
import { openDb, type PolicyLensDb } from "../store/db";
import { importBackup } from "../store/backup-io";
import { noteRecord, pageRecord, smallBackup } from "../../test/export/backup-records";
import { EXPORT_PAGE_CHARS, MAX_SESSIONS, SESSION_IDLE_MS } from "./backup-transfer";
import { testRouter } from "../../test/support/records";
import type { Sender } from "./router";

const page: Sender = { id: "ext", url: "chrome-extension://ext/library.html" };
const content: Sender = { id: "ext", url: "https://www.caravan.kz/news/x/", tab: { id: 7 } };

const opened: PolicyLensDb[] = [];
let dbCount = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function setup() {
  const db = openDb(`router-backup-test-${process.pid}-${dbCount++}`);
  opened.push(db);
  const clock = { now: Date.UTC(2026, 10, 27, 12) };
  let ids = 0;
  const { handle } = testRouter({
    db,
    now: () => clock.now,
    identities: (p) => [p.url],
    newId: () => `session-${++ids}`,
  });
  async function call<T>(name: Parameters<typeof envelope>[0], data: unknown, sender = page): Promise<T> {
    const reply = (await handle(envelope(name, data as never), sender)) as Reply<T>;
    if (!reply.ok) throw new Error(reply.error);
    return reply.result;
  }
  /** The backup file as the library page assembles it. */
  async function backupText(): Promise<{ text: string; pages: number }> {
    let text = "";
    let pages = 0;
    for (let cursor: string | null = null; ; pages++) {
      const { chunk, next }: { chunk: string; next: string | null } = await call("backup/export-chunk", { cursor });
      text += chunk;
      if (next === null) return { text, pages: pages + 1 };
      cursor = next;
    }
  }
  /** Uploads `text` in chunks of `size` characters and commits it. */
  async function restore(text: string, mode: "replace" | "merge", size = 1000) {
    const { uploadId } = await call<{ uploadId: string }>("backup/import-begin", { mode, totalChars: text.length });
    for (let i = 0; i * size < text.length; i++)
      await call("backup/import-chunk", { uploadId, index: i, text: text.slice(i * size, (i + 1) * size) });
    return call<{ counts: Record<string, { added: number; updated: number; kept: number }> }>("backup/import-commit", {
      uploadId,
    });
  }
  return { db, handle, call, backupText, restore, clock };
}

async function snapshot(db: PolicyLensDb) {
  return {
    pages: await db.pages.toArray(),
    notes: await db.notes.toArray(),
    entities: await db.entities.toArray(),
    corrections: await db.corrections.toArray(),
    settings: await db.settings.toArray(),
    results: await db.results.toArray(),
  };
}

async function seeded() {
  const s = setup();
  expect((await importBackup(s.db, smallBackup(), { mode: "replace" })).ok).toBe(true);
  return s;
}

describe("backup through the background", () => {
  it("exports the database in pages that join into a valid backup, and restores it into an empty one", async () => {
    const from = await seeded();
    const { text } = await from.backupText();
    expect(JSON.parse(text)).toMatchObject({
      format: "policylens.backup",
      version: SCHEMA_VERSION,
      exportedAt: "2026-11-27T12:00:00.000Z",
    });

    const to = setup();
    const { counts } = await to.restore(text, "replace", 97);
    expect(counts.notes).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(counts.results).toEqual({ added: 1, updated: 0, kept: 0 });
    expect(await snapshot(to.db)).toEqual(await snapshot(from.db));
  });

  it("splits a large backup over several export messages", async () => {
    const s = setup();
    const key = "https://www.caravan.kz/news/big/";
    const big = "Ж".repeat(200_000);
    await s.db.pages.put(pageRecord(key));
    await s.db.notes.bulkPut(
      Array.from({ length: 25 }, (_, i) => noteRecord(`n${String(i).padStart(2, "0")}`, key, { text: big })),
    );
    const { text, pages } = await s.backupText();
    expect(text.length).toBeGreaterThan(2 * EXPORT_PAGE_CHARS);
    expect(pages).toBeGreaterThan(1);
    expect(JSON.parse(text).tables.notes).toHaveLength(25);
  });

  it("merges its own backup back without duplicating or changing anything", async () => {
    const s = await seeded();
    const before = await snapshot(s.db);
    const { counts } = await s.restore((await s.backupText()).text, "merge");
    expect(counts.notes).toEqual({ added: 0, updated: 0, kept: 2 });
    expect(await snapshot(s.db)).toEqual(before);
  });

  it("finds restored notes in the library search, though their times are older than the index", async () => {
    const s = setup();
    const key = "https://www.caravan.kz/news/x/";
    await s.call("notes/save", {
      note: noteRecord("fresh", key, { text: "свежая", updatedAt: Date.UTC(2026, 10, 27) }),
    });
    expect((await s.call<{ notes: unknown[] }>("library/search", { query: "свежая", limit: 10 })).notes).toHaveLength(
      1,
    );
    await s.restore(JSON.stringify(smallBackup()), "merge");
    const found = await s.call<{ notes: { id: string }[] }>("library/search", { query: "заметка", limit: 10 });
    expect(found.notes.map((n) => n.id)).toEqual(["n1"]);
  });

  const valid = JSON.stringify(smallBackup());
  it.each([
    ["truncated", valid.slice(0, -40), /not valid JSON/],
    ["a newer version", valid.replace(`"version":${SCHEMA_VERSION}`, '"version":99'), /newer PolicyLens/],
    ["a hostile key", valid.replace('"tables":{', '"tables":{"__proto__":{},'), /forbidden key/],
    ["a bad record", valid.replace('"orphaned":false', '"orphaned":"no"'), /tables\.notes\[0\]\.orphaned/],
    [
      "not a backup",
      JSON.stringify({ "@context": "http://www.w3.org/ns/anno.jsonld" }),
      /Not a usable PolicyLens backup/,
    ],
  ])("refuses %s file and leaves the database as it was", async (_label, text, error) => {
    const s = await seeded();
    const before = await snapshot(s.db);
    await expect(s.restore(text, "replace", 50)).rejects.toThrow(error);
    expect(await snapshot(s.db)).toEqual(before);
  });

  it.each([
    ["a chunk out of order", (id: string) => [{ uploadId: id, index: 1, text: "{}" }], /out of order/],
    [
      "more text than announced",
      (id: string) => [{ uploadId: id, index: 0, text: "x".repeat(11) }],
      /longer than the 10 characters/,
    ],
  ])("ends an upload on %s", async (_label, chunks, error) => {
    const s = await seeded();
    const before = await snapshot(s.db);
    const { uploadId } = await s.call<{ uploadId: string }>("backup/import-begin", { mode: "replace", totalChars: 10 });
    for (const c of chunks(uploadId)) await expect(s.call("backup/import-chunk", c)).rejects.toThrow(error);
    await expect(s.call("backup/import-commit", { uploadId })).rejects.toThrow(/unknown or has expired/);
    expect(await snapshot(s.db)).toEqual(before);
  });

  it("refuses to commit an incomplete upload", async () => {
    const s = await seeded();
    const before = await snapshot(s.db);
    const { uploadId } = await s.call<{ uploadId: string }>("backup/import-begin", {
      mode: "replace",
      totalChars: valid.length,
    });
    await s.call("backup/import-chunk", { uploadId, index: 0, text: valid.slice(0, 100) });
    await expect(s.call("backup/import-commit", { uploadId })).rejects.toThrow(/incomplete \(100 of \d+ characters\)/);
    expect(await snapshot(s.db)).toEqual(before);
  });

  it("forgets uploads and exports abandoned for longer than the idle time", async () => {
    const s = await seeded();
    const { uploadId } = await s.call<{ uploadId: string }>("backup/import-begin", {
      mode: "merge",
      totalChars: valid.length,
    });
    const first = await s.call<{ next: string | null }>("backup/export-chunk", { cursor: null });
    s.clock.now += SESSION_IDLE_MS + 1;
    await expect(s.call("backup/import-chunk", { uploadId, index: 0, text: valid })).rejects.toThrow(
      /unknown or has expired/,
    );
    // The small backup fits in one page; an unknown cursor is refused the same way.
    expect(first.next).toBeNull();
    await expect(s.call("backup/export-chunk", { cursor: "session-2:1" })).rejects.toThrow(/unknown or has expired/);
  });

  it("refuses a stale export cursor", async () => {
    const s = setup();
    const key = "https://www.caravan.kz/news/big/";
    await s.db.notes.bulkPut(
      Array.from({ length: 12 }, (_, i) => noteRecord(`n${i}`, key, { text: "Ж".repeat(400_000) })),
    );
    const first = await s.call<{ next: string }>("backup/export-chunk", { cursor: null });
    expect(first.next).toBe("session-1:1");
    await expect(s.call("backup/export-chunk", { cursor: "session-1:0" })).rejects.toThrow(/out of order/);
    // The same cursor twice at once (a double click): one answer, one refusal.
    const both = await Promise.allSettled([1, 2].map(() => s.call("backup/export-chunk", { cursor: first.next })));
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("limits the uploads open at once, and an abort frees one", async () => {
    const s = setup();
    const ids: string[] = [];
    for (let i = 0; i < MAX_SESSIONS; i++)
      ids.push((await s.call<{ uploadId: string }>("backup/import-begin", { mode: "merge", totalChars: 5 })).uploadId);
    await expect(s.call("backup/import-begin", { mode: "merge", totalChars: 5 })).rejects.toThrow(/too many restores/);
    expect(await s.call("backup/import-abort", { uploadId: ids[0] })).toEqual({ aborted: true });
    await expect(s.call("backup/import-begin", { mode: "merge", totalChars: 5 })).resolves.toEqual({
      uploadId: `session-${MAX_SESSIONS + 1}`,
    });
  });

  it.each([
    [
      "an export from a content script",
      "backup/export-chunk",
      { cursor: null },
      content,
      /only be sent from the extension/,
    ],
    [
      "a restore from a content script",
      "backup/import-begin",
      { mode: "replace", totalChars: 10 },
      content,
      /only be sent from the extension/,
    ],
    [
      "an unknown mode",
      "backup/import-begin",
      { mode: "wipe", totalChars: 10 },
      page,
      /mode must be one of replace, merge/,
    ],
    [
      "an oversized file",
      "backup/import-begin",
      { mode: "merge", totalChars: 500_000_001 },
      page,
      /totalChars must be between/,
    ],
    [
      "an oversized chunk",
      "backup/import-chunk",
      { uploadId: "u", index: 0, text: "x".repeat(4_000_001) },
      page,
      /text is too long/,
    ],
    [
      "a commit from a content script",
      "backup/import-commit",
      { uploadId: "u" },
      content,
      /only be sent from the extension/,
    ],
    [
      "a library export from a content script",
      "library/export",
      { after: null, limit: 10 },
      content,
      /only be sent from the extension/,
    ],
  ] as const)("refuses %s", async (_label, name, data, sender, error) => {
    const s = await seeded();
    const before = await snapshot(s.db);
    await expect(s.call(name, data, sender)).rejects.toThrow(error);
    expect(await snapshot(s.db)).toEqual(before);
  });
});
