// Reads a page's article from its HTML off the page's main thread: in a DOM the background has (Firefox's
// background page) or in an offscreen document created on first use (Chrome's service worker has no DOM).
import { type ArticleTransfer, readArticleForTransfer } from "../extract/article-transfer";
import { unwrap } from "../messages/transport";
import { OFFSCREEN_CHANNEL, type ReadArticleRequest } from "../offscreen/protocol";

const OFFSCREEN_PAGE = "src/offscreen/index.html";
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const url = chrome.runtime.getURL(OFFSCREEN_PAGE);
  const existing = await chrome.runtime.getContexts({
    contextTypes: ["OFFSCREEN_DOCUMENT" as chrome.runtime.ContextType],
    documentUrls: [url],
  });
  if (existing.length) return;
  // Two pages arriving at once must not both create it: the browser allows one offscreen document.
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ["DOM_PARSER" as chrome.offscreen.Reason],
      justification: "Find the article in a page without blocking the page",
    })
    .finally(() => (creating = null));
  await creating;
}

export async function readPageHtml(html: string, url: string): Promise<ArticleTransfer> {
  if (typeof DOMParser !== "undefined")
    return readArticleForTransfer(new DOMParser().parseFromString(html, "text/html"), url);
  await ensureOffscreen();
  const request: ReadArticleRequest = { channel: OFFSCREEN_CHANNEL, html, url };
  return unwrap<ArticleTransfer>(await chrome.runtime.sendMessage(request), "read the article");
}
