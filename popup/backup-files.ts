// The library page's side of backup and restore: the backup file pulled from the background page by page,
// and a file sent back in chunks, each within the message size cap. The background validates and writes.
import type { ImportCounts } from "../src/export/backup";
import { callBackground, type Runtime } from "../src/messages/transport";
import { LIMITS } from "../src/limits";
import { OWN_PAGE_SLICE_MS, slicer } from "../src/yield";

export type RestoreMode = "replace" | "merge";

/** `policylens-backup-YYYY-MM-DD.json`, dated in the reader's own time zone. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `policylens-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/**
 * The whole backup file, pulled from the background page by page. Each page becomes a Blob at once, so no
 * string ever holds the whole file (about 70 MB at 100,000 notes); the browser keeps large Blobs on disk.
 */
export async function fetchBackup(runtime: Runtime): Promise<Blob> {
  const parts: Blob[] = [];
  let cursor: string | null = null;
  do {
    const page: { chunk: string; next: string | null } = await callBackground(runtime, "backup/export-chunk", {
      cursor,
    });
    parts.push(new Blob([page.chunk]));
    cursor = page.next;
  } while (cursor !== null);
  return new Blob(parts, { type: "application/json" });
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

/** Bytes of the file read at a time. */
const PIECE_BYTES = 1 << 20;

/**
 * A file's text a piece at a time, decoded as UTF-8: only one piece is in memory, never the whole file. Read by
 * slices rather than as a stream, and with a turn for the page between pieces: a stream of data that is already
 * there is pumped in long native tasks and resolves read after read within one task (a 7 MB file, 350 ms).
 */
async function* textPieces(file: Blob): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const breathe = slicer(globalThis, OWN_PAGE_SLICE_MS);
  for (let at = 0; at < file.size; at += PIECE_BYTES) {
    const text = decoder.decode(await file.slice(at, at + PIECE_BYTES).arrayBuffer(), { stream: true });
    if (text) yield text;
    await breathe();
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** What a restore of a file with no text says, before anything else is asked or sent. */
export const EMPTY_FILE = "the file is empty";

/** Whether the file holds no text (a byte-order mark alone is none); only its first piece is read. */
export async function isEmptyFile(file: Blob): Promise<boolean> {
  const pieces = textPieces(file);
  const first = await pieces.next();
  await pieces.return(undefined);
  return first.done === true;
}

/** The file's length in characters, as the background counts them; read once without keeping the text. */
async function textLength(file: Blob): Promise<number> {
  let length = 0;
  for await (const piece of textPieces(file)) length += piece.length;
  return length;
}

/** The file's text again, cut into chunks of at most `chunkChars` that never split an emoji. */
async function* textChunks(file: Blob, chunkChars: number): AsyncGenerator<string> {
  let pending = "";
  for await (const piece of textPieces(file)) {
    pending += piece;
    while (pending.length > chunkChars) {
      const end = chunkEnd(pending, 0, chunkChars);
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  if (pending) yield pending;
}

/**
 * Sends a backup file to the background in chunks and restores it. The file is read twice (once to
 * count, once to send), so a large backup never sits in the page as one string. A refused file (or a failed
 * upload) throws with the background's message; the database is then unchanged.
 */
export async function restoreBackup(
  runtime: Runtime,
  file: Blob,
  mode: RestoreMode,
  chunkChars: number = LIMITS.backupChunk,
): Promise<ImportCounts> {
  const totalChars = await textLength(file);
  if (totalChars === 0) throw new Error(EMPTY_FILE);
  if (totalChars > LIMITS.backupChars) throw new Error(`the file is too large (over ${LIMITS.backupChars} characters)`);
  const { uploadId } = await callBackground(runtime, "backup/import-begin", { mode, totalChars });
  try {
    let index = 0;
    for await (const text of textChunks(file, chunkChars))
      await callBackground(runtime, "backup/import-chunk", { uploadId, index: index++, text });
  } catch (e) {
    // The background may already have dropped it; either way nothing was written.
    await callBackground(runtime, "backup/import-abort", { uploadId }).catch(() => undefined);
    throw e;
  }
  return (await callBackground(runtime, "backup/import-commit", { uploadId })).counts;
}
