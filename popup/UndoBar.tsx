// Says what just happened (a note deleted, an action failed) and offers undo where it can.
import { t } from "./i18n";

interface Props {
  message: string | null;
  onUndo?: () => void;
  onDismiss: () => void;
}

export function UndoBar({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="status-bar" role="status" aria-live="polite">
      {message && (
        <>
          <span>{message}</span>
          {onUndo && (
            <button type="button" class="small" data-testid="undo" onClick={onUndo}>
              {t("popupUndo")}
            </button>
          )}
          <button type="button" class="small" aria-label="×" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
