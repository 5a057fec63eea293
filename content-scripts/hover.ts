// Pointer → annotation → hover card. Hit-testing runs at most once per frame, and only when the pointer is
// over text that could be highlighted; clicking a highlight (touch, keyboard users) opens the card too. Which
// annotation the pointer is over is also reported (`onHover`, on each change), so the side panel marks its row.
import type { AnnotationView } from "../src/annotations";
import { caretAt, hitTest, type Drawn } from "./hit-test";
import type { HoverCard } from "./hover-card";
import type { UiRoot } from "./ui-root";

/** Leaving a highlight closes the card after this delay, so the pointer can travel onto the card. */
const CLOSE_DELAY_MS = 300;

export function watchHover(
  win: Window,
  card: HoverCard,
  ui: Pick<UiRoot, "holds">,
  drawn: () => Drawn<AnnotationView>[],
  signal: AbortSignal,
  onHover: (id: string | null) => void = () => undefined,
): void {
  const doc = win.document;
  let frame = 0;
  let hovered: string | null = null;
  let closeTimer: number | undefined;
  let last: PointerEvent | MouseEvent | null = null;

  // Our UI's shadow root is closed: from the document, an event inside it comes from the host.
  const inCard = (e: Event) => !!card.current && ui.holds(e.target);
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
    if ((hit?.item.id ?? null) !== hovered) {
      hovered = hit?.item.id ?? null;
      onHover(hovered);
    }
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
      // Synthetic events are the page's own script, not the reader: they open nothing.
      if (!e.isTrusted) return;
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
      if (!e.isTrusted || inCard(e)) return;
      const hit = annotationAt(e.clientX, e.clientY);
      if (hit) card.show(hit.item, hit.range.getBoundingClientRect(), { x: win.scrollX, y: win.scrollY });
      else card.hide();
    },
    { signal },
  );
  doc.addEventListener("keydown", (e) => e.isTrusted && e.key === "Escape" && card.hide(), { signal });
  signal.addEventListener("abort", () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(closeTimer);
    card.hide();
  });
}
