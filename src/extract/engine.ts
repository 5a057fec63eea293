// The engine's DOM-side entry points, free of Node-only code: what the content script bundles.
import { readArticle } from "./article";
import type { TaggerModels } from "./model-lookup";
import { NO_META, runPipeline } from "./pipeline";
import type { ExtractResult, Lang } from "./types";

export interface DocumentOptions {
  /** The page's address; used for metadata and to recognise home and search pages. */
  url?: string | null;
  /** The learned tagger's models; the rules alone when left out. */
  tagger?: TaggerModels;
}

export interface TextOptions {
  lang?: Lang;
  /** The learned tagger's models; the rules alone when left out. */
  tagger?: TaggerModels;
}

/** Extracts from a page's document. The document is not changed (Readability reads a clone). */
export function extractFromDocument(doc: Document, { url = null, tagger }: DocumentOptions = {}): ExtractResult {
  const { dom, lang, ...meta } = readArticle(doc, url);
  return runPipeline(dom.text, lang, meta, tagger ? { tagger } : {});
}

/** Extracts from plain text: every offset indexes `text` itself. */
export function extractFromText(text: string, { lang, tagger }: TextOptions = {}): ExtractResult {
  return runPipeline(text, lang, NO_META, tagger ? { tagger } : {});
}
