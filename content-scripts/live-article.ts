// Runs the engine on the live page without touching it: readArticle reads a clone and points the text's
// segments back at the live text nodes, so every offset of the result can be drawn where the reader reads.
import type { DomText } from "../src/anchor/dom-text";
import { readArticle } from "../src/extract/article";
import { runPipeline } from "../src/extract/pipeline";
import type { ExtractResult } from "../src/extract/types";

export interface LiveArticle {
  result: ExtractResult;
  /** The article's text model over the live page's text nodes. */
  dom: DomText;
}

export function extractLive(doc: Document, url: string): LiveArticle {
  const { dom, lang, ...meta } = readArticle(doc, url);
  return { result: runPipeline(dom.text, lang, meta), dom };
}
