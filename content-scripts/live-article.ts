// Runs the engine on the live page without touching it and, as far as the browser allows, without blocking
// it: the page is serialised and read (Readability, then the engine) in the extension's own documents, and
// the result's segments are pointed back at the live text nodes. Should that fail (an old browser, a page
// too large to send), the article is read here and only the text stages run in the background.
import type { DomText } from "../src/anchor/dom-text";
import { readArticle } from "../src/extract/article";
import { textNodeWalk } from "../src/anchor/text-nodes";
import { attachToPageInSlices } from "../src/extract/article-transfer";
import type { ExtractResult } from "../src/extract/types";
import { callBackground, type ContentRuntime } from "../src/messages/transport";
import { READ_PAGE_PORT, readPageOverPort } from "../src/messages/in-parts";
import { LIMITS } from "../src/limits";
import { serialisePage } from "./serialise-page";
import { PAGE_SLICE_MS, slicer, yieldToPage } from "../src/yield";

export interface LiveArticle {
  result: ExtractResult;
  /** The article's text model over the live page's text nodes. */
  dom: DomText;
  reader: "extension" | "page";
}

export async function extractLive(win: Window, runtime: ContentRuntime): Promise<LiveArticle> {
  const doc = win.document;
  const html = await serialisePage(win);
  if (html.length <= LIMITS.pageHtml) {
    try {
      // Each step below starts in a task of its own: run on the tail of the step before, the two add up.
      await yieldToPage(win);
      const port = runtime.connect({ name: READ_PAGE_PORT });
      const { result, segments } = await readPageOverPort(port, html, win.location.href, () => yieldToPage(win));
      const live = await liveTextNodes(win);
      await yieldToPage(win);
      const dom = await attachToPageInSlices({ text: result.text, segments }, live, slicer(win, PAGE_SLICE_MS));
      return { result, dom, reader: "extension" };
    } catch (e) {
      console.debug("PolicyLens: reading the page off its thread failed, reading it here:", e);
    }
  }
  const { dom, lang, ...meta } = readArticle(doc, win.location.href);
  await yieldToPage(win);
  const result = await callBackground(runtime, "engine/run", { text: dom.text, lang, meta });
  return { result, dom, reader: "page" };
}

/** The page's text nodes as the background counted them, walked in slices. */
async function liveTextNodes(win: Window): Promise<Text[]> {
  const out: Text[] = [];
  const walk = textNodeWalk(win.document);
  const slice = slicer(win, PAGE_SLICE_MS);
  for (let n = walk.next(); n; n = walk.next()) {
    out.push(n);
    // Looking at the clock costs too: every 256 nodes is often enough.
    if ((out.length & 255) === 0) await slice();
  }
  return out;
}
