// The protocol: every message between the popup, the background and the content script, by receiver, with one
// doc line each. Requests go in an envelope `{ channel, name, data }`; replies are `{ ok: true, result }` or
// `{ ok: false, error }`. Each `data` type is inferred from that message's check (./checks.ts), so what the
// receiver accepts and what a sender may send are one declaration. Sending: ./transport.ts, ./in-parts.ts.
import type { Infer } from "../check";
import type { SegmentRef } from "../extract/article-transfer";
import type { AnnotationKind, ExtractResult } from "../extract/types";
import type { ImportCounts } from "../export/backup";
import type { CorrectionRecord, NoteRecord, PageInfo, PageRecord } from "../records/types";
import type { EntityView, LibraryExportSlice, LibrarySearchResult, PageView } from "../records/views";
import type { BACKGROUND_MESSAGES, PANEL_MESSAGES, TAB_MESSAGES } from "./checks";

/** Marks our envelopes, so stray messages from other code are told apart. */
export const CHANNEL = "policylens/1";

/** What the content script of a tab reports to the popup. */
export interface TabState {
  page: PageInfo;
  pageKey: string | null;
  result: ExtractResult | null;
  /** Why there are no automatic annotations, when there are none (not an article, not yet run). */
  status: "annotated" | "not-article" | "not-run" | "error";
  message: string | null;
  highlightsVisible: boolean;
  kinds: Record<AnnotationKind, boolean>;
  /** Ids of notes that could not be placed on the page (orphans). */
  orphanIds: string[];
  /** When the content script started and first drew its highlights, in the page's performance.now() clock (for the page benchmark). */
  timing?: { startedAt: number; paintedAt: number | null };
  /** Where the article was read: in the extension's own document (off the page's thread) or, as a fallback, on the page. */
  articleReader?: "extension" | "page";
}

/** The `data` a background message's check accepts. */
type In<N extends keyof typeof BACKGROUND_MESSAGES> = Infer<(typeof BACKGROUND_MESSAGES)[N]["check"]>;
/** The `data` a tab message's check accepts. */
type TabIn<N extends keyof typeof TAB_MESSAGES> = Infer<(typeof TAB_MESSAGES)[N]>;
/** The `data` a side-panel message's check accepts. */
type PanelIn<N extends keyof typeof PANEL_MESSAGES> = Infer<(typeof PANEL_MESSAGES)[N]>;

