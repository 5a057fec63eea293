// "Every article where КНБ appears": the reader's own index of who says what across the news.
import { useEffect, useState } from "preact/hooks";
import type { AnnotationKind } from "../src/extract/types";
import type { EntityView } from "../src/records/views";
import type { LibraryApi } from "./api";
import { t } from "./i18n";
import { PageRow } from "./PageRow";
import { VirtualList } from "./VirtualList";

const PAGE_ROW = 56;
const VIEW_HEIGHT = 560;

interface Props {
  api: LibraryApi;
  kind: AnnotationKind | null;
  name: string;
  onOpenPage: (key: string) => void;
}

export function EntityPages({ api, kind, name, onOpenPage }: Props) {
  const [view, setView] = useState<EntityView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.entity(kind, name).then(setView, (e: unknown) => setError(String(e)));
  }, [kind, name]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p aria-busy="true">{t("popupLoading")}</p>;
  const roleOn = new Map(view.entries.map((e) => [e.pageKey, e]));
  return (
    <section data-testid="entity-view" aria-label={t("libraryEntityTitle", name)}>
      <h2>{t("libraryEntityTitle", name)}</h2>
      <p class="meta">{t("libraryArticleCount", view.pages.length)}</p>
      <VirtualList
        items={view.pages}
        rowHeight={PAGE_ROW}
        viewHeight={VIEW_HEIGHT}
        label={t("libraryEntityTitle", name)}
        getKey={(p) => p.key}
        renderItem={(p) => {
          const e = roleOn.get(p.key);
          return (
            <PageRow
              page={p}
              detail={e ? [e.role, t("popupMentions", e.mentionCount)].filter(Boolean).join(", ") : undefined}
              onOpen={onOpenPage}
            />
          );
        }}
      />
    </section>
  );
}
