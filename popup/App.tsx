// The current page's experts, organisations, policy options and the reader's notes, with a filter, per-section
// collapse, per-kind display on the page, note editing with undo, and export: the whole popup, and the side
// panel's view of the tab in front (side-panel-main.tsx), which re-reads it on each `revision` and marks the row
// of the annotation under the reader's pointer.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AnnotationKind } from "../src/extract/types";
import type { TabState } from "../src/messages/types";
import type { NoteRecord } from "../src/records/types";
import { CANNOT_RUN, type PopupApi } from "./api";
import { ExpertRow } from "./ExpertRow";
import { ExportButtons } from "./ExportButtons";
import { t } from "./i18n";
import { applyFilter, buildModel, type Filter, kindShown, NO_FILTER, type NoteItem } from "./model";
import { NoteEditor } from "./NoteEditor";
import { NoteRow } from "./NoteRow";
import { OptionRow } from "./OptionRow";
import { OrganisationRow } from "./OrganisationRow";
import { pageExportOf } from "./page-files";
import { PageHeader } from "./PageHeader";
import { SearchBar } from "./SearchBar";
import { Section } from "./Section";
import { UndoBar } from "./UndoBar";
import { VirtualList } from "./VirtualList";

/** Row heights (px) when a list is long enough to be virtualised; the text is clamped to fit. */
const ROW = { expert: 64, organisation: 48, option: 64, note: 84 } as const;
/** Height (px) of a virtualised list's scrolling view: about a popup's worth of rows. */
const VIEW_HEIGHT = 320;

type SectionKey = "experts" | "organisations" | "options" | "notes" | "orphans";

