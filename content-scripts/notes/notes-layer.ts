// The reader's notes on the page: load them, find their text again (anchor), draw them, and create, edit
// and delete them through the background. A note whose text is gone is kept and reported as an orphan;
// every failed write is shown to the reader, with their text still in the editor.
import { anchorSelectors } from "../../src/anchor/anchor";
import { describeSpan } from "../../src/anchor/describe";
import { rangeFromOffsets, offsetsFromRange } from "../../src/anchor/dom-range";
import { readDomText, type DomText } from "../../src/anchor/dom-text";
import type { AnnotationView } from "../../src/annotations";
import { callBackground, type Runtime } from "../../src/messages/transport";
import { newNote, type NoteColour } from "../../src/notes/new-note";
import type { NoteRecord, NoteScope } from "../../src/records/types";
import type { Controller } from "../controller";
import { caretAt, hitTest } from "../hit-test";
import type { NoteEditor, EditorValue } from "./note-editor";
import { isNoteable } from "./selection-toolbar";
import type { Toast } from "./toast";

export interface NotesLabels {
  cannotPlace: string;
  saveFailed: string;
  deleted: string;
  undo: string;
}

export interface NotesLayer {
  /** Loads the page's notes and places them (after every run of the engine). */
  refresh(): Promise<void>;
  /** Opens the editor for a new note on `range` (empty text: a plain highlight when `highlightOnly`). */
  create(range: Range, opts?: { highlightOnly?: boolean; annotation?: AnnotationView }): Promise<void>;
  /** A note on the reader's current selection (context menu, shortcut); false when nothing noteable is selected. */
  createFromSelection(): Promise<boolean>;
  /** A note attached to an automatic annotation, on its first mention. */
  createFor(view: AnnotationView): Promise<void>;
  orphanIds(): string[];
  rangeOf(id: string): Range | null;
  /** Opens the editor of the note under a click, if any; answers whether there was one. */
  editAt(x: number, y: number): boolean;
}

