// Content-script entry: starts PolicyLens once per page and connects its parts. No logic lives here.
import browser from "webextension-polyfill";
import { callBackground } from "../src/messages/transport";
import { createController } from "./controller";
import { createHoverCard } from "./hover-card";
import { watchHover } from "./hover";
import { cardLabels, notesLabels, toolbarLabels } from "./labels";
import { createNoteEditor, EDITOR_FRAME_PAGE } from "./notes/note-editor";
import { createNotesLayer } from "./notes/notes-layer";
import { watchSelection } from "./notes/selection-toolbar";
import { createToast } from "./notes/toast";
import { watchPage } from "./page-watch";
import { tabHandler } from "./tab-api";
import { createUiRoot } from "./ui-root";

/** Set on the isolated world's global: injecting the script again (toolbar click) must not start it twice. */
const STARTED = Symbol.for("policylens.started");
/** When this script began: timings count from here, not from the deferred start. */
const LOADED_AT = performance.now();
/** The latest start when the page never goes idle. */
const START_WITHIN_MS = 1000;

function start() {
  const abort = new AbortController();
  const t = (key: string) => browser.i18n.getMessage(key);
  // Strings are looked up when a piece of UI first shows, not at start-up on every page.
  const lazy = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const controller = createController(window, browser.runtime, LOADED_AT);
  const ui = createUiRoot(document);
  const toast = createToast(
    window,
    ui,
    lazy(() => t("dismiss") || "×"),
  );
  const editor = createNoteEditor(ui, {
    pageUrl: browser.runtime.getURL(EDITOR_FRAME_PAGE),
    origin: new URL(browser.runtime.getURL("")).origin,
  });
  const notes = createNotesLayer({
    win: window,
    runtime: browser.runtime,
    controller,
    editor,
    toast,
    labels: lazy(() => notesLabels(t)),
    newId: () => crypto.randomUUID(),
  });
  controller.useNotes(notes);
  controller.onAnnotated(() => void notes.refresh());

  const card = createHoverCard(
    ui,
    lazy(() => cardLabels(t)),
    {
      addNote: (view) => {
        card.hide();
        void notes.createFor(view);
      },
      markWrong: (view) => void controller.correct(view).finally(() => card.hide()),
    },
  );
  // The side panel's live view: what the pointer is over, and each new drawing; a message lost (the extension
  // reloaded) only leaves the panel a step behind, so its failure is dropped.
  const tellBackground = (send: Promise<unknown>) => void send.catch(() => undefined);
  watchHover(window, card, ui, controller.drawn, abort.signal, (id) =>
    tellBackground(callBackground(browser.runtime, "page/hover", { id })),
  );
  // A side panel re-reads the page when its drawing or its display changes (a kind switched off in the popup).
  const drawnChanged = () => tellBackground(callBackground(browser.runtime, "page/drawn", {}));
  controller.onDrawn(drawnChanged);
  controller.onDisplay(drawnChanged);
  watchSelection(
    window,
    ui,
    lazy(() => toolbarLabels(t)),
    {
      highlight: (range) => void notes.create(range, { highlightOnly: true }),
      addNote: (range) => void notes.create(range),
    },
    abort.signal,
  );
  document.addEventListener(
    "click",
    (e) => {
      // A synthetic click is the page's script: it must not open (and so reveal) the reader's note.
      if (!e.isTrusted) return;
      if (!editor.isOpen && window.getSelection()?.isCollapsed) notes.editAt(e.clientX, e.clientY);
    },
    { signal: abort.signal },
  );

  const watch = watchPage(
    window,
    () => {
      card.hide();
      void controller.annotate();
    },
    abort.signal,
  );
  controller.onDrawn(() => watch.discardPending());
  browser.runtime.onMessage.addListener(tabHandler(controller, notes, browser.runtime.id));
  void controller.annotate();
}

const global = globalThis as typeof globalThis & { [STARTED]?: boolean };
if (!global[STARTED]) {
  global[STARTED] = true;
  // Starting is not urgent: the page's own start-up goes first, and our setup gets a task of its own.
  if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: START_WITHIN_MS });
  else setTimeout(start, 0);
}
