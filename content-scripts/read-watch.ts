// Tells the content script when the reader has read the article at the current address: it has been in the
// foreground for the dwell of src/page/read-dwell.ts. Only then does the page enter the reader's library
// (a note or a correction enters it at once). A new address starts the count again.
import { startReadDwell, type ReadDwell } from "../src/page/read-dwell";

export interface ReadWatch {
  /** Counts for the article now shown at `url`; the same address again keeps its count (a page refreshing itself). */
  start(url: string): void;
  /** Stops counting (no article here, or the run failed). */
  stop(): void;
}

export function watchReading(win: Window, onRead: (url: string) => void, signal: AbortSignal): ReadWatch {
  const doc = win.document;
  const visible = () => doc.visibilityState === "visible";
  let current: { url: string; dwell: ReadDwell; done: boolean } | null = null;
  let timer: number | undefined;

  const check = () => {
    win.clearTimeout(timer);
    timer = undefined;
    if (!current || current.done) return;
    const left = current.dwell.remaining(win.performance.now());
    if (left === 0) {
      current.done = true;
      onRead(current.url);
    } else if (visible()) timer = win.setTimeout(check, left);
  };
  doc.addEventListener(
    "visibilitychange",
    () => {
      current?.dwell.setVisible(win.performance.now(), visible());
      check();
    },
    { signal },
  );
  signal.addEventListener("abort", () => win.clearTimeout(timer));

  return {
    start(url) {
      if (current?.url === url) return;
      current = { url, dwell: startReadDwell(win.performance.now(), visible()), done: false };
      check();
    },
    stop() {
      current = null;
      check();
    },
  };
}
