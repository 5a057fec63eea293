// Notes: the one thing the product must never lose. Every write is a transaction; concurrent edits from two
// tabs resolve per note by `updatedAt` (the later edit wins, an older one is refused, not silently merged).
import type { PolicyLensDb } from "./db";
import { noteCheck } from "../records/checks";
import type { NoteRecord } from "../records/types";
import { restorable } from "./restorable";

export function listNotes(db: PolicyLensDb, pageKeys: string[]): Promise<NoteRecord[]> {
  return db.notes.where("pageKey").anyOf(pageKeys).sortBy("createdAt");
}

export class StaleWriteError extends Error {
  constructor(readonly current: NoteRecord) {
    super("This note was changed elsewhere (another tab) after you opened it; reload to see the newer version.");
  }
}

/** Saves a note unless a newer version is stored; then throws StaleWriteError carrying the stored one. */
export async function saveNote(db: PolicyLensDb, note: NoteRecord): Promise<NoteRecord> {
  restorable(noteCheck, note, `note ${JSON.stringify(note.id)}`);
  return db.transaction("rw", db.notes, async () => {
    const current = await db.notes.get(note.id);
    if (current && current.updatedAt > note.updatedAt) throw new StaleWriteError(current);
    await db.notes.put(note);
    return note;
  });
}

/** Deletes a note and returns what was deleted, so the caller can offer undo. */
export async function deleteNote(db: PolicyLensDb, id: string): Promise<NoteRecord | null> {
  return db.transaction("rw", db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) return null;
    await db.notes.delete(id);
    return current;
  });
}

export async function setOrphaned(db: PolicyLensDb, ids: string[], orphaned: boolean): Promise<number> {
  return db.transaction("rw", db.notes, async () => {
    const notes = (await db.notes.bulkGet(ids)).filter((n): n is NoteRecord => !!n && n.orphaned !== orphaned);
    await db.notes.bulkPut(notes.map((n) => ({ ...n, orphaned })));
    return notes.length;
  });
}
