// The library's search results: names (each opening its articles), articles, and notes.
import type { AnnotationKind } from "../src/extract/types";
import type { LibrarySearchResult } from "../src/records/views";
import type { LibraryApi } from "./api";
import { EntityChips } from "./EntityChips";
import { t } from "./i18n";
import { LibraryNotes } from "./LibraryNotes";
import { PageRow } from "./PageRow";
import { VirtualList } from "./VirtualList";

const PAGE_ROW = 56;
const VIEW_HEIGHT = 420;

interface Props {
  api: LibraryApi;
  result: LibrarySearchResult;
  onChange: (result: LibrarySearchResult) => void;
  onOpenPage: (key: string) => void;
  onOpenEntity: (kind: AnnotationKind, name: string) => void;
}

export function SearchResults({ api, result, onChange, onOpenPage, onOpenEntity }: Props) {
  const { pages, notes, entities } = result;
  if (!pages.length && !notes.length && !entities.length)
    return (
      <p class="empty" data-testid="search-results">
        {t("libraryNoResults")}
      </p>
    );
  return (
    <div data-testid="search-results">
      {entities.length > 0 && (
        <section aria-label={t("libraryNames")}>
          <h2>{t("libraryNames")}</h2>
          <EntityChips
            chips={entities.map((e) => ({
              kind: e.kind,
              name: e.name,
              count: e.pageCount,
              countLabel: "libraryArticleCount",
            }))}
            onOpen={onOpenEntity}
            label={t("libraryNames")}
          />
        </section>
      )}
      {pages.length > 0 && (
        <section aria-label={t("libraryPages")}>
          <h2>{t("libraryPages")}</h2>
          <VirtualList
            items={pages}
            rowHeight={PAGE_ROW}
            viewHeight={VIEW_HEIGHT}
            label={t("libraryPages")}
            getKey={(p) => p.key}
            renderItem={(p) => <PageRow page={p} onOpen={onOpenPage} />}
          />
        </section>
      )}
      {notes.length > 0 && (
        <section aria-label={t("popupNotes")}>
          <h2>{t("popupNotes")}</h2>
          <LibraryNotes
            api={api}
            notes={notes}
            onChange={(n) => onChange({ ...result, notes: n })}
            onOpenPage={onOpenPage}
            label={t("popupNotes")}
          />
        </section>
      )}
    </div>
  );
}
