// The note editor, as the content script holds it: an extension-origin frame (./editor-frame.ts) inside the
// in-page UI's closed shadow root, talked to over one MessageChannel. What the reader types, and the note's
// text and tags, live in that frame: key and input events never reach the page (not even its capture
// listeners), and nothing of the note is put in the page's DOM or posted to its window. A failed save keeps
// everything the reader typed in the editor and says what went wrong; nothing is closed until it is stored.
import {
  checkFromFrame,
  type EditorValue,
  editorFrameUrl,
  type FromFrame,
  HANDOVER,
  type Handover,
  type ToFrame,
} from "../../src/messages/editor-frame";
import { NOTE_COLOURS } from "../../src/notes/new-note";
import type { UiRoot } from "../ui-root";

export type { EditorValue } from "../../src/messages/editor-frame";

/** The frame page, as the manifest's web_accessible_resources lists it. */
export const EDITOR_FRAME_PAGE = "content-scripts/notes/editor-frame.html";
/** The frame's size before it reports its own: the form's width plus padding and border, a typical height. */
const FRAME_WIDTH_PX = 366;
const FRAME_START_HEIGHT_PX = 260;

const FRAME_CSS = `
.pl-editor-frame { padding: 0; width: ${FRAME_WIDTH_PX}px; max-width: none; height: ${FRAME_START_HEIGHT_PX}px; overflow: hidden; display: block; }
`;

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

/**
 * Where the frame is: `pageUrl`, its page's address in this browser (`runtime.getURL(EDITOR_FRAME_PAGE)`, in
 * Chromium a per-session address that names no extension), and `origin`, the extension's own origin, which its
 * documents have whatever address loaded them (`runtime.getURL("")`'s).
 */
export function createNoteEditor(ui: UiRoot, { pageUrl, origin }: { pageUrl: string; origin: string }): NoteEditor {
  /** Closes the open editor: its port and its frame go. */
  let closeOpen: (() => void) | null = null;
  const close = () => closeOpen?.();

  return {
    get isOpen() {
      return !!closeOpen;
    },
    close,
    open(req) {
      close();
      ui.addStyles("editor-frame", FRAME_CSS);
      const secret = crypto.randomUUID();
      const channel = new MessageChannel();
      const own = channel.port1;
      const iframe = ui.layer.ownerDocument.createElement("iframe");
      iframe.className = "pl-panel pl-editor-frame";
      iframe.setAttribute("data-testid", "note-panel");
      iframe.setAttribute("title", "PolicyLens");
      iframe.src = editorFrameUrl(pageUrl, secret);
      iframe.style.left = `${Math.max(4, req.at.left)}px`;
      iframe.style.top = `${req.at.top}px`;
      const closeThis = () => {
        own.close();
        iframe.remove();
        if (closeOpen === closeThis) closeOpen = null;
      };
      closeOpen = closeThis;

      const post = (message: ToFrame) => own.postMessage(message);
      const act = async (run: () => Promise<void>) => {
        try {
          await run();
          closeThis();
        } catch (e) {
          // The reader's words stay in the editor: nothing typed is lost to a failed write.
          post({ type: "failed", error: e instanceof Error ? e.message : String(e) });
        }
      };
      const handle = (m: FromFrame) => {
        if (m.type === "size") iframe.style.height = `${m.height}px`;
        else if (m.type === "save") void act(() => req.save(m.value));
        else if (m.type === "delete" && req.deletable && req.remove) void act(req.remove);
        else if (m.type === "cancel") closeThis();
      };
      own.onmessage = (e) => {
        const m: unknown = e.data;
        if (closeOpen === closeThis && checkFromFrame(m)) handle(m);
      };
      iframe.addEventListener(
        "load",
        () => {
          // To the extension's origin only: should the page have navigated our frame elsewhere, the port goes nowhere.
          const handover: Handover = { channel: HANDOVER, secret };
          iframe.contentWindow?.postMessage(handover, origin, [channel.port2]);
          post({
            type: "open",
            quote: req.quote,
            initial: req.initial ?? { text: "", tags: [], color: NOTE_COLOURS[0] },
            deletable: req.deletable && !!req.remove,
            scheme: ui.layer.getAttribute("data-scheme") === "dark" ? "dark" : "light",
          });
          // Typing goes to the frame: focus it, and the frame focuses its text field.
          iframe.focus();
        },
        { once: true },
      );
      ui.layer.appendChild(iframe);
    },
  };
}
