// Pointer → annotation → hover card. Hit-testing runs at most once per frame, and only when the pointer is
// over text that could be highlighted; clicking a highlight (touch, keyboard users) opens the card too.
import type { AnnotationView } from "../src/annotations";
import { caretAt, hitTest, type Drawn } from "./hit-test";
import type { HoverCard } from "./hover-card";

/** Leaving a highlight closes the card after this delay, so the pointer can travel onto the card. */
const CLOSE_DELAY_MS = 300;

export function watchHover(
  win: Window,
  card: HoverCard,
  drawn: () => Drawn<AnnotationView>[],
  signal: AbortSignal,
): void {
  const doc = win.document;
  let frame = 0;
  let closeTimer: number | undefined;
  let last: PointerEvent | MouseEvent | null = null;

  // The path ends with the document and the window; only nodes can be inside the card.
  const inCard = (e: Event) => e.composedPath().some((n) => "nodeType" in n && card.contains(n as Node));
  const annotationAt = (x: number, y: number) => {
    const items = drawn();
    if (!items.length) return null;
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const hit = hitTest(items, caret);
    // The caret snaps to the nearest text even beside it: only a point inside the range's boxes counts.
    if (
      !hit ||
      ![...hit.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)
    )
      return null;
    return hit;
  };
  const update = () => {
    frame = 0;
    if (!last) return;
    const hit = annotationAt(last.clientX, last.clientY);
    if (hit) {
      win.clearTimeout(closeTimer);
      closeTimer = undefined;
      if (card.current?.id !== hit.item.id)
        card.show(hit.item, hit.range.getBoundingClientRect(), { x: win.scrollX, y: win.scrollY });
    } else if (card.current && closeTimer === undefined) {
      closeTimer = win.setTimeout(() => {
        closeTimer = undefined;
        card.hide();
      }, CLOSE_DELAY_MS);
    }
  };

  doc.addEventListener(
    "pointermove",
    (e) => {
      if (inCard(e)) {
        win.clearTimeout(closeTimer);
        closeTimer = undefined;
        return;
      }
      last = e;
      if (!frame) frame = win.requestAnimationFrame(update);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    "click",
    (e) => {
      if (inCard(e)) return;
      const hit = annotationAt(e.clientX, e.clientY);
      if (hit) card.show(hit.item, hit.range.getBoundingClientRect(), { x: win.scrollX, y: win.scrollY });
      else card.hide();
    },
    { signal },
  );
  doc.addEventListener("keydown", (e) => e.key === "Escape" && card.hide(), { signal });
  signal.addEventListener("abort", () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(closeTimer);
    card.hide();
  });
}
