// PolicyLens engine, the library entry for Node (the CLI, scripts, other programs). Browser code imports
// ./extract/engine instead, which has no jsdom in it.
import { JSDOM, VirtualConsole } from "jsdom";
import { extractFromDocument, type DocumentOptions } from "./extract/engine";
import type { ExtractResult } from "./extract/types";

export { extractFromDocument, extractFromText, type DocumentOptions } from "./extract/engine";
export { readArticle, type Article } from "./extract/article";
export * from "./extract/types";

/** Extracts from a page's HTML source, parsed with jsdom (no scripts run, nothing is fetched). */
export function extractFromHtml(html: string, options: DocumentOptions = {}): ExtractResult {
  // A silent console: pages' broken stylesheets would otherwise print jsdom's parse errors.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { virtualConsole, ...(options.url ? { url: options.url } : {}) });
  try {
    return extractFromDocument(dom.window.document, options);
  } finally {
    dom.window.close();
  }
}