export function createNotesLayer(deps: {
  win: Window;
  runtime: Runtime;
  controller: Controller;
  editor: NoteEditor;
  toast: Toast;
  labels: () => NotesLabels;
  newId: () => string;
}): NotesLayer {
  const { win, runtime, controller, editor, toast, labels } = deps;
  const doc = win.document;
  let notes: NoteRecord[] = [];
  let placed = new Map<string, Range>();
  let orphans: string[] = [];
  let bodyText: DomText | null = null;

  /** The text a scope's offsets count in: the article's, or the whole body's for notes made outside it. */
  const textOf = (scope: NoteScope): DomText | null => {
    if (scope === "article") return controller.articleText();
    bodyText ??= readDomText(doc.body);
    return bodyText;
  };

  const draw = () => {
    const ids = [...placed.keys()];
    const byId = new Map(notes.map((n) => [n.id, n]));
    controller.highlighter.draw(
      "note",
      ids.map((id) => placed.get(id)!),
      ids.map((id) => byId.get(id)?.color ?? "yellow"),
    );
  };

  const place = async () => {
    bodyText = null;
    const next = new Map<string, Range>();
    const lost: string[] = [];
    for (const note of notes) {
      const text = textOf(note.scope);
      const at = text && anchorSelectors(text.text, note.selectors);
      const range = at && text ? rangeFromOffsets(text, at.start, at.end, doc) : null;
      if (range) next.set(note.id, range);
      else lost.push(note.id);
    }
    placed = next;
    orphans = lost;
    draw();
    // Keep the stored flag in step, so the popup and library list orphans even when this tab is closed.
    const nowOrphaned = notes.filter((n) => lost.includes(n.id) && !n.orphaned).map((n) => n.id);
    const nowPlaced = notes.filter((n) => !lost.includes(n.id) && n.orphaned).map((n) => n.id);
    if (nowOrphaned.length) await callBackground(runtime, "notes/set-orphaned", { ids: nowOrphaned, orphaned: true });
    if (nowPlaced.length) await callBackground(runtime, "notes/set-orphaned", { ids: nowPlaced, orphaned: false });
    for (const n of notes) n.orphaned = lost.includes(n.id);
  };

  const store = async (note: NoteRecord) => {
    // A note keeps its page in the reader's library, article or not.
    const pageKey = await controller.enterLibrary();
    const saved = await callBackground(runtime, "notes/save", { note: { ...note, pageKey } });
    notes = [...notes.filter((n) => n.id !== saved.id), saved];
    return saved;
  };

  const editorAt = (range: Range) => {
    const rect = range.getBoundingClientRect();
    return { left: rect.left + win.scrollX, top: rect.bottom + win.scrollY + 8 };
  };

  const openEditor = (note: NoteRecord, range: Range, isNew: boolean) => {
    editor.open({
      quote: note.selectors.quote.exact,
      initial: { text: note.text, tags: note.tags, color: note.color as NoteColour },
      deletable: !isNew,
      at: editorAt(range),
      save: async (value: EditorValue) => {
        const updated = { ...note, ...value, updatedAt: Math.max(Date.now(), note.updatedAt + 1) };
        await store(updated).catch((e: unknown) => {
          throw new Error(`${labels().saveFailed} ${e instanceof Error ? e.message : String(e)}`);
        });
        placed.set(updated.id, range);
        draw();
      },
      remove: async () => {
        const { deleted } = await callBackground(runtime, "notes/delete", { id: note.id });
        notes = notes.filter((n) => n.id !== note.id);
        placed.delete(note.id);
        draw();
        if (deleted)
          toast.show(labels().deleted, {
            action: {
              label: labels().undo,
              testid: "undo-delete",
              run: () =>
                void store({ ...deleted, updatedAt: Date.now() })
                  .then(() => place())
                  .catch((e: unknown) => toast.show(`${labels().saveFailed} ${String(e)}`, { error: true })),
            },
          });
      },
    });
  };

  return {
    async refresh() {
      const key = controller.pageKey();
      if (!key) return;
      try {
        notes = await callBackground(runtime, "notes/list", { pageKeys: [key] });
        await place();
      } catch (e) {
        toast.show(`${labels().saveFailed} ${e instanceof Error ? e.message : String(e)}`, { error: true });
      }
    },
    async create(range, opts = {}) {
      const article = controller.articleText();
      let scope: NoteScope = "article";
      let offsets = article && offsetsFromRange(article, range);
      if (!offsets) {
        scope = "body";
        bodyText = null;
        offsets = offsetsFromRange(textOf("body")!, range);
      }
      if (!offsets) return toast.show(labels().cannotPlace, { error: true });
      const text = textOf(scope)!;
      try {
        const note = newNote({
          id: deps.newId(),
          // Set when the note is stored (which enters the page in the library): a page without an article has no key yet.
          pageKey: controller.pageKey() ?? "",
          selectors: describeSpan(text.text, offsets),
          scope,
          annotationId: opts.annotation?.id ?? null,
          now: Date.now(),
        });
        const drawn = rangeFromOffsets(text, offsets.start, offsets.end, doc) ?? range;
        if (opts.highlightOnly) {
          await store(note);
          placed.set(note.id, drawn);
          draw();
          return;
        }
        // A new note is stored only when the reader saves it: cancelling leaves nothing behind.
        openEditor(note, drawn, true);
      } catch (e) {
        toast.show(`${labels().saveFailed} ${e instanceof Error ? e.message : String(e)}`, { error: true });
      }
    },
    async createFromSelection() {
      const sel = win.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) return false;
      const range = sel.getRangeAt(0).cloneRange();
      if (!isNoteable(range)) return false;
      await this.create(range);
      return true;
    },
    async createFor(view) {
      const range = controller.drawn().find((d) => d.item.id === view.id)?.ranges[0];
      if (range) await this.create(range, { annotation: view });
    },
    orphanIds: () => orphans,
    rangeOf: (id) => placed.get(id) ?? null,
    editAt(x, y) {
      const caret = caretAt(doc, x, y);
      if (!caret) return false;
      const byId = new Map(notes.map((n) => [n.id, n]));
      const hit = hitTest(
        [...placed].map(([id, r]) => ({ item: id, ranges: [r] })),
        caret,
      );
      const note = hit && byId.get(hit.item);
      if (!note || !hit) return false;
      openEditor(note, hit.range, false);
      return true;
    },
  };
}
