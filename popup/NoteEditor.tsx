// Edits a note's text and tags in place. A failed save keeps the text in the editor and says why:
// a note must never be lost to a closed database or a concurrent edit.
import { useState } from "preact/hooks";
import type { NoteRecord } from "../src/records/types";
import { quoteOnce } from "../src/quote-marks";
import { t } from "./i18n";

interface Props {
  note: NoteRecord;
  onSave: (note: NoteRecord) => Promise<void>;
  onCancel: () => void;
  now?: () => number;
}

export const parseTags = (s: string): string[] => [
  ...new Set(
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

export function NoteEditor({ note, onSave, onCancel, now = Date.now }: Props) {
  const [text, setText] = useState(note.text);
  const [tags, setTags] = useState(note.tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Later than the stored version even when the clock is behind: the store refuses older edits.
      await onSave({ ...note, text, tags: parseTags(tags), updatedAt: Math.max(now(), note.updatedAt + 1) });
    } catch (err) {
      setError(t("popupSaveFailed", err instanceof Error ? err.message : String(err)));
      setBusy(false);
    }
  }

  const quoted = quoteOnce(note.selectors.quote.exact, (quote) => t("popupQuoted", quote));
  return (
    <form
      class="editor"
      onSubmit={save}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
      aria-label={t("popupEditing", quoted)}
    >
      <p class="quote editor-quote">{quoted}</p>
      <label>
        {t("popupNoteText")}
        <textarea
          data-testid="note-editor"
          value={text}
          rows={4}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          autoFocus
        />
      </label>
      <label>
        {t("popupNoteTags")}
        <input type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="editor-actions">
        <button type="submit" data-testid="save-note" disabled={busy}>
          {t("popupSave")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("popupCancel")}
        </button>
      </div>
    </form>
  );
}
