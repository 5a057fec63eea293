// Every note in the library, newest-edited first, fetched a slice at a time.
import { useEffect, useState } from "preact/hooks";
import type { NoteRecord } from "../src/records/types";
import type { LibraryApi } from "./api";
import { t } from "./i18n";
import { LibraryNotes } from "./LibraryNotes";

/** Notes fetched per request: one message of a few hundred kilobytes at most. */
export const NOTES_PER_FETCH = 500;

export function AllNotes({ api, onOpenPage }: { api: LibraryApi; onOpenPage: (key: string) => void }) {
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function fetchFrom(offset: number, before: NoteRecord[]) {
    try {
      const next = await api.recentNotes(offset, NOTES_PER_FETCH);
      setNotes([...before, ...next]);
      setMore(next.length === NOTES_PER_FETCH);
    } catch (e) {
      setError(String(e));
    }
  }
  useEffect(() => void fetchFrom(0, []), []);

  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!notes) return <p aria-busy="true">{t("popupLoading")}</p>;
  if (notes.length === 0) return <p class="empty">{t("libraryNoNotes")}</p>;
  return (
    <section data-testid="all-notes" aria-label={t("libraryAllNotes")}>
      <LibraryNotes api={api} notes={notes} onChange={setNotes} onOpenPage={onOpenPage} label={t("libraryAllNotes")} />
      {more && (
        <button type="button" onClick={() => void fetchFrom(notes.length, notes)}>
          {t("libraryLoadMore")}
        </button>
      )}
    </section>
  );
}
