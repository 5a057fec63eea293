// One article in the library: title, site, language and when it was last seen.
import type { PageRecord } from "../src/records/types";
import { t } from "./i18n";
import { hostOf } from "./safe-url";

export const formatDate = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });

export function PageRow({
  page,
  detail,
  onOpen,
}: {
  page: PageRecord;
  detail?: string;
  onOpen: (key: string) => void;
}) {
  return (
    <button type="button" class="item kind-page" data-primary onClick={() => onOpen(page.key)}>
      <span class="item-title">
        <span class="name">{page.title || t("popupUntitled")}</span>
        <span class="badge">{formatDate(page.lastSeen)}</span>
      </span>
      <span class="item-line">{[hostOf(page.url), detail].filter(Boolean).join(" · ")}</span>
    </button>
  );
}
