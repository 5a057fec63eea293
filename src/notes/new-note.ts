// A new note record from a described stretch of text. Pure: the id and the time are passed in.
import type { NoteSelectors } from "../anchor/selectors";
import type { NoteRecord, NoteScope } from "../records/types";

/** The colours a reader can give a note; the first is the default. */
export const NOTE_COLOURS = ["yellow", "green", "blue", "pink", "purple"] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

export interface NewNote {
  id: string;
  pageKey: string;
  selectors: NoteSelectors;
  scope: NoteScope;
  text?: string;
  tags?: string[];
  color?: NoteColour;
  annotationId?: string | null;
  now: number;
}

export function newNote(n: NewNote): NoteRecord {
  return {
    id: n.id,
    pageKey: n.pageKey,
    selectors: n.selectors,
    scope: n.scope,
    text: n.text ?? "",
    tags: n.tags ?? [],
    color: n.color ?? NOTE_COLOURS[0],
    annotationId: n.annotationId ?? null,
    orphaned: false,
    createdAt: n.now,
    updatedAt: n.now,
  };
}
