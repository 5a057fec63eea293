// One article in the library: its title and link, who and what it mentions, and the reader's notes on it.
import { useEffect, useState } from "preact/hooks";
import type { AnnotationKind } from "../src/extract/types";
import type { PageView } from "../src/records/views";
import type { LibraryApi } from "./api";
import { EntityChips } from "./EntityChips";
import { t, type MessageKey } from "./i18n";
import { LibraryNotes } from "./LibraryNotes";
import { formatDate } from "./PageRow";
import { safeHref } from "./safe-url";

const GROUPS: [AnnotationKind, MessageKey][] = [
  ["expert", "popupExperts"],
  ["organisation", "popupOrganisations"],
  ["policy-option", "popupPolicyOptions"],
];

interface Props {
  api: LibraryApi;
  pageKey: string;
  onOpenEntity: (kind: AnnotationKind, name: string) => void;
  onOpenPage: (key: string) => void;
}

export function PageDetail({ api, pageKey, onOpenEntity, onOpenPage }: Props) {
  const [view, setView] = useState<PageView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.page(pageKey).then(setView, (e: unknown) => setError(String(e)));
  }, [pageKey]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p aria-busy="true">{t("popupLoading")}</p>;
  const { page, entities, notes } = view;
  const href = page ? safeHref(page.url) : undefined;
  return (
    <article class="page-detail" data-testid="page-detail">
      <h2>{page?.title || t("popupUntitled")}</h2>
      {page && (
        <p class="meta">
          {t("librarySeen", formatDate(page.lastSeen))}
          {href && (
            <>
              {" · "}
              <a href={href} target="_blank" rel="noopener noreferrer">
                {t("libraryOpenArticle")}
              </a>
            </>
          )}
        </p>
      )}
      {GROUPS.map(([kind, title]) => {
        const chips = entities
          .filter((e) => e.kind === kind)
          .map((e) => ({ kind, name: e.name, count: e.mentionCount, countLabel: "popupMentions" as const }));
        return chips.length ? (
          <section key={kind} aria-label={t(title)}>
            <h3>{t(title)}</h3>
            <EntityChips chips={chips} onOpen={onOpenEntity} label={t(title)} />
          </section>
        ) : null;
      })}
      <section aria-label={t("popupNotes")}>
        <h3>{t("popupNotes")}</h3>
        {notes.length ? (
          <LibraryNotes
            api={api}
            notes={notes}
            onChange={(n) => setView({ ...view, notes: n })}
            onOpenPage={onOpenPage}
            label={t("popupNotes")}
          />
        ) : (
          <p class="empty">{t("libraryNoNotes")}</p>
        )}
      </section>
    </article>
  );
}
