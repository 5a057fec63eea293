// One of the reader's notes: the quote, whether it is orphaned, the note, its tags, and edit and delete. The
// orphan marker is the note's own flag (set when its text was not found on the last visit) or the page's word
// that it is not found now, so the library's lists mark what the popup puts under "orphaned notes".
import { noteSwatch } from "../src/colours";
import { quoteOnce } from "../src/quote-marks";
import type { NoteItem } from "./model";
import { t } from "./i18n";

interface Props {
  item: NoteItem;
  onActivate: (id: string) => void;
  onEdit: (item: NoteItem) => void;
  onDelete: (item: NoteItem) => void;
}

export function NoteRow({ item, onActivate, onEdit, onDelete }: Props) {
  const { note } = item;
  return (
    <div class="note-row">
      <button
        type="button"
        class="item kind-note"
        data-primary
        aria-disabled={item.orphaned}
        style={{ borderInlineStartColor: noteSwatch(note.color) }}
        onClick={() => !item.orphaned && onActivate(item.id)}
      >
        <span class="quote">{quoteOnce(note.selectors.quote.exact, (quote) => t("popupQuoted", quote))}</span>
        {(item.orphaned || note.orphaned) && (
          <span class="badge" data-testid="orphan-badge" title={t("popupOrphansHint")}>
            {t("popupOrphanBadge")}
          </span>
        )}
        {note.text && <span class="item-line note-text">{note.text}</span>}
        {note.tags.length > 0 && <span class="item-line tags">{note.tags.map((tag) => `#${tag}`).join(" ")}</span>}
      </button>
      <span class="row-actions">
        <button type="button" class="small" onClick={() => onEdit(item)}>
          {t("popupEdit")}
        </button>
        <button type="button" class="small danger" data-testid="delete-note" onClick={() => onDelete(item)}>
          {t("popupDelete")}
        </button>
      </span>
    </div>
  );
}