/** Messages the background answers. Who may send each (content scripts run inside hostile pages): ./checks.ts. */
export interface BackgroundProtocol {
  /**
   * Runs the engine's text stages on an article's text. The content script reads the article from the DOM
   * and hands the text over, so the engine's work never blocks the page's main thread.
   */
  "engine/run": { data: In<"engine/run">; result: ExtractResult };
  /**
   * Reads the article of a page's HTML (Readability, in a document of the extension's own) and runs the
   * engine on it: the page's main thread only serialises itself. Segments name the page's text nodes.
   */
  "engine/read-page": { data: In<"engine/read-page">; result: { result: ExtractResult; segments: SegmentRef[] } };
  /** Liveness check; answers with the extension's version. */
  ping: { data: In<"ping">; result: { version: string } };
  /** The reader's pointer is over this annotation's highlight (null: over none): the side panel marks its row. */
  "page/hover": { data: In<"page/hover">; result: null };
  /** The content script drew its page's annotations again (a run, a correction): the side panel reads them anew. */
  "page/drawn": { data: In<"page/drawn">; result: null };
  /** The content script annotated its page: store the page and its entities, set the badge. */
  "page/seen": { data: In<"page/seen">; result: { pageKey: string } };
  /** Notes of the pages with these keys. */
  "notes/list": { data: In<"notes/list">; result: NoteRecord[] };
  /** Create or update a note (last write wins per note by `updatedAt`). */
  "notes/save": { data: In<"notes/save">; result: NoteRecord };
  /** Delete a note; the deleted record comes back so it can be restored (undo). */
  "notes/delete": { data: In<"notes/delete">; result: { deleted: NoteRecord | null } };
  /** Mark notes as orphaned or placed after re-anchoring. */
  "notes/set-orphaned": { data: In<"notes/set-orphaned">; result: { updated: number } };
  /** The reader's corrections that apply to a page (its own and the ones filed for every page). */
  "corrections/list": { data: In<"corrections/list">; result: CorrectionRecord[] };
  /** File the reader's "Not an expert / wrong" on an annotation; it is respected on later visits. */
  "corrections/add": { data: In<"corrections/add">; result: CorrectionRecord };
  /** Read a setting. */
  "settings/get": { data: In<"settings/get">; result: { value: unknown } };
  /** Write a setting (extension pages only). */
  "settings/set": { data: In<"settings/set">; result: { value: unknown } };
  /** Every page known, newest first. */
  "pages/list": { data: In<"pages/list">; result: PageRecord[] };
  /** Library search over titles, entity names, quotes, note text and tags (word prefixes, all must match); "" only updates the index. */
  "library/search": { data: In<"library/search">; result: LibrarySearchResult };
  /** Every article where an entity appears, newest first; `kind` null for any kind. */
  "library/entity": { data: In<"library/entity">; result: EntityView };
  /** One page of the library with its entities and notes. */
  "library/page": { data: In<"library/page">; result: PageView };
  /** Every note, newest-edited first, a slice at a time. */
  "library/notes": { data: In<"library/notes">; result: NoteRecord[] };
  /**
   * A slice of the whole library for export (pages with their notes, stored entities and kept results), by
   * page key; with `filter`, of a selection only (listed pages, or an entity's pages).
   */
  "library/export": { data: In<"library/export">; result: LibraryExportSlice };
  /** The next page of a full backup file; `cursor` null starts one. Concatenate the chunks until `next` is null. */
  "backup/export-chunk": { data: In<"backup/export-chunk">; result: { chunk: string; next: string | null } };
  /** Starts restoring a backup of `totalChars` characters, sent in chunks (a message's size is capped). */
  "backup/import-begin": { data: In<"backup/import-begin">; result: { uploadId: string } };
  /** One chunk of the file, in order from 0. */
  "backup/import-chunk": { data: In<"backup/import-chunk">; result: { received: number } };
  /** Validates the whole file and restores it in one transaction; a bad file is refused and nothing changes. */
  "backup/import-commit": { data: In<"backup/import-commit">; result: { counts: ImportCounts } };
  /** Drops an unfinished upload. */
  "backup/import-abort": { data: In<"backup/import-abort">; result: { aborted: boolean } };
}

/** Messages a tab's content script answers (sent by the popup or the background). */
export interface TabProtocol {
  /** The page's identity, annotations and display state. */
  "tab/state": { data: TabIn<"tab/state">; result: TabState };
  /** Scroll to an annotation or note and flash it. */
  "tab/scroll-to": { data: TabIn<"tab/scroll-to">; result: { found: boolean } };
  /** Show or hide all highlights, or set which kinds are shown; with neither field it toggles visibility. */
  "tab/display": { data: TabIn<"tab/display">; result: { visible: boolean } };
  /** Open the note editor on the reader's selection (context menu, shortcut). */
  "tab/add-note": { data: TabIn<"tab/add-note">; result: { created: boolean } };
  /** Run the engine now (toolbar click or shortcut on a site that is not annotated automatically). */
  "tab/run": { data: TabIn<"tab/run">; result: { status: TabState["status"] } };
}

/**
 * Messages the side panel listens for, broadcast by the background to the extension's pages (no reply: no
 * panel may be open). Each names the tab it is about, which the background took from the content script's sender.
 */
export interface PanelProtocol {
  /** The pointer is over this annotation's highlight in that tab's page (null: over none). */
  "panel/hover": { data: PanelIn<"panel/hover">; result: void };
  /** That tab's annotations or notes changed (null: notes changed from an extension page): read them again. */
  "panel/changed": { data: PanelIn<"panel/changed">; result: void };
}

type Protocol = BackgroundProtocol & TabProtocol & PanelProtocol;
export type MessageName = keyof Protocol;
export type DataOf<N extends MessageName> = Protocol[N]["data"];
export type ResultOf<N extends MessageName> = Protocol[N]["result"];

export interface Envelope<N extends MessageName = MessageName> {
  channel: typeof CHANNEL;
  name: N;
  data: DataOf<N>;
}
export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };
