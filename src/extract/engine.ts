// The engine's DOM-side entry points, free of Node-only code: what the content script bundles.
import { readArticle } from "./article";
import { NO_META, runPipeline } from "./pipeline";
import type { ExtractResult, Lang } from "./types";

export interface DocumentOptions {
  /** The page's address; used for metadata and to recognise home and search pages. */
  url?: string | null;
}

/** Extracts from a page's document. The document is not changed (Readability reads a clone). */
export function extractFromDocument(doc: Document, options: DocumentOptions = {}): ExtractResult {
  const { dom, lang, ...meta } = readArticle(doc, options.url ?? null);
  return runPipeline(dom.text, lang, meta);
}

/** Extracts from plain text: every offset indexes `text` itself. */
export function extractFromText(text: string, options: { lang?: Lang } = {}): ExtractResult {
  return runPipeline(text, options.lang, NO_META);
}
