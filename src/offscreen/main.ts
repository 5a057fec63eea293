// Offscreen document entry: parses a page's HTML and reads its article with Readability, away from the
// page's main thread. Answers only the background (same extension, no tab).
import { readArticleForTransfer } from "../extract/article-transfer";
import { OFFSCREEN_CHANNEL, type ReadArticleReply, type ReadArticleRequest } from "./protocol";

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const m = message as Partial<ReadArticleRequest> | null;
  if (m?.channel !== OFFSCREEN_CHANNEL || sender.id !== chrome.runtime.id || sender.tab) return false;
  let reply: ReadArticleReply;
  try {
    const doc = new DOMParser().parseFromString(String(m.html), "text/html");
    reply = { ok: true, result: readArticleForTransfer(doc, String(m.url)) };
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  sendResponse(reply);
  return false;
});
