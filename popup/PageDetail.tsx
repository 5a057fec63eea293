// One article in the library: its title and link, who and what it mentions, and the reader's notes on it. With the
// page's kept annotations it shows what the popup shows, with the popup's rows: experts with their roles and what
// they propose, organisations, and the options in article order with their proposers; else the entities recorded.
import { useEffect, useState } from "preact/hooks";
import type { AnnotationKind } from "../src/extract/types";
import type { PageView } from "../src/records/views";
import type { LibraryApi } from "./api";
import { EntityChips } from "./EntityChips";
import { t, type MessageKey } from "./i18n";
import { LibraryNotes } from "./LibraryNotes";
import { formatDate } from "./PageRow";
import { safeHref } from "./safe-url";
import { resultItems } from "./model";
import { ExpertRow } from "./ExpertRow";
import { OrganisationRow } from "./OrganisationRow";
import { OptionRow } from "./OptionRow";
import type { ComponentChildren } from "preact";

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
      {view.result ? <Annotations view={view} onOpenEntity={onOpenEntity} /> : null}
      {!view.result &&
        GROUPS.map(([kind, title]) => {
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

/** The kept annotations with the popup's rows; a row opens every article where that expert or organisation appears. */
function Annotations({ view, onOpenEntity }: Pick<Props, "onOpenEntity"> & { view: PageView }) {
  const { experts, organisations, options } = resultItems(view.result);
  const section = (title: MessageKey, rows: ComponentChildren[]) =>
    rows.length ? (
      <section aria-label={t(title)}>
        <h3>{t(title)}</h3>
        <ul class="items" aria-label={t(title)}>
          {rows}
        </ul>
      </section>
    ) : null;
  return (
    <>
      {section(
        "popupExperts",
        experts.map((i) => (
          <li key={i.id} class="row" data-testid="detail-item">
            <ExpertRow item={i} onActivate={() => onOpenEntity("expert", i.person.name)} />
          </li>
        )),
      )}
      {section(
        "popupOrganisations",
        organisations.map((i) => (
          <li key={i.id} class="row" data-testid="detail-item">
            <OrganisationRow item={i} onActivate={() => onOpenEntity("organisation", i.org.name)} />
          </li>
        )),
      )}
      {section(
        "popupPolicyOptions",
        options.map((i) => (
          <li key={i.id} class="row" data-testid="detail-item">
            <OptionRow item={i} onActivate={() => i.option.proposer && onOpenEntity("expert", i.option.proposer)} />
          </li>
        )),
      )}
    </>
  );
}
