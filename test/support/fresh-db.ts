// Fresh, empty databases for store tests: a new name per use, so tests never share state, each closed and deleted
// after its test. Call at a test file's top level, after importing "fake-indexeddb/auto".
import { afterEach } from "vitest";
import { openDb, type PolicyLensDb } from "../../src/store/db";

let counter = 0;

export function freshDatabases(prefix: string): () => PolicyLensDb {
  const opened: PolicyLensDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return () => {
    const db = openDb(`${prefix}-${process.pid}-${++counter}`);
    opened.push(db);
    return db;
  };
}
