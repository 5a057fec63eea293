// The note editor's channel: the content script and the editor's extension-origin frame
// (content-scripts/notes/editor-frame.ts) talk over one MessageChannel, so the reader's typing, note text and
// tags live in the frame, which the page cannot reach, and cross to the content script only through a port the
// page never holds. The port is handed over once (`handover`) with a secret only the content script and the
// frame know; every later message on it is checked here on receipt, as every other message of the protocol.
import { type AnyCheck, type Check, type Infer, typedCheck } from "../check";
import { NOTE_COLOURS } from "../notes/new-note";
import { arr, bool, int, obj, oneOf, str } from "../validate";
import { LIMITS } from "../limits";

/** The longest editor a frame reports: far above any screen, so a broken frame cannot grow the page. */
const MAX_FRAME_HEIGHT = 4000;

/** One of several messages, told apart by their `type`, each checked by its own shape. */
const byType = <M extends Record<string, AnyCheck>>(shapes: M): Check<Infer<M[keyof M]>> =>
  typedCheck((v, path) => {
    const type = typeof v === "object" && v !== null ? (v as { type?: unknown }).type : undefined;
    if (typeof type !== "string" || !Object.hasOwn(shapes, type))
      return `${path}.type must be one of ${Object.keys(shapes).join(", ")}`;
    return shapes[type]!(v, path);
  });

const value = obj({
  text: str(LIMITS.noteText),
  tags: arr(str(LIMITS.tag, 1), LIMITS.tags),
  color: oneOf(...NOTE_COLOURS),
});
/** What the reader wrote: the note's text, its tags and its colour. */
export type EditorValue = Infer<typeof value>;

/** Content script → frame. */
const toFrame = byType({
  /** Shows the editor: the quoted passage, what the note holds so far, and the page's colour scheme. */
  open: obj({
    type: oneOf("open"),
    quote: str(LIMITS.quote),
    initial: value,
    deletable: bool(),
    scheme: oneOf("light", "dark"),
  }),
  /** Saving or deleting failed: the editor stays open with the reader's words and shows why. */
  failed: obj({ type: oneOf("failed"), error: str(LIMITS.noteText) }),
});
export type ToFrame = Infer<typeof toFrame>;

/** Frame → content script. */
const fromFrame = byType({
  /** The editor's laid-out height, so its frame shows all of it. */
  size: obj({ type: oneOf("size"), height: int(0, MAX_FRAME_HEIGHT) }),
  /** The reader saved (button or Ctrl+Enter). */
  save: obj({ type: oneOf("save"), value }),
  /** The reader deleted the note. */
  delete: obj({ type: oneOf("delete") }),
  /** The reader cancelled (button or Escape). */
  cancel: obj({ type: oneOf("cancel") }),
});
export type FromFrame = Infer<typeof fromFrame>;

/** The one window message of the channel: the content script's port, with the frame's secret. */
export interface Handover {
  channel: typeof HANDOVER;
  secret: string;
}
export const HANDOVER = "policylens/editor-frame";

/** Where the frame's secret travels: its address's fragment, which only the content script sets and sees. */
export const editorFrameUrl = (pageUrl: string, secret: string) => `${pageUrl}#${encodeURIComponent(secret)}`;
export const secretOf = (hash: string) => decodeURIComponent(hash.replace(/^#/, ""));

/** Whether a window message is the handover for this frame: our channel, the frame's secret, and one port. */
export function isHandover(data: unknown, ports: readonly unknown[], secret: string): boolean {
  if (typeof data !== "object" || data === null || ports.length !== 1 || !secret) return false;
  const h = data as Partial<Handover>;
  return h.channel === HANDOVER && h.secret === secret;
}

export const checkToFrame = (m: unknown): m is ToFrame => toFrame(m, "message") === null;
export const checkFromFrame = (m: unknown): m is FromFrame => fromFrame(m, "message") === null;
