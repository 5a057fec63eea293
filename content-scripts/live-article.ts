// Runs the engine on the live page without touching it: readArticle reads a clone and points the text's
// segments back at the live text nodes, so every offset of the result can be drawn where the reader reads.
// Only the DOM reading happens on the page; the text stages run in the background service worker, off the
// page's main thread.
import type { DomText } from "../src/anchor/dom-text";
import { readArticle } from "../src/extract/article";
import type { ExtractResult } from "../src/extract/types";
import { callBackground, type Runtime } from "../src/messages";
import { yieldToPage } from "./yield";

export interface LiveArticle {
  result: ExtractResult;
  /** The article's text model over the live page's text nodes. */
  dom: DomText;
}

export async function extractLive(win: Window, runtime: Runtime): Promise<LiveArticle> {
  const { dom, lang, ...meta } = readArticle(win.document, win.location.href);
  await yieldToPage(win);
  const result = await callBackground(runtime, "engine/run", { text: dom.text, lang, meta });
  return { result, dom };
}
