// What the popup and the library need from the browser, as one small interface: the components take it as a
// prop, so tests render them with a fake and the real one (browser-api.ts) stays a thin layer over messages.
import type { AnnotationKind } from "../src/extract/types";
import type { DataOf, TabState } from "../src/messages/types";
import type {
  EntityView,
  LibraryExportFilter,
  LibraryExportSlice,
  LibrarySearchResult,
  PageView,
} from "../src/records/views";
import type { NoteRecord, PageRecord } from "../src/records/types";

/** The error `tabState` throws when the browser does not let the content script into the tab (store, settings pages). */
export const CANNOT_RUN = "policylens:cannot-run";

export interface FileToSave {
  name: string;
  mime: string;
  /** A Blob for large files built in parts, so no single string holds the whole file. */
  content: string | Blob;
}

/** The popup's view of one tab and the store. */
export interface PopupApi {
  tabState(): Promise<TabState>;
  notes(pageKeys: string[]): Promise<NoteRecord[]>;
  saveNote(note: NoteRecord): Promise<NoteRecord>;
  deleteNote(id: string): Promise<NoteRecord | null>;
  scrollTo(id: string): Promise<boolean>;
  display(data: DataOf<"tab/display">): Promise<{ visible: boolean }>;
  run(): Promise<TabState["status"]>;
  download(file: FileToSave): void;
  /** Opens an extension page (the library, its settings, this popup for a tab) in a new tab. */
  openPage(path: string): void;
  /** The tab described, for "open in a tab". */
  tabId: number;
}

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The library page's view of the store and of the browser's permissions. */
export interface LibraryApi {
  pages(limit: number): Promise<PageRecord[]>;
  search(query: string, limit: number): Promise<LibrarySearchResult>;
  entity(kind: AnnotationKind | null, name: string): Promise<EntityView>;
  page(key: string): Promise<PageView>;
  recentNotes(offset: number, limit: number): Promise<NoteRecord[]>;
  /** A slice of the library (or of a selection) to export: pages with notes and kept results; pass `next` on. */
  exportSlice(after: string | null, limit: number, filter?: LibraryExportFilter): Promise<LibraryExportSlice>;
  saveNote(note: NoteRecord): Promise<NoteRecord>;
  deleteNote(id: string): Promise<NoteRecord | null>;
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Must be called straight from a click handler: browsers grant permissions only during a user gesture. */
  requestHosts(origins: string[]): Promise<boolean>;
  removeHosts(origins: string[]): Promise<void>;
  shortcuts(): Promise<Shortcut[]>;
  download(file: FileToSave): void;
}