interface Status {
  message: string;
  undo?: () => void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "/" jumps to the filter box, as on many sites, unless the reader is typing in a field. */
function focusSearchOnSlash(e: KeyboardEvent) {
  const target = e.target as HTMLElement;
  if (e.key !== "/" || target.closest("input, textarea, select")) return;
  e.preventDefault();
  (e.currentTarget as HTMLElement).querySelector<HTMLElement>('[data-testid="search"]')?.focus();
}

interface Props {
  api: PopupApi;
  /** A change to this reads the tab's annotations and notes again (the side panel heard they changed). */
  revision?: number;
  /** The annotation whose row is marked: the one under the reader's pointer on the page. */
  marked?: string | null;
  /** Opens the side panel (the popup, where the browser has one); called straight from the click. */
  onOpenSidePanel?: () => Promise<void>;
}

export function App({ api, revision = 0, marked = null, onOpenSidePanel }: Props) {
  const [state, setState] = useState<TabState | null>(null);
  const [notes, setNotes] = useState<NoteRecord[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [closed, setClosed] = useState<Partial<Record<SectionKey, boolean>>>({});
  const [editing, setEditing] = useState<NoteRecord | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  // In the side panel reads can overlap (the page drawn again, then its notes re-anchored): only the latest read's
  // answer is shown, so an older, slower one never overwrites it.
  const lastLoad = useRef(0);
  async function load() {
    const id = ++lastLoad.current;
    try {
      const s = await api.tabState();
      const n = s.pageKey ? await api.notes([s.pageKey]) : [];
      if (id !== lastLoad.current) return;
      setState(s);
      setNotes(n);
      setLoadError(null);
    } catch (e) {
      if (id !== lastLoad.current) return;
      setLoadError(errorText(e) === CANNOT_RUN ? t("popupCannotRun") : errorText(e));
    }
  }
  useEffect(() => void load(), [api, revision]);

  const model = useMemo(() => (state ? buildModel(state, notes) : null), [state, notes]);
  const view = useMemo(
    () =>
      model && {
        experts: applyFilter(model.experts, filter),
        organisations: applyFilter(model.organisations, filter),
        options: applyFilter(model.options, filter),
        notes: applyFilter(model.notes, filter),
        orphans: applyFilter(model.orphans, filter),
      },
    [model, filter],
  );

  if (loadError)
    return (
      <main class="popup">
        <p role="alert" class="error">
          {loadError}
        </p>
      </main>
    );
  if (!state || !model || !view)
    return (
      <main class="popup" aria-busy="true">
        <p>{t("popupLoading")}</p>
      </main>
    );

  const fail = (e: unknown) => setStatus({ message: t("popupActionFailed", errorText(e)) });
  const activate = (id: string) =>
    void api.scrollTo(id).then((found) => setStatus(found ? null : { message: t("popupNotOnPage") }), fail);
  const setKind = (kind: AnnotationKind, on: boolean) => {
    setState({ ...state, kinds: { ...state.kinds, [kind]: on } });
    api.display({ kinds: { [kind]: on } }).catch(fail);
  };
  const toggleHighlights = () =>
    api.display({}).then(({ visible }) => setState((s) => s && { ...s, highlightsVisible: visible }), fail);
  const open = (what: "library" | "settings" | "tab") =>
    api.openPage(
      what === "library"
        ? "popup/library.html"
        : what === "settings"
          ? "popup/library.html#settings"
          : `popup/index.html?tabId=${api.tabId}`,
    );

  async function save(note: NoteRecord) {
    const saved = await api.saveNote(note);
    setNotes((ns) => ns.map((n) => (n.id === saved.id ? saved : n)));
    setEditing(null);
  }
  async function remove(item: NoteItem) {
    try {
      const deleted = await api.deleteNote(item.id);
      setNotes((ns) => ns.filter((n) => n.id !== item.id));
      if (editing?.id === item.id) setEditing(null);
      if (!deleted) return;
      setStatus({
        message: t("popupNoteDeleted"),
        undo: () =>
          api.saveNote(deleted).then((restored) => {
            setNotes((ns) => [...ns, restored].sort((a, b) => a.createdAt - b.createdAt));
            setStatus(null);
          }, fail),
      });
    } catch (e) {
      fail(e);
    }
  }

  const sectionProps = (key: SectionKey) => ({
    open: !closed[key],
    onOpenChange: (o: boolean) => setClosed((c) => ({ ...c, [key]: !o })),
  });
  const empty = (all: number) => <p class="empty">{all === 0 ? t("popupEmpty") : t("popupNoMatches")}</p>;
  const noteList = (items: NoteItem[], label: string) => (
    <VirtualList
      items={items}
      rowHeight={ROW.note}
      viewHeight={VIEW_HEIGHT}
      label={label}
      getKey={(i) => i.id}
      marked={marked}
      renderItem={(i) => (
        <NoteRow item={i} onActivate={activate} onEdit={(x) => setEditing(x.note)} onDelete={(x) => void remove(x)} />
      )}
    />
  );

  return (
    <main class="popup" onKeyDown={focusSearchOnSlash}>
      <PageHeader
        state={state}
        onRun={() => void api.run().then(load, fail)}
        onToggleHighlights={toggleHighlights}
        onOpen={open}
        onOpenSidePanel={onOpenSidePanel && (() => void onOpenSidePanel().catch(fail))}
      />
      <SearchBar filter={filter} tags={model.tags} onChange={setFilter} />
      {kindShown(filter, "expert") && (
        <Section
          testId="section-experts"
          title={t("popupExperts")}
          count={view.experts.length}
          shownOnPage={state.kinds.expert}
          onShownOnPageChange={(on) => setKind("expert", on)}
          {...sectionProps("experts")}
        >
          {view.experts.length ? (
            <VirtualList
              items={view.experts}
              rowHeight={ROW.expert}
              viewHeight={VIEW_HEIGHT}
              label={t("popupExperts")}
              getKey={(i) => i.id}
              marked={marked}
              renderItem={(i) => <ExpertRow item={i} onActivate={activate} />}
            />
          ) : (
            empty(model.experts.length)
          )}
        </Section>
      )}
      {kindShown(filter, "organisation") && (
        <Section
          testId="section-organisations"
          title={t("popupOrganisations")}
          count={view.organisations.length}
          shownOnPage={state.kinds.organisation}
          onShownOnPageChange={(on) => setKind("organisation", on)}
          {...sectionProps("organisations")}
        >
          {view.organisations.length ? (
            <VirtualList
              items={view.organisations}
              rowHeight={ROW.organisation}
              viewHeight={VIEW_HEIGHT}
              label={t("popupOrganisations")}
              getKey={(i) => i.id}
              marked={marked}
              renderItem={(i) => <OrganisationRow item={i} onActivate={activate} />}
            />
          ) : (
            empty(model.organisations.length)
          )}
        </Section>
      )}
      {kindShown(filter, "policy-option") && (
        <Section
          testId="section-policy-options"
          title={t("popupPolicyOptions")}
          count={view.options.length}
          shownOnPage={state.kinds["policy-option"]}
          onShownOnPageChange={(on) => setKind("policy-option", on)}
          {...sectionProps("options")}
        >
          {view.options.length ? (
            <VirtualList
              items={view.options}
              rowHeight={ROW.option}
              viewHeight={VIEW_HEIGHT}
              label={t("popupPolicyOptions")}
              getKey={(i) => i.id}
              marked={marked}
              renderItem={(i) => <OptionRow item={i} onActivate={activate} />}
            />
          ) : (
            empty(model.options.length)
          )}
        </Section>
      )}
      {editing && <NoteEditor key={editing.id} note={editing} onSave={save} onCancel={() => setEditing(null)} />}
      {kindShown(filter, "note") && (
        <Section testId="section-notes" title={t("popupNotes")} count={view.notes.length} {...sectionProps("notes")}>
          {view.notes.length ? noteList(view.notes, t("popupNotes")) : empty(model.notes.length)}
        </Section>
      )}
      {kindShown(filter, "note") && model.orphans.length > 0 && (
        <Section
          testId="section-orphans"
          title={t("popupOrphans")}
          count={view.orphans.length}
          hint={t("popupOrphansHint")}
          tone="warning"
          {...sectionProps("orphans")}
        >
          {view.orphans.length ? noteList(view.orphans, t("popupOrphans")) : empty(model.orphans.length)}
        </Section>
      )}
      <UndoBar message={status?.message ?? null} onUndo={status?.undo} onDismiss={() => setStatus(null)} />
      <ExportButtons
        pages={() => [pageExportOf(state, notes, Date.now())]}
        download={(f) => api.download(f)}
        onError={(m) => setStatus({ message: m })}
      />
    </main>
  );
}
