// The library: every article seen (newest first), every note, search across both, per-entity views, and
// the settings. Opened from the popup in a full tab; `#settings` and `#notes` open those tabs directly.
import { useEffect, useRef, useState } from "preact/hooks";
import type { AnnotationKind } from "../src/extract/types";
import type { Runtime } from "../src/messages/transport";
import type { PageExport } from "../src/export/page-export";
import type { LibraryExportFilter, LibrarySearchResult } from "../src/records/views";
import type { PageRecord } from "../src/records/types";
import type { LibraryApi } from "./api";
import { AllNotes } from "./AllNotes";
import { BackupPanel } from "./BackupPanel";
import { EntityPages } from "./EntityPages";
import { ExportButtons } from "./ExportButtons";
import { t, type MessageKey } from "./i18n";
import { PageDetail } from "./PageDetail";
import { PageRow } from "./PageRow";
import { SearchResults } from "./SearchResults";
import { Settings } from "./Settings";
import { VirtualList } from "./VirtualList";

export type LibraryTab = "pages" | "notes" | "settings";
type Detail = { type: "page"; key: string } | { type: "entity"; kind: AnnotationKind | null; name: string };

/** Articles listed at once: far more than a reader collects in years; the list is virtualised. */
const PAGES_LIMIT = 10_000;
/** Results per kind for one search. */
const SEARCH_LIMIT = 200;
const PAGE_ROW = 56;
const VIEW_HEIGHT = 600;
const TABS: [LibraryTab, MessageKey][] = [
  ["pages", "libraryPages"],
  ["notes", "libraryAllNotes"],
  ["settings", "popupOpenSettings"],
];

/** Pages per export message; the background ends a slice sooner when its articles' texts are long. */
const EXPORT_SLICE = 50;

/** A page known only from its notes (its record is gone): exported under its key. */
const pageOfKey = (key: string): PageRecord => ({
  key,
  url: key,
  canonicalUrl: null,
  aliases: [],
  title: "",
  lang: "other",
  firstSeen: 0,
  lastSeen: 0,
});

/**
 * Every page of the library (or of a selection) with its notes and the engine's kept annotations, a slice at a
 * time as the file is written: never all of them at once.
 */
async function* exportPages(api: LibraryApi, filter?: LibraryExportFilter): AsyncGenerator<PageExport> {
  for (let after: string | null = null; ;) {
    const slice = await api.exportSlice(after, EXPORT_SLICE, filter);
    for (const item of slice.items)
      yield { page: item.page ?? pageOfKey(item.pageKey), notes: item.notes, result: item.result };
    if (slice.next === null) return;
    after = slice.next;
  }
}

/** What the library shows filtered, as an export selection: the open article, an entity's articles, or what a search found. */
function selectionOf(
  detail: Detail | undefined,
  query: string,
  found: LibrarySearchResult | null,
): { label: MessageKey; filter: LibraryExportFilter } | null {
  if (detail?.type === "page") return { label: "libraryExportPage", filter: { pageKeys: [detail.key] } };
  if (detail?.type === "entity")
    return { label: "libraryExportEntity", filter: { entity: { kind: detail.kind, name: detail.name } } };
  if (!query.trim() || !found) return null;
  const pageKeys = [...new Set([...found.pages.map((p) => p.key), ...found.notes.map((n) => n.pageKey)])];
  return pageKeys.length > 0 ? { label: "libraryExportResults", filter: { pageKeys } } : null;
}

interface Props {
  api: LibraryApi;
  /** The background, for backup and restore in the settings tab (left out where there is none). */
  backup?: Runtime;
  initialTab?: LibraryTab;
  /** Milliseconds of typing pause before a search is sent. */
  searchDelay?: number;
}

