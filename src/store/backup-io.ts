// Backup and restore of the whole database, in the format of ../export/backup.ts.
//
// Why not `dexie-export-import`: its file is Dexie's own format ("formatName": "dexie", rows Typeson-encoded
// per table) rather than the documented `policylens.backup` one other tools and our validator read; it checks
// only the file's metadata (database name, version, tables), not each record's fields, sizes, hostile keys or
// duplicate ids, before writing; and its merge is "the file overwrites" or "skip existing", not "newest
// `updatedAt` wins". It would also be a new dependency. What we need from it (chunked reading, one
// transaction) is a few lines of Dexie.
import type { Collection } from "dexie";
import type { PolicyLensDb } from "./db";
import { STORED } from "../limits";
import { SCHEMA_VERSION } from "../records/types";
import {
  BACKUP_FORMAT,
  keyOf,
  planMerge,
  recordProblem,
  TABLE_NAMES,
  validateBackup,
  type Backup,
  type BackupTables,
  type ImportCounts,
  type TableName,
} from "../export/backup";
import { fitResult } from "./fit-result";
import { checkBackupChunks } from "./backup-parse";

/** Records read per query while streaming an export: big enough to amortise a query, small enough to bound memory. */
const EXPORT_BATCH_SIZE = 2_000;

const tablesOf = (db: PolicyLensDb) => TABLE_NAMES.map((name) => db.table(name));

/**
 * Rows of `table` as a backup writes them, each checked as the restore check will check it: an analysis is
 * trimmed by the store's rule (./fit-result.ts), which one kept before that rule existed may need; any other
 * record that would be refused stops the backup with its name and field, rather than end in a file that
 * cannot be restored.
 */
function restorableRows<T extends TableName>(table: T, rows: BackupTables[T]): BackupTables[T] {
  const written = (table === "results" ? (rows as BackupTables["results"]).map(fitResult) : rows) as BackupTables[T];
  for (const row of written) {
    const problem = recordProblem(table, row);
    if (problem)
      throw new Error(
        `the backup was not saved because it could not be restored: ${problem}. Edit or delete that record and back up again`,
      );
  }
  return written;
}

/** The whole database as one backup object, read in one transaction (a consistent snapshot), checked as a restore will check it. */
export async function exportBackup(db: PolicyLensDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction("r", tablesOf(db), async () => {
    const tables = {} as Record<TableName, unknown[]>;
    for (const name of TABLE_NAMES)
      tables[name] = restorableRows(name, (await db.table(name).toArray()) as BackupTables[typeof name]);
    return {
      format: BACKUP_FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      tables: tables as unknown as BackupTables,
    };
  });
}

/**
 * The backup file's text in chunks (one per batch of records, one record per line), for a Blob or a file
 * stream, so a large library never becomes one string. Batches are separate reads, paged by primary key:
 * a record edited during the export is written either before or after the edit, never half. Every record is
 * checked as a restore will check it before it is written (`restorableRows`): a file this makes restores.
 */
export async function* exportBackupChunks(
  db: PolicyLensDb,
  { now = new Date(), batchSize = EXPORT_BATCH_SIZE }: { now?: Date; batchSize?: number } = {},
): AsyncGenerator<string> {
  const header = { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString() };
  yield `${JSON.stringify(header).slice(0, -1)},"tables":{`;
  for (const [t, name] of TABLE_NAMES.entries()) {
    yield `${t > 0 ? "," : ""}\n${JSON.stringify(name)}:[`;
    let last: string | null = null;
    let first = true;
    let count = 0;
    for (;;) {
      const table = db.table(name);
      const query: Collection = last === null ? table.orderBy(":id") : table.where(":id").above(last);
      const rows = restorableRows(name, (await query.limit(batchSize).toArray()) as BackupTables[typeof name]);
      if (rows.length === 0) break;
      count += rows.length;
      if (count > STORED.recordsPerTable)
        throw new Error(
          `the backup was not saved because it could not be restored: more than ${STORED.recordsPerTable} records in ${name}`,
        );
      yield rows.map((r, i) => `${first && i === 0 ? "" : ","}\n${JSON.stringify(r)}`).join("");
      first = false;
      last = keyOf(name, rows[rows.length - 1]!);
    }
    yield "\n]";
  }
  yield "\n}}\n";
}

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; error: string };

export interface ImportOptions {
  /** "replace": the database becomes the backup. "merge": by id, the newer record wins; nothing is deleted. */
  mode: "replace" | "merge";
}

function replaceCounts(tables: BackupTables): ImportCounts {
  const counts = {} as ImportCounts;
  for (const name of TABLE_NAMES) counts[name] = { added: tables[name].length, updated: 0, kept: 0 };
  return counts;
}

/**
 * Restores a backup (the file's text or its parsed value). The whole file is validated first; then every
 * write happens in one read-write transaction over all tables, so on any failure the database is unchanged.
 */
export async function importBackup(db: PolicyLensDb, input: unknown, options: ImportOptions): Promise<ImportResult> {
  const checked = validateBackup(input);
  return checked.ok ? writeBackup(db, checked.backup, options) : checked;
}

/**
 * Restores a backup file that arrived in chunks (an upload), with importBackup's checks and verdicts, parsed
 * record by record (./backup-parse.ts): the file's text is never joined into one string, and each chunk is
 * freed once read, so a restore holds about the parsed records, not the text and its copies besides.
 */
export async function importBackupChunks(
  db: PolicyLensDb,
  chunks: string[],
  options: ImportOptions,
): Promise<ImportResult> {
  const checked = checkBackupChunks(chunks);
  return checked.ok ? writeBackup(db, checked.backup, options) : checked;
}

/** Writes a checked backup in one read-write transaction over all tables: on any failure nothing is changed. */
async function writeBackup(db: PolicyLensDb, backup: Backup, { mode }: ImportOptions): Promise<ImportResult> {
  const incoming = backup.tables;
  try {
    const counts = await db.transaction("rw", tablesOf(db), async () => {
      if (mode === "replace") {
        for (const name of TABLE_NAMES) await db.table(name).clear();
        for (const name of TABLE_NAMES) await db.table(name).bulkAdd(incoming[name]);
        return replaceCounts(incoming);
      }
      const existing = {} as Record<TableName, unknown[]>;
      for (const name of TABLE_NAMES) {
        const keys = incoming[name].map((r) => keyOf(name, r));
        existing[name] = (await db.table(name).bulkGet(keys)).filter((r) => r !== undefined);
      }
      const plan = planMerge(existing as unknown as BackupTables, incoming);
      for (const name of TABLE_NAMES) await db.table(name).bulkPut(plan.write[name]);
      return plan.counts;
    });
    return { ok: true, counts };
  } catch (e) {
    return { ok: false, error: `The import failed and nothing was changed: ${(e as Error).message}` };
  }
}
