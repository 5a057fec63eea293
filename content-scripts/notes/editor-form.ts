// The note editor's form, drawn in its own extension-origin frame (./editor-frame.ts): quote, the reader's
// text, tags and colour, Save / Delete / Cancel. It only shows and reads the form; the frame's entry carries
// what the reader does to the content script. Only the reader's own input acts (synthetic events are a script's).
import { NOTE_SHADES } from "../../src/colours";
import type { EditorValue } from "../../src/messages/editor-frame";
import { NOTE_COLOURS, type NoteColour } from "../../src/notes/new-note";
import { formatTags, parseTags } from "../../src/notes/tags";

export const EDITOR_CSS = `
html, body { margin: 0; background: var(--pl-bg); }
.pl-editor { padding: 10px 12px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--pl-fg); }
.pl-editor blockquote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #e3b341; max-height: 5.6em; overflow: hidden; font-style: italic; overflow-wrap: anywhere; }
.pl-editor textarea { width: 100%; min-height: 90px; resize: vertical; font: inherit; padding: 6px; border-radius: 6px; }
.pl-editor input[type=text] { width: 100%; font: inherit; padding: 4px 6px; margin-top: 6px; border-radius: 6px; }
.pl-editor .pl-colours { display: flex; gap: 6px; margin: 8px 0; border: 0; padding: 0; }
.pl-editor .pl-colours label { width: 20px; height: 20px; border-radius: 50%; cursor: pointer; border: 2px solid transparent; }
.pl-editor .pl-colours input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.pl-editor .pl-colours input:checked + span { outline: 2px solid var(--pl-accent); outline-offset: 2px; }
.pl-editor .pl-colours input:focus-visible + span { outline: 2px dashed var(--pl-accent); outline-offset: 2px; }
.pl-editor .pl-colours span { display: block; width: 16px; height: 16px; border-radius: 50%; }
.pl-editor .pl-row { display: flex; gap: 6px; justify-content: flex-end; }
.pl-editor .pl-row .pl-delete { margin-right: auto; }
.pl-editor .pl-error { color: var(--pl-danger); margin: 6px 0 0; }
.pl-editor .pl-error:empty { display: none; }
`;

/** A quote longer than this is cut, with an ellipsis: the reader knows the passage, the form stays short. */
const QUOTE_SHOWN = 300;

export interface EditorLabels {
  placeholder: string;
  tags: string;
  save: string;
  delete: string;
  cancel: string;
  colour: string;
}

export interface EditorForm {
  /** The whole form (the frame measures it). */
  readonly element: HTMLElement;
  value(): EditorValue;
  /** Shows why saving or deleting failed; the reader's words stay in the form. */
  showError(message: string): void;
  /** Saving: the Save button waits. */
  setBusy(busy: boolean): void;
  focus(): void;
}

export interface EditorFormSpec {
  quote: string;
  initial: EditorValue;
  deletable: boolean;
  labels: EditorLabels;
  save(): void;
  remove(): void;
  cancel(): void;
}

export function buildEditorForm(doc: Document, spec: EditorFormSpec): EditorForm {
  const { labels } = spec;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const form = el("div", { class: "pl-editor", role: "dialog", "aria-label": labels.placeholder });
  const quote = el(
    "blockquote",
    {},
    spec.quote.length > QUOTE_SHOWN ? `${spec.quote.slice(0, QUOTE_SHOWN - 3)}…` : spec.quote,
  );
  const textarea = el("textarea", {
    "data-testid": "note-editor",
    placeholder: labels.placeholder,
    "aria-label": labels.placeholder,
  });
  textarea.value = spec.initial.text;
  const tags = el("input", {
    type: "text",
    "data-testid": "note-tags",
    placeholder: labels.tags,
    "aria-label": labels.tags,
  });
  tags.value = formatTags(spec.initial.tags);
  const colours = el("fieldset", { class: "pl-colours", "aria-label": labels.colour });
  for (const c of NOTE_COLOURS) {
    const label = el("label", { title: c });
    const radio = el("input", {
      type: "radio",
      name: "pl-colour",
      value: c,
      "aria-label": c,
      "data-testid": `note-colour-${c}`,
    });
    radio.checked = c === spec.initial.color;
    const swatch = el("span");
    swatch.style.background = NOTE_SHADES[c].swatch;
    label.append(radio, swatch);
    colours.append(label);
  }
  const error = el("p", { class: "pl-error", role: "alert", "data-testid": "note-error" });
  const row = el("div", { class: "pl-row" });
  const save = el("button", { "data-testid": "save-note" }, labels.save);
  const cancel = el("button", { "data-testid": "cancel-note" }, labels.cancel);
  if (spec.deletable) {
    const del = el("button", { class: "pl-delete", "data-testid": "delete-note" }, labels.delete);
    del.addEventListener("click", (e) => e.isTrusted && spec.remove());
    row.append(del);
  }
  row.append(cancel, save);
  form.append(quote, textarea, tags, colours, row, error);

  save.addEventListener("click", (e) => e.isTrusted && spec.save());
  cancel.addEventListener("click", (e) => e.isTrusted && spec.cancel());
  form.addEventListener("keydown", (e) => {
    if (!e.isTrusted) return;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) spec.save();
    if (e.key === "Escape") spec.cancel();
  });
  return {
    element: form,
    value: () => ({
      text: textarea.value,
      tags: parseTags(tags.value),
      color: (colours.querySelector<HTMLInputElement>("input:checked")?.value as NoteColour) ?? NOTE_COLOURS[0],
    }),
    showError(message) {
      error.textContent = message;
    },
    setBusy(busy) {
      save.disabled = busy;
      if (busy) error.textContent = "";
    },
    focus: () => textarea.focus(),
  };
}
