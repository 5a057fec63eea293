// The full-backup file: every table of the database with the schema version, and the rules for taking one
// back in. `validateBackup` checks the whole file before anything is written; `planMerge` decides, record by
// record, what a merge import writes. Both are pure: ../store/backup-io.ts does the reading and writing.
import type { AnyCheck, Check } from "../check";
import { describe, isPlainObject, HOSTILE_KEYS, arrayOf } from "../json-guard";
import {
  SCHEMA_VERSION,
  type CorrectionRecord,
  type EntityRecord,
  type NoteRecord,
  type PageRecord,
  type ResultRecord,
  type SettingRecord,
} from "../records/types";
import { correctionCheck, entityCheck, noteCheck, pageCheck, resultCheck, settingCheck } from "../records/checks";
import { STORED } from "../limits";
import { OLDEST_BACKUP_VERSION, upgradeBackup } from "./backup-upgrade";

export const BACKUP_FORMAT = "policylens.backup";

export interface BackupTables {
  pages: PageRecord[];
  notes: NoteRecord[];
  entities: EntityRecord[];
  corrections: CorrectionRecord[];
  settings: SettingRecord[];
  results: ResultRecord[];
}

export type TableName = keyof BackupTables;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof SCHEMA_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  tables: BackupTables;
}

/** Every table, in the order they are written to a file (pages first, so a reader sees what notes belong to). */
export const TABLE_NAMES: readonly TableName[] = ["pages", "notes", "entities", "corrections", "settings", "results"];

type Row<T extends TableName> = BackupTables[T][number];

/** Each table's primary key, as declared in ../store/db.ts. */
export function keyOf<T extends TableName>(table: T, row: Row<T>): string {
  if (table === "results") return (row as ResultRecord).pageKey;
  return table === "pages" || table === "settings" ? (row as { key: string }).key : (row as { id: string }).id;
}

const TABLE_CHECKS: { [T in TableName]: Check<Row<T>> } = {
  pages: pageCheck,
  notes: noteCheck,
  entities: entityCheck,
  corrections: correctionCheck,
  settings: settingCheck,
  results: resultCheck,
};

/** What one record of each table is called when a message names it. */
const RECORD_NAMES: { [T in TableName]: string } = {
  pages: "page",
  notes: "note",
  entities: "entity",
  corrections: "correction",
  settings: "setting",
  results: "analysis of page",
};

/** A key quoted in a message: a page key may be a long URL, and the start is what the reader recognises. */
const MAX_QUOTED_KEY = 200;

/**
 * What in one record would make the restore check refuse a backup holding it, naming the record by its key
 * and then the field (`note "n1".selectors.position: start 50 is after end 10`); null when it restores. A
 * backup runs it on each record it writes, so it never saves a file that it would then refuse.
 */
export function recordProblem<T extends TableName>(table: T, row: Row<T>): string | null {
  const key = keyOf(table, row);
  const quoted = key.length > MAX_QUOTED_KEY ? `${JSON.stringify(key.slice(0, MAX_QUOTED_KEY))}…` : JSON.stringify(key);
  return (TABLE_CHECKS[table] as Check<Row<T>>)(row, `${RECORD_NAMES[table]} ${quoted}`);
}

export type ValidationResult = { ok: true; backup: Backup } | { ok: false; error: string };

const fail = (error: string): ValidationResult => ({ ok: false, error: `Not a usable PolicyLens backup: ${error}` });

function parse(input: unknown): { value: unknown } | { error: string } {
  if (typeof input !== "string") return { value: input };
  try {
    // A BOM is what some editors add when a file is saved again; it is not part of the JSON.
    return { value: JSON.parse(input.replace(/^\uFEFF/, "")) as unknown };
  } catch (e) {
    return { error: `the file is not valid JSON; it may be truncated or damaged (${(e as Error).message})` };
  }
}

function checkHeader(v: Record<string, unknown>): string | null {
  if (v.format !== BACKUP_FORMAT) return `format: expected "${BACKUP_FORMAT}", got ${describe(v.format)}`;
  if (!Number.isInteger(v.version)) return `version: expected a whole number, got ${describe(v.version)}`;
  const version = v.version as number;
  if (version > SCHEMA_VERSION)
    return `version ${version} was written by a newer PolicyLens (this one reads up to ${SCHEMA_VERSION}); update PolicyLens first`;
  if (version < OLDEST_BACKUP_VERSION)
    return `version ${version} is not supported (this PolicyLens reads versions ${OLDEST_BACKUP_VERSION} to ${SCHEMA_VERSION})`;
  if (typeof v.exportedAt !== "string" || Number.isNaN(Date.parse(v.exportedAt)))
    return `exportedAt: expected a date, got ${describe(v.exportedAt)}`;
  return null;
}

