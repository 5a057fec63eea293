// UI strings of the in-page UI from the extension's _locales (ru/en by the browser's language).
import type { CardLabels } from "./hover-card";
import type { EditorLabels } from "./notes/editor-form";
import type { NotesLabels } from "./notes/notes-layer";
import type { ToolbarLabels } from "./notes/selection-toolbar";

type Translate = (key: string) => string;

export function cardLabels(t: Translate): CardLabels {
  const or = orFallback(t);
  return {
    kinds: {
      expert: or("kindExpert", "Expert"),
      organisation: or("kindOrganisation", "Organisation"),
      "policy-option": or("kindPolicyOption", "Policy option"),
    },
    role: or("cardRole", "Role"),
    affiliation: or("cardAffiliation", "Affiliation"),
    mentions: or("cardMentions", "Mentions"),
    proposer: or("cardProposer", "Proposed by"),
    outlet: or("cardOutlet", "the outlet"),
    author: or("cardAuthor", "the author"),
    why: or("cardWhy", "Why"),
    variants: or("cardVariants", "Also as"),
    addNote: or("addNote", "Add note"),
    wrong: or("cardWrong", "Wrong"),
    notExpert: or("cardNotExpert", "Not an expert"),
  };
}

export function editorLabels(t: Translate): EditorLabels {
  const or = orFallback(t);
  return {
    placeholder: or("notePlaceholder", "Your note (Markdown)"),
    tags: or("noteTags", "Tags, separated by commas"),
    save: or("save", "Save"),
    delete: or("delete", "Delete"),
    cancel: or("cancel", "Cancel"),
    colour: or("noteColour", "Colour"),
  };
}

export function toolbarLabels(t: Translate): ToolbarLabels {
  const or = orFallback(t);
  return { highlight: or("highlight", "Highlight"), addNote: or("addNote", "Add note") };
}

export function notesLabels(t: Translate): NotesLabels {
  const or = orFallback(t);
  return {
    cannotPlace: or("noteCannotPlace", "PolicyLens cannot keep a note on this selection: select text of the page."),
    saveFailed: or("noteSaveFailed", "The note was not saved:"),
    deleted: or("noteDeleted", "Note deleted."),
    undo: or("undo", "Undo"),
  };
}

/** A missing translation falls back to English rather than showing an empty button. */
const orFallback = (t: Translate) => (key: string, fallback: string) => t(key) || fallback;
