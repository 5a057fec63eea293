// Backups written by an older PolicyLens, brought up to the current schema before they are checked, so they
// restore into this one. Each step mirrors an upgrade block of ../store/db.ts: keep the two in step.
import { isPlainObject } from "../json-guard";
import { resultToV4 } from "../records/result-v4";
import { SCHEMA_VERSION } from "../records/types";

/** The oldest backup version this PolicyLens can read. */
export const OLDEST_BACKUP_VERSION = 1;

/** Version 2: notes written by version 1 may lack scope, colour, annotation and orphan flag; give them defaults. */
function noteToV2(note: unknown): unknown {
  if (!isPlainObject(note)) return note;
  const n = { ...note };
  n.scope ??= "article";
  n.color ??= "yellow";
  n.annotationId ??= null;
  n.orphaned ??= false;
  n.text ??= "";
  n.tags = Array.isArray(n.tags) ? n.tags : [];
  return n;
}

/**
 * A copy of a backup of `version` (between OLDEST_BACKUP_VERSION and SCHEMA_VERSION) in the current schema.
 * Parts that are not of the expected shape are left as they are for the validator to report.
 */
export function upgradeBackup(backup: Record<string, unknown>, version: number): Record<string, unknown> {
  if (!isPlainObject(backup.tables)) return { ...backup, version: SCHEMA_VERSION };
  const tables = { ...backup.tables };
  if (version < 2 && Array.isArray(tables.notes)) tables.notes = tables.notes.map(noteToV2);
  // Version 3: each page's result is kept; older backups have none to restore.
  if (version < 3 && !Object.hasOwn(tables, "results")) tables.results = [];
  if (version < 4 && Array.isArray(tables.results))
    tables.results = tables.results.map((r: unknown) => (isPlainObject(r) ? resultToV4({ ...r }) : r));
  return { ...backup, version: SCHEMA_VERSION, tables };
}
