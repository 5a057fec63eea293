// The last result the background computed for each tab, held until the tab's content script reports the page
// (`page/seen`), which gives the page's key: the result is then kept under that key. The result the library
// keeps is always one the background made itself, never one a page sent.
import { BoundedCache } from "../bounded-cache";
import type { ExtractResult } from "../extract/types";

/** Tabs held at once: results whose page never reported (an error, a closed tab) are dropped oldest first. */
const MAX_TABS = 32;

interface Pending {
  /** The address the engine read the page at. */
  url: string;
  result: ExtractResult;
}

export function createLastResults(maxTabs = MAX_TABS) {
  const byTab = new BoundedCache<number, Pending>(maxTabs);
  return {
    /** Remembers a tab's result; only articles have annotations worth keeping. */
    remember(tabId: number | undefined, url: string | null, result: ExtractResult): void {
      if (tabId === undefined) return;
      byTab.delete(tabId);
      if (url === null || !result.isArticle) return;
      byTab.set(tabId, { url, result });
    },
    /** The tab's result, once, if it was computed for the page being reported (`sameUrl` decides). */
    take(tabId: number | undefined, sameUrl: (url: string) => boolean): ExtractResult | null {
      if (tabId === undefined) return null;
      const pending = byTab.get(tabId);
      byTab.delete(tabId);
      return pending && sameUrl(pending.url) ? pending.result : null;
    },
  };
}
