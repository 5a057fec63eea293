// A mention count: a bare number to the eye, "Mentions: 3" to a screen reader.
import { t } from "./i18n";

export function MentionCount({ count }: { count: number }) {
  return (
    <span class="badge">
      <span aria-hidden="true">{count}</span>
      <span class="sr-only">{t("popupMentions", count)}</span>
    </span>
  );
}
