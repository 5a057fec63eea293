// A list of notes in the library, with the same edit and delete (and undo) as the popup.
import { useState } from "preact/hooks";
import type { NoteRecord } from "../src/records/types";
import type { LibraryApi } from "./api";
import { t } from "./i18n";
import type { NoteItem } from "./model";
import { NoteEditor } from "./NoteEditor";
import { NoteRow } from "./NoteRow";
import { UndoBar } from "./UndoBar";
import { VirtualList } from "./VirtualList";

const NOTE_ROW = 84;
const VIEW_HEIGHT = 560;

interface Props {
  api: LibraryApi;
  notes: NoteRecord[];
  onChange: (notes: NoteRecord[]) => void;
  /** Opens the note's article in the library. */
  onOpenPage: (pageKey: string) => void;
  label: string;
}

export function LibraryNotes({ api, notes, onChange, onOpenPage, label }: Props) {
  const [editing, setEditing] = useState<NoteRecord | null>(null);
  const [status, setStatus] = useState<{ message: string; undo?: () => void } | null>(null);
  const items: NoteItem[] = notes.map((note) => ({
    kind: "note",
    id: note.id,
    note,
    // Not "orphaned" for the row: in the library it opens the note's article, which an orphan has too. The row
    // marks an orphan by the note's own flag.
    orphaned: false,
    haystack: () => "",
  }));
  const fail = (e: unknown) =>
    setStatus({ message: t("popupActionFailed", e instanceof Error ? e.message : String(e)) });

  async function save(note: NoteRecord) {
    const saved = await api.saveNote(note);
    onChange(notes.map((n) => (n.id === saved.id ? saved : n)));
    setEditing(null);
  }
  async function remove(item: NoteItem) {
    try {
      const deleted = await api.deleteNote(item.id);
      const rest = notes.filter((n) => n.id !== item.id);
      onChange(rest);
      if (deleted) {
        setStatus({
          message: t("popupNoteDeleted"),
          undo: () => api.saveNote(deleted).then(() => (onChange(notes), setStatus(null)), fail),
        });
      }
    } catch (e) {
      fail(e);
    }
  }

  return (
    <div>
      {editing && <NoteEditor key={editing.id} note={editing} onSave={save} onCancel={() => setEditing(null)} />}
      <VirtualList
        items={items}
        rowHeight={NOTE_ROW}
        viewHeight={VIEW_HEIGHT}
        label={label}
        getKey={(i) => i.id}
        renderItem={(i) => (
          <NoteRow
            item={i}
            onActivate={() => onOpenPage(i.note.pageKey)}
            onEdit={(x) => setEditing(x.note)}
            onDelete={(x) => void remove(x)}
          />
        )}
      />
      <UndoBar message={status?.message ?? null} onUndo={status?.undo} onDismiss={() => setStatus(null)} />
    </div>
  );
}
