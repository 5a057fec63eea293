// What every exporter reads: one page with the reader's notes and the engine's result for it.
// Plain data in, strings or plain objects out: no DOM, no database.
import type { ExtractResult, Person } from "../extract/types";
import type { NoteRecord, PageRecord } from "../records/types";

export interface PageExport {
  page: PageRecord;
  notes: NoteRecord[];
  /** Null when the page was never analysed (or the result was not kept): notes are still exported. */
  result: ExtractResult | null;
}

/** What is known of a page that is exported without a library record (the popup's tab, the CLI's file). */
export type PageIdentity = Pick<PageRecord, "key" | "url" | "canonicalUrl" | "title" | "lang">;

/** An export of such a page: its record is made from what is known, as first and last seen `now`. */
export function unsavedPageExport(
  page: PageIdentity,
  notes: NoteRecord[],
  result: ExtractResult | null,
  now: number,
): PageExport {
  return { page: { ...page, aliases: [], firstSeen: now, lastSeen: now }, notes, result };
}

/** Only experts are annotations: other people named in an article are not highlighted, so they are not exported. */
export function expertsOf(result: ExtractResult | null): Person[] {
  return result ? result.people.filter((p) => p.expert) : [];
}

/** Notes in the order they were written (id breaks ties), so every export of the same data is identical. */
export function notesInOrder(notes: readonly NoteRecord[]): NoteRecord[] {
  return [...notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Distinct surface forms of an entity's mentions, in order of first appearance. */
export function surfaceForms(mentions: readonly { text: string }[]): string[] {
  return [...new Set(mentions.map((m) => m.text))];
}

export const KIND_LABELS = {
  expert: "expert",
  organisation: "organisation",
  "policy-option": "policy option",
} as const;
