// The popup's lists, derived from the tab's state and the page's notes, and the filter over them.
// Each item carries one lower-cased haystack, built on the first keystroke and kept, so the popup opens
// without touching 10,000 notes' text and filtering them is a pass of `includes` calls and nothing more.
import type { ExtractResult, Organisation, Person, PolicyOption } from "../src/extract/types";
import type { TabState } from "../src/messages/types";
import type { NoteRecord } from "../src/records/types";
import { unnamedProposer, type UnnamedProposer } from "../src/unnamed-proposer";

export type ListKind = "expert" | "organisation" | "policy-option" | "note";

export interface ExpertItem {
  kind: "expert";
  id: string;
  person: Person;
  options: PolicyOption[];
  haystack: () => string;
}
export interface OrganisationItem {
  kind: "organisation";
  id: string;
  org: Organisation;
  haystack: () => string;
}
/** An option, with who proposes it when no one is named (../src/unnamed-proposer.ts). */
export interface OptionItem extends UnnamedProposer {
  kind: "policy-option";
  id: string;
  option: PolicyOption;
  haystack: () => string;
}
export interface NoteItem {
  kind: "note";
  id: string;
  note: NoteRecord;
  orphaned: boolean;
  haystack: () => string;
}

export interface PopupModel {
  experts: ExpertItem[];
  organisations: OrganisationItem[];
  options: OptionItem[];
  notes: NoteItem[];
  orphans: NoteItem[];
  /** Every tag on the page's notes, sorted, for the tag filter. */
  tags: string[];
}

export interface Filter {
  text: string;
  kind: ListKind | "all";
  tag: string | null;
}

export const NO_FILTER: Filter = { text: "", kind: "all", tag: null };

/** Lower case with ё read as е, so "Ёлка" and "елка" find each other. */
export const fold = (s: string): string => s.toLowerCase().replace(/ё/g, "е");

/** A haystack made when first asked for, then kept. */
function hay(parts: () => (string | null | undefined)[]): () => string {
  let made: string | undefined;
  return () => (made ??= fold(parts().filter(Boolean).join("\n")));
}

/** A result's experts (with what each proposes), organisations and options, in article order: popup and library. */
export function resultItems(r: ExtractResult | null): Pick<PopupModel, "experts" | "organisations" | "options"> {
  const options = r?.policyOptions ?? [];
  const unnamed = r ? unnamedProposer(r) : { byAuthor: false, outlet: null };
  return {
    experts: (r?.people ?? [])
      .filter((p) => p.expert)
      .map((person) => ({
        kind: "expert",
        id: person.id,
        person,
        options: options.filter((o) => o.proposerId === person.id),
        haystack: hay(() => [person.name, person.role, person.affiliation]),
      })),
    // The story's bodies: the outlet it comes from is the page's source (the popup's header shows it).
    organisations: (r?.organisations ?? [])
      .filter((org) => !org.outlet)
      .map((org) => ({
        kind: "organisation",
        id: org.id,
        org,
        haystack: hay(() => [org.name, ...org.variants]),
      })),
    options: options.map((option) => ({
      kind: "policy-option",
      id: option.id,
      option,
      ...unnamed,
      haystack: hay(() => [option.text, option.proposer]),
    })),
  };
}

export function buildModel(state: TabState, notes: NoteRecord[]): PopupModel {
  const orphanIds = new Set(state.orphanIds);
  const noteItems = notes.map((note): NoteItem => ({
    kind: "note",
    id: note.id,
    note,
    orphaned: note.orphaned || orphanIds.has(note.id),
    haystack: hay(() => [note.selectors.quote.exact, note.text, ...note.tags.map((t) => `#${t}`)]),
  }));
  return {
    ...resultItems(state.result),
    notes: noteItems.filter((n) => !n.orphaned),
    orphans: noteItems.filter((n) => n.orphaned),
    tags: [...new Set(notes.flatMap((n) => n.tags))].sort((a, b) => a.localeCompare(b)),
  };
}

/** Whether a list of this kind is shown under the filter: a tag filter shows notes only (only notes have tags). */
export function kindShown(filter: Filter, kind: ListKind): boolean {
  if (filter.tag !== null && kind !== "note") return false;
  return filter.kind === "all" || filter.kind === kind;
}

/** The items that match every word typed; a word starting with # must match a tag's start. */
export function applyFilter<T extends { haystack: () => string } & Partial<Pick<NoteItem, "note">>>(
  items: T[],
  filter: Filter,
): T[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0 && filter.tag === null) return items;
  return items.filter(
    (item) =>
      (filter.tag === null || (item.note?.tags.includes(filter.tag) ?? false)) &&
      words.every((w) => item.haystack().includes(w)),
  );
}
