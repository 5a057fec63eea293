// Backup and restore across the message channel, which caps the size of one message: the backup file goes out
// a page at a time (an export session per file, pulled with a cursor) and comes back in bounded chunks (an
// upload session per file). Nothing is written until the whole file is in and has been validated, by
// `importBackupChunks`, in one transaction. Sessions the page abandons (closed tab, crash) expire.
import type { ImportCounts } from "../export/backup";
import type { PolicyLensDb } from "../store/db";
import { exportBackupChunks, importBackupChunks } from "../store/backup-io";

/** Characters of backup text per export message: the library page takes in each reply in one task, so kept small. */
export const EXPORT_PAGE_CHARS = 200_000;
/** A session untouched this long is dropped: the page that started it has gone. */
export const SESSION_IDLE_MS = 5 * 60_000;
/** Sessions of each kind open at once: each holds a file in memory, and one reader backs up one at a time. */
export const MAX_SESSIONS = 4;

export type ImportMode = "replace" | "merge";

interface ExportSession {
  chunks: AsyncGenerator<string>;
  /** Pages handed out so far; the next cursor must name this one, so a repeated or stale cursor is refused. */
  page: number;
  touched: number;
}

interface UploadSession {
  mode: ImportMode;
  totalChars: number;
  received: number;
  parts: string[];
  touched: number;
}

export interface TransferDeps {
  db: PolicyLensDb;
  now: () => number;
  /** Session ids: unguessable, so one extension page cannot feed or read another's session by accident. */
  newId: () => string;
}

const UNKNOWN_SESSION = "this backup transfer is unknown or has expired; start again";

export function createBackupTransfer({ db, now, newId }: TransferDeps) {
  const exports = new Map<string, ExportSession>();
  const uploads = new Map<string, UploadSession>();

  function expire(): void {
    const cutoff = now() - SESSION_IDLE_MS;
    for (const [id, s] of exports) {
      if (s.touched >= cutoff) continue;
      void s.chunks.return(undefined);
      exports.delete(id);
    }
    for (const [id, s] of uploads) if (s.touched < cutoff) uploads.delete(id);
  }

  function startExport(): string {
    if (exports.size >= MAX_SESSIONS)
      throw new Error("too many backups are being made at once; try again in a few minutes");
    const id = newId();
    exports.set(id, { chunks: exportBackupChunks(db, { now: new Date(now()) }), page: 0, touched: now() });
    return id;
  }

  /** The next page of the backup file; `cursor` null starts a new file. `next` is null after the last page. */
  async function exportChunk(cursor: string | null): Promise<{ chunk: string; next: string | null }> {
    expire();
    const [id, page] = cursor === null ? [startExport(), "0"] : cursor.split(":");
    const session = exports.get(id ?? "");
    if (!session || id === undefined) throw new Error(UNKNOWN_SESSION);
    if (page !== String(session.page)) throw new Error("backup pages were asked for out of order; start again");
    // Counted before reading, so a second request with the same cursor (a double click) is refused, not served.
    const nextPage = ++session.page;
    let chunk = "";
    let done = false;
    try {
      while (chunk.length < EXPORT_PAGE_CHARS) {
        const step = await session.chunks.next();
        if (step.done) {
          done = true;
          break;
        }
        chunk += step.value;
      }
    } catch (e) {
      exports.delete(id);
      throw e;
    }
    session.touched = now();
    if (done) exports.delete(id);
    return { chunk, next: done ? null : `${id}:${nextPage}` };
  }

  function beginImport(mode: ImportMode, totalChars: number): { uploadId: string } {
    expire();
    if (uploads.size >= MAX_SESSIONS) throw new Error("too many restores are in progress; try again in a few minutes");
    const uploadId = newId();
    uploads.set(uploadId, { mode, totalChars, received: 0, parts: [], touched: now() });
    return { uploadId };
  }

  function upload(uploadId: string): UploadSession {
    expire();
    const session = uploads.get(uploadId);
    if (!session) throw new Error(UNKNOWN_SESSION);
    session.touched = now();
    return session;
  }

  /** Chunks arrive in order; a gap, a repeat or more text than announced ends the upload. */
  function importChunk(uploadId: string, index: number, text: string): { received: number } {
    const session = upload(uploadId);
    const problem =
      index !== session.parts.length
        ? `chunk ${index} arrived out of order (expected ${session.parts.length})`
        : session.received + text.length > session.totalChars
          ? `the file is longer than the ${session.totalChars} characters announced`
          : null;
    if (problem) {
      uploads.delete(uploadId);
      throw new Error(`${problem}; nothing was changed`);
    }
    session.parts.push(text);
    session.received += text.length;
    return { received: session.received };
  }

  /** Validates the whole file and restores it in one transaction; on any problem the database is unchanged. */
  async function commitImport(uploadId: string): Promise<{ counts: ImportCounts }> {
    const session = upload(uploadId);
    uploads.delete(uploadId);
    if (session.received !== session.totalChars)
      throw new Error(
        `the upload is incomplete (${session.received} of ${session.totalChars} characters); nothing was changed`,
      );
    // The chunks as they came, never joined: the restore reads them record by record and frees each once read.
    const result = await importBackupChunks(db, session.parts, { mode: session.mode });
    if (!result.ok) throw new Error(result.error);
    return { counts: result.counts };
  }

  function abortImport(uploadId: string): { aborted: boolean } {
    return { aborted: uploads.delete(uploadId) };
  }

  return { exportChunk, beginImport, importChunk, commitImport, abortImport };
}