export function Library({ api, backup, initialTab = "pages", searchDelay = 150 }: Props) {
  const [tab, setTab] = useState<LibraryTab>(initialTab);
  const [stack, setStack] = useState<Detail[]>([]);
  const [pages, setPages] = useState<PageRecord[] | null>(null);
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<LibrarySearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef("");

  useEffect(() => {
    api.pages(PAGES_LIMIT).then(setPages, (e: unknown) => setError(String(e)));
    // An empty search brings the word index up to date while the reader looks at the list, not at the first keystroke.
    api.search("", 1).catch(() => undefined);
  }, []);

  useEffect(() => {
    latest.current = query;
    if (!query.trim()) return setResult(null);
    const timer = setTimeout(() => {
      api.search(query, SEARCH_LIMIT).then(
        // Answers can arrive out of order: only the one for what is typed now is shown.
        (r) => latest.current === query && setResult(r),
        (e: unknown) => setError(String(e)),
      );
    }, searchDelay);
    return () => clearTimeout(timer);
  }, [query]);

  const push = (d: Detail) => setStack((s) => [...s, d]);
  const openPage = (key: string) => push({ type: "page", key });
  const openEntity = (kind: AnnotationKind | null, name: string) => push({ type: "entity", kind, name });
  const detail = stack.at(-1);
  const selection = tab === "settings" ? null : selectionOf(detail, query, result);

  function onTabKey(e: KeyboardEvent) {
    const i = TABS.findIndex(([id]) => id === tab);
    const next =
      e.key === "ArrowRight"
        ? (i + 1) % TABS.length
        : e.key === "ArrowLeft"
          ? (i + TABS.length - 1) % TABS.length
          : null;
    if (next === null) return;
    setTab(TABS[next]![0]);
    setStack([]);
    (e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  let body;
  if (detail?.type === "page")
    body = (
      <PageDetail key={detail.key} api={api} pageKey={detail.key} onOpenEntity={openEntity} onOpenPage={openPage} />
    );
  else if (detail?.type === "entity")
    body = (
      <EntityPages
        key={`${detail.kind}:${detail.name}`}
        api={api}
        kind={detail.kind}
        name={detail.name}
        onOpenPage={openPage}
      />
    );
  else if (query.trim() && tab !== "settings")
    body = result ? (
      <SearchResults api={api} result={result} onChange={setResult} onOpenPage={openPage} onOpenEntity={openEntity} />
    ) : (
      <p aria-busy="true">{t("popupLoading")}</p>
    );
  else if (tab === "settings")
    body = (
      <>
        <Settings api={api} />
        {backup && <BackupPanel runtime={backup} download={(f) => api.download(f)} />}
      </>
    );
  else if (tab === "notes") body = <AllNotes api={api} onOpenPage={openPage} />;
  else if (!pages) body = <p aria-busy="true">{t("popupLoading")}</p>;
  else if (pages.length === 0) body = <p class="empty">{t("libraryNoPages")}</p>;
  else
    body = (
      <VirtualList
        items={pages}
        rowHeight={PAGE_ROW}
        viewHeight={VIEW_HEIGHT}
        label={t("libraryPages")}
        getKey={(p) => p.key}
        renderItem={(p) => <PageRow page={p} onOpen={openPage} />}
      />
    );

  return (
    <main class="library">
      <header>
        <h1>{t("libraryTitle")}</h1>
      </header>
      <div class="search-bar" role="search">
        <input
          type="search"
          data-testid="search"
          aria-label={t("librarySearchLabel")}
          placeholder={t("librarySearchPlaceholder")}
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setStack([]);
          }}
        />
      </div>
      <div class="tabs" role="tablist" aria-label={t("libraryTabs")} onKeyDown={onTabKey}>
        {TABS.map(([id, label]) => (
          <button
            type="button"
            role="tab"
            key={id}
            id={`tab-${id}`}
            data-testid={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="library-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => (setTab(id), setStack([]))}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div id="library-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {stack.length > 0 && (
          <button type="button" class="small" data-testid="back" onClick={() => setStack((s) => s.slice(0, -1))}>
            ← {t("libraryBack")}
          </button>
        )}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        {body}
        {selection && (
          <ExportButtons
            label={t(selection.label)}
            testId="library-export-filtered"
            pages={() => exportPages(api, selection.filter)}
            download={(f) => api.download(f)}
            onError={setError}
          />
        )}
      </div>
      {tab !== "settings" && (
        <ExportButtons
          label={t("libraryExportAll")}
          testId="library-export-all"
          pages={() => exportPages(api)}
          download={(f) => api.download(f)}
          onError={setError}
        />
      )}
    </main>
  );
}
