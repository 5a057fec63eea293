import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../records/types";
import { openDb } from "./db";
import { resultRecord } from "../../test/export/backup-records";
import { makeNote } from "../../test/support/records";

/** Exactly what version 1 declared. */
const V1_STORES = {
  pages: "key, lastSeen, *aliases, title",
  notes: "id, pageKey, updatedAt, createdAt, *tags",
  entities: "id, pageKey, [kind+name], name, seenAt",
  corrections: "id, pageKey",
  settings: "key",
};

describe("schema upgrades", () => {
  it("carries version 1 notes forward, filling the fields version 2 added", async () => {
    const name = "upgrade-from-v1";
    // A note as a version-1 build wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table("notes").add({
      id: "old",
      pageKey: "https://caravan.kz/news/x",
      selectors: {
        quote: { type: "TextQuoteSelector", exact: "КНБ", prefix: "", suffix: "" },
        position: { type: "TextPositionSelector", start: 0, end: 3 },
      },
      text: "старая заметка",
      tags: ["a"],
      createdAt: 1,
      updatedAt: 2,
    });
    await v1.table("pages").add({
      key: "https://caravan.kz/news/x",
      url: "u",
      canonicalUrl: null,
      aliases: [],
      title: "T",
      lang: "ru",
      firstSeen: 1,
      lastSeen: 2,
    });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const note = await db.notes.get("old");
    expect(note).toMatchObject({
      text: "старая заметка",
      tags: ["a"],
      scope: "article",
      color: "yellow",
      annotationId: null,
      orphaned: false,
    });
    expect(await db.pages.count()).toBe(1);
    // The index version 2 added works on the carried-over data.
    expect(await db.notes.where("annotationId").equals("x").count()).toBe(0);
    db.close();
  });

  it("adds the results table in version 3, keeping what version 2 held", async () => {
    const name = "upgrade-from-v2";
    // Exactly what version 2 declared.
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores({ notes: "id, pageKey, updatedAt, createdAt, *tags, annotationId" });
    const key = "https://caravan.kz/news/x";
    await v2
      .table("pages")
      .add({ key, url: key, canonicalUrl: null, aliases: [], title: "T", lang: "ru", firstSeen: 1, lastSeen: 2 });
    await v2.table("notes").add(makeNote({ id: "kept", pageKey: key, annotationId: "p1" }));
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.notes.where("annotationId").equals("p1").primaryKeys()).toEqual(["kept"]);
    expect(await db.pages.count()).toBe(1);
    // Pages seen before have no kept result until their next visit.
    expect(await db.results.count()).toBe(0);
    await db.results.put(resultRecord(key));
    expect((await db.results.get(key))?.experts[0]?.name).toBe("Расул Рысмамбетов");
    db.close();
  });

  it("gives results kept by version 3 what it showed in version 4: the outlet's voice, no outlet mark, one role", async () => {
    const name = "upgrade-from-v3";
    const v3 = new Dexie(name);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores({ notes: "id, pageKey, updatedAt, createdAt, *tags, annotationId" });
    v3.version(3).stores({ results: "pageKey" });
    const key = "https://caravan.kz/news/x";
    // A result as version 3 kept it: no voice, no outlet mark, no roles.
    const { voice: _voice, ...v3Result } = resultRecord(key);
    await v3.table("results").add({
      ...v3Result,
      experts: v3Result.experts.map(({ roles: _roles, ...e }) => e),
      organisations: v3Result.organisations.map(({ outlet: _outlet, ...o }) => o),
    });
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    const kept = await db.results.get(key);
    expect(kept?.voice).toBe("outlet");
    expect(kept?.organisations.map((o) => o.outlet)).toEqual([false]);
    expect(kept?.experts.map((e) => e.roles)).toEqual([["экономист"]]);
    db.close();
  });
});
