// What the library's queries answer: the shapes the background sends the library page. They live beside the
// records, not in store/, so the popup and the protocol name them without reaching the database schema.
import type { AnnotationKind, ExtractResult } from "../extract/types";
import type { EntityRecord, NoteRecord, PageRecord } from "./types";

/** An entity name found by a search, with the number of articles it appears in. */
export interface EntityHit {
  kind: AnnotationKind;
  name: string;
  pageCount: number;
}

export interface LibrarySearchResult {
  pages: PageRecord[];
  notes: NoteRecord[];
  entities: EntityHit[];
}

export interface EntityView {
  /** Newest first. */
  pages: PageRecord[];
  /** The entity as recorded on each of those pages (role, mention count). */
  entries: EntityRecord[];
}

export interface PageView {
  page: PageRecord | null;
  entities: EntityRecord[];
  notes: NoteRecord[];
  /**
   * The page's kept annotations as the reader corrected them, for the article view (experts with roles and
   * what they propose, options in article order); without the article's text, which the view does not show.
   * Null for a page whose annotations were not kept.
   */
  result: ExtractResult | null;
}

export interface LibraryExportItem {
  pageKey: string;
  /** Null for notes whose page record is gone (restored from an older backup, or removed): they still export. */
  page: PageRecord | null;
  /** In the order they were written. */
  notes: NoteRecord[];
  /** Most mentioned first. */
  entities: EntityRecord[];
  /** The engine's annotations as last kept, without the ones the reader refused; null when none were kept. */
  result: ExtractResult | null;
}

/** A selection of the library, as the library shows one: the pages listed (search results), or an entity's pages. */
export type LibraryExportFilter = { pageKeys: string[] } | { entity: { kind: AnnotationKind | null; name: string } };

export interface LibraryExportSlice {
  items: LibraryExportItem[];
  /** The cursor for the next slice, or null after the last. */
  next: string | null;
}
