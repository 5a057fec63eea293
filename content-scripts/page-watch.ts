// Tells the content script when the article may have changed: a same-document navigation (history API,
// back/forward) or a substantial mutation of the page's text (late-loading articles). Debounced; our own
// UI and highlight marks are ignored, so drawing never re-triggers itself.
import { MARK_TAG } from "./highlighter";
import { ROOT_TAG } from "./ui-root";

/** Wait this long after the last change before re-running: pages load in bursts. */
const DEBOUNCE_MS = 600;
/** Added or removed text below this many characters is noise (a counter, an ad label, a timestamp). */
const SUBSTANTIAL_CHARS = 400;

export type ChangeReason = "navigation" | "mutation";

export interface PageWatch {
  /** Forgets the mutations made so far in this task: call right after drawing, which mutates in the fallback. */
  discardPending(): void;
}

export function watchPage(win: Window, onChange: (reason: ChangeReason) => void, signal: AbortSignal): PageWatch {
  const doc = win.document;
  let lastUrl = win.location.href;
  let timer: number | undefined;
  let pending: ChangeReason | null = null;
  const schedule = (reason: ChangeReason) => {
    // A navigation outranks a mutation: it replaces the page's annotations rather than refreshing them.
    if (pending !== "navigation") pending = reason;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      const r = pending!;
      pending = null;
      onChange(r);
    }, DEBOUNCE_MS);
  };
  const checkUrl = () => {
    if (win.location.href === lastUrl) return false;
    lastUrl = win.location.href;
    schedule("navigation");
    return true;
  };

  win.addEventListener("popstate", checkUrl, { signal });
  // The Navigation API sees pushState/replaceState from the page's own scripts, which an isolated world cannot patch.
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  nav?.addEventListener("navigatesuccess", checkUrl, { signal });

  const ours = (n: Node) =>
    n.nodeType === 1 && ((n as Element).localName === ROOT_TAG || (n as Element).localName === MARK_TAG);
  const observer = new MutationObserver((records) => {
    // Without the Navigation API (Firefox), a changed URL shows up here: client-side routers rewrite the DOM.
    if (checkUrl()) return;
    let chars = 0;
    for (const r of records) {
      if (ours(r.target)) continue;
      for (const n of r.addedNodes) if (!ours(n)) chars += n.textContent?.length ?? 0;
      for (const n of r.removedNodes) if (!ours(n)) chars += n.textContent?.length ?? 0;
      if (chars >= SUBSTANTIAL_CHARS) return schedule("mutation");
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener("abort", () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
  return { discardPending: () => void observer.takeRecords() };
}
