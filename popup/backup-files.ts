// The library page's side of backup and restore: the backup file pulled from the background page by page,
// and a file sent back in chunks, each within the message size cap. The background validates and writes.
import type { ImportCounts } from "../src/export/backup";
import { callBackground, LIMITS, type Runtime } from "../src/messages";

export type RestoreMode = "replace" | "merge";

/** `policylens-backup-YYYY-MM-DD.json`, dated in the reader's own time zone. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `policylens-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** The whole backup file, as the pages the background sent (join them, or hand them to a Blob). */
export async function fetchBackup(runtime: Runtime): Promise<string[]> {
  const parts: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { chunk: string; next: string | null } = await callBackground(runtime, "backup/export-chunk", { cursor });
    parts.push(page.chunk);
    cursor = page.next;
  } while (cursor !== null);
  return parts;
}

/**
 * Where a chunk starting at `start` ends: never between the two halves of a surrogate pair (an emoji), which
 * the message channel would turn into two replacement characters.
 */
export function chunkEnd(text: string, start: number, chunkChars: number): number {
  const end = Math.min(text.length, start + chunkChars);
  const high = text.charCodeAt(end - 1);
  const low = text.charCodeAt(end);
  const splitsPair = end - start > 1 && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return splitsPair ? end - 1 : end;
}

/**
 * Sends a backup file's text to the background and restores it. A refused file (or a failed upload) throws
 * with the background's message; the database is then unchanged.
 */
export async function restoreBackup(runtime: Runtime, text: string, mode: RestoreMode, chunkChars: number = LIMITS.backupChunk): Promise<ImportCounts> {
  if (text.length === 0) throw new Error("the file is empty");
  if (text.length > LIMITS.backupChars) throw new Error(`the file is too large (over ${LIMITS.backupChars} characters)`);
  const { uploadId } = await callBackground(runtime, "backup/import-begin", { mode, totalChars: text.length });
  try {
    for (let index = 0, start = 0; start < text.length; index++) {
      const end = chunkEnd(text, start, chunkChars);
      await callBackground(runtime, "backup/import-chunk", { uploadId, index, text: text.slice(start, end) });
      start = end;
    }
  } catch (e) {
    // The background may already have dropped it; either way nothing was written.
    await callBackground(runtime, "backup/import-abort", { uploadId }).catch(() => undefined);
    throw e;
  }
  return (await callBackground(runtime, "backup/import-commit", { uploadId })).counts;
}
