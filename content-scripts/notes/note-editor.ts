// The note editor: quote, the reader's text, tags and colour, Save / Delete / Cancel. A failed save keeps
// everything the reader typed in the editor and says what went wrong; nothing is closed until it is stored.
import { NOTE_SHADES } from "../../src/colours";
import { NOTE_COLOURS, type NoteColour } from "../../src/notes/new-note";
import { formatTags, parseTags } from "../../src/notes/tags";
import type { UiRoot } from "../ui-root";

const EDITOR_CSS = `
.pl-editor { width: 340px; }
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

/** What the reader's typing makes besides keydown: none of it bubbles on into the page. */
const STOPPED_EVENTS = [
  "keyup",
  "keypress",
  "beforeinput",
  "input",
  "paste",
  "compositionstart",
  "compositionupdate",
  "compositionend",
];

export interface EditorLabels {
  placeholder: string;
  tags: string;
  save: string;
  delete: string;
  cancel: string;
  colour: string;
}

export interface EditorValue {
  text: string;
  tags: string[];
  color: NoteColour;
}

export interface EditorRequest {
  quote: string;
  initial?: EditorValue;
  /** Existing notes can be deleted from the editor (the caller offers undo). */
  deletable: boolean;
  at: { left: number; top: number };
  /** Stores the note; a thrown error is shown and the editor stays open with the reader's text. */
  save(value: EditorValue): Promise<void>;
  remove?(): Promise<void>;
}

export interface NoteEditor {
  open(req: EditorRequest): void;
  close(): void;
  readonly isOpen: boolean;
}

export function createNoteEditor(ui: UiRoot, getLabels: () => EditorLabels): NoteEditor {
  let panel: HTMLElement | null = null;

  const close = () => {
    panel?.remove();
    panel = null;
  };

  return {
    get isOpen() {
      return !!panel;
    },
    close,
    open(req) {
      close();
      const labels = getLabels();
      ui.addStyles("editor", EDITOR_CSS);
      const doc = ui.layer.ownerDocument;
      const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
        const e = doc.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        if (text !== undefined) e.textContent = text;
        return e;
      };
      panel = el("div", {
        class: "pl-panel pl-editor",
        role: "dialog",
        "aria-label": labels.placeholder,
        "data-testid": "note-panel",
      });
      const quote = el("blockquote", {}, req.quote.length > 300 ? `${req.quote.slice(0, 297)}…` : req.quote);
      const textarea = el("textarea", {
        "data-testid": "note-editor",
        placeholder: labels.placeholder,
        "aria-label": labels.placeholder,
      });
      textarea.value = req.initial?.text ?? "";
      const tags = el("input", {
        type: "text",
        "data-testid": "note-tags",
        placeholder: labels.tags,
        "aria-label": labels.tags,
      });
      tags.value = formatTags(req.initial?.tags ?? []);
      const colours = el("fieldset", { class: "pl-colours", "aria-label": labels.colour });
      const chosen = req.initial?.color ?? NOTE_COLOURS[0];
      for (const c of NOTE_COLOURS) {
        const label = el("label", { title: c });
        const radio = el("input", {
          type: "radio",
          name: "pl-colour",
          value: c,
          "aria-label": c,
          "data-testid": `note-colour-${c}`,
        });
        radio.checked = c === chosen;
        const swatch = el("span");
        swatch.style.background = NOTE_SHADES[c].swatch;
        label.append(radio, swatch);
        colours.append(label);
      }
      const error = el("p", { class: "pl-error", role: "alert", "data-testid": "note-error" });
      const row = el("div", { class: "pl-row" });
      const save = el("button", { "data-testid": "save-note" }, labels.save);
      const cancel = el("button", { "data-testid": "cancel-note" }, labels.cancel);
      if (req.deletable && req.remove) {
        const del = el("button", { class: "pl-delete", "data-testid": "delete-note" }, labels.delete);
        del.addEventListener("click", async (e) => {
          if (!e.isTrusted) return;
          try {
            await req.remove!();
            close();
          } catch (e) {
            error.textContent = e instanceof Error ? e.message : String(e);
          }
        });
        row.append(del);
      }
      row.append(cancel, save);
      panel.append(quote, textarea, tags, colours, row, error);

      const value = (): EditorValue => ({
        text: textarea.value,
        tags: parseTags(tags.value),
        color: (colours.querySelector<HTMLInputElement>("input:checked")?.value as NoteColour) ?? NOTE_COLOURS[0],
      });
      const submit = async () => {
        save.disabled = true;
        error.textContent = "";
        try {
          await req.save(value());
          close();
        } catch (e) {
          // The reader's words stay in the editor: nothing typed is lost to a failed write.
          error.textContent = e instanceof Error ? e.message : String(e);
        } finally {
          save.disabled = false;
        }
      };
      // Only the reader's own input acts (synthetic events are a script's); the reader's typing stays with us
      // as far as an event can be kept: the page's own shortcuts and bubbling listeners never get it.
      save.addEventListener("click", (e) => e.isTrusted && void submit());
      cancel.addEventListener("click", (e) => e.isTrusted && close());
      for (const type of STOPPED_EVENTS) panel.addEventListener(type, (e) => e.stopPropagation());
      panel.addEventListener("keydown", (e) => {
        e.stopPropagation();
        if (!e.isTrusted) return;
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit();
        if (e.key === "Escape") close();
      });
      panel.style.left = `${Math.max(4, req.at.left)}px`;
      panel.style.top = `${req.at.top}px`;
      ui.layer.appendChild(panel);
      textarea.focus();
    },
  };
}