function checkTables(tables: unknown): string | null {
  if (!isPlainObject(tables)) return `tables: expected an object, got ${describe(tables)}`;
  for (const key of Object.keys(tables)) {
    if (HOSTILE_KEYS.has(key)) return `tables: forbidden key "${key}"`;
    if (!TABLE_NAMES.includes(key as TableName)) return `tables: unknown table "${key}"`;
  }
  for (const name of TABLE_NAMES) {
    if (!Object.hasOwn(tables, name)) return `tables: missing table "${name}"; the file may be truncated`;
    const error = arrayOf(TABLE_CHECKS[name] as AnyCheck, STORED.recordsPerTable)(tables[name], `tables.${name}`);
    if (error) return error;
    const seen = new Set<string>();
    for (const [i, row] of (tables[name] as Row<typeof name>[]).entries()) {
      const key = keyOf(name, row);
      if (seen.has(key)) return `tables.${name}[${i}]: duplicate id ${JSON.stringify(key)}`;
      seen.add(key);
    }
  }
  return null;
}

/**
 * Checks a whole backup (the file's text, or the value parsed from it) before anything is written: format and
 * version, every field of every record, sizes, hostile keys and duplicate ids. The message names the first
 * thing wrong, with its path (e.g. `tables.notes[3].tags[0]`). An older version's backup is returned
 * upgraded to the current schema; the input is never modified.
 */
export function validateBackup(input: unknown): ValidationResult {
  const parsed = parse(input);
  if ("error" in parsed) return fail(parsed.error);
  const v = parsed.value;
  if (!isPlainObject(v)) return fail(`expected a JSON object, got ${describe(v)}`);
  for (const key of Object.keys(v)) {
    if (HOSTILE_KEYS.has(key)) return fail(`forbidden key "${key}"`);
    if (!["format", "version", "exportedAt", "tables"].includes(key)) return fail(`unknown field "${key}"`);
  }
  const headerError = checkHeader(v);
  if (headerError) return fail(headerError);
  const current = upgradeBackup(v, v.version as number);
  const error = checkTables(current.tables);
  return error ? fail(error) : { ok: true, backup: current as unknown as Backup };
}

/**
 * When a record was last changed, per table; the newer side wins a merge. Settings carry no time: the
 * reader's current settings are kept and only missing ones are taken from the backup.
 */
const STAMPS: { [T in TableName]: (row: Row<T>) => number } = {
  pages: (r) => r.lastSeen,
  notes: (r) => r.updatedAt,
  entities: (r) => r.seenAt,
  corrections: (r) => r.createdAt,
  settings: () => Number.NEGATIVE_INFINITY,
  results: (r) => r.analysedAt,
};

export interface TableCounts {
  added: number;
  updated: number;
  /** Records of the backup not written: the database already had them, as new or newer. */
  kept: number;
}

export type ImportCounts = Record<TableName, TableCounts>;

export interface MergePlan {
  /** The records to put: new ones and newer versions of existing ones. */
  write: BackupTables;
  counts: ImportCounts;
}

function mergeTable<T extends TableName>(table: T, existing: readonly Row<T>[], incoming: readonly Row<T>[]) {
  const stamp = STAMPS[table] as (row: Row<T>) => number;
  const current = new Map(existing.map((r) => [keyOf(table, r), r]));
  const write: Row<T>[] = [];
  const counts: TableCounts = { added: 0, updated: 0, kept: 0 };
  for (const row of incoming) {
    const mine = current.get(keyOf(table, row));
    if (mine === undefined) counts.added++;
    else if (stamp(row) > stamp(mine)) counts.updated++;
    else {
      counts.kept++;
      continue;
    }
    write.push(row);
  }
  return { write, counts };
}

/**
 * What a merge import writes: records matched by id; a record in both is taken from the backup only when it
 * is strictly newer (ties keep the database's copy), so importing the same file twice writes nothing.
 */
export function planMerge(existing: BackupTables, incoming: BackupTables): MergePlan {
  const write = {} as Record<TableName, unknown[]>;
  const counts = {} as ImportCounts;
  for (const table of TABLE_NAMES) {
    const merged = mergeTable(table, existing[table], incoming[table]);
    write[table] = merged.write;
    counts[table] = merged.counts;
  }
  return { write: write as unknown as BackupTables, counts };
}
