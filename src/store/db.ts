// The Dexie schema, declared once. Shipped version blocks are never edited: add a new version instead.
// The database lives in the extension's origin (the background opens it), never in a page's.
// A new version raises SCHEMA_VERSION (../records/types.ts) too: backups carry it (db.test.ts checks the two agree).
import Dexie, { type EntityTable } from "dexie";
import { resultToV4 } from "../records/result-v4";
import type {
  CorrectionRecord,
  EntityRecord,
  NoteRecord,
  PageRecord,
  ResultRecord,
  SettingRecord,
} from "../records/types";

export const DB_NAME = "policylens";

export type PolicyLensDb = Dexie & {
  pages: EntityTable<PageRecord, "key">;
  notes: EntityTable<NoteRecord, "id">;
  entities: EntityTable<EntityRecord, "id">;
  corrections: EntityTable<CorrectionRecord, "id">;
  settings: EntityTable<SettingRecord, "key">;
  results: EntityTable<ResultRecord, "pageKey">;
};

/** Opens (creating or upgrading) the database. `name` lets tests use a fresh database each. */
export function openDb(name: string = DB_NAME): PolicyLensDb {
  const db = new Dexie(name) as PolicyLensDb;
  db.version(1).stores({
    pages: "key, lastSeen, *aliases, title",
    notes: "id, pageKey, updatedAt, createdAt, *tags",
    entities: "id, pageKey, [kind+name], name, seenAt",
    corrections: "id, pageKey",
    settings: "key",
  });
  // 2: notes attached to an automatic annotation are looked up by it; notes written by version 1 may lack
  // the fields added since (scope, colour, annotation, orphan flag) and get their defaults.
  db.version(2)
    .stores({ notes: "id, pageKey, updatedAt, createdAt, *tags, annotationId" })
    .upgrade((tx) =>
      tx
        .table("notes")
        .toCollection()
        .modify((note: Partial<NoteRecord>) => {
          note.scope ??= "article";
          note.color ??= "yellow";
          note.annotationId ??= null;
          note.orphaned ??= false;
          note.tags = Array.isArray(note.tags) ? note.tags : [];
          note.text ??= "";
        }),
    );
  // 3: each page's automatic annotations are kept (results), so a library export includes them. Pages seen
  // before have none until their next visit: there is nothing to migrate.
  db.version(3).stores({ results: "pageKey" });
  // 4: a kept result says whose voice the text is, which body is its outlet and every role of an expert, so the
  // library names who proposes what no one named as the page did ("the author", "Caravan.kz"). Results kept
  // before get what version 3 showed: the outlet's voice, no outlet mark, the shown role only.
  db.version(4)
    .stores({})
    .upgrade((tx) => tx.table("results").toCollection().modify(resultToV4));
  return db;
}
