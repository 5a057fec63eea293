// PolicyLens engine, the library entry for Node (the CLI, scripts, other programs). Browser code imports
// ./extract/engine instead, which has no jsdom and no file reading in it. Here the learned tagger's models come
// from the package's models/ unless the caller passes its own lookup (RULES_ONLY for the rules alone).
import { JSDOM, VirtualConsole } from "jsdom";
import { readPlainText as readPlainTextWith } from "./extract/attributions";
import {
  extractFromDocument as extractFromDocumentWith,
  extractFromText as extractFromTextWith,
  type DocumentOptions,
} from "./extract/engine";
import type { ExtractResult } from "./extract/types";
import { attributionModels, taggerModels, type TaggerModels } from "./tagger-models";

export { type DocumentOptions, type TextOptions } from "./extract/engine";
export { RULES_ONLY, type TaggerModels } from "./extract/model-lookup";
export type { PlainTextOptions, PlainTextReading } from "./extract/attributions";
export { readArticle, type Article } from "./extract/article";
export * from "./extract/types";

/** The package's models, read on first use per language (a warning on stderr if a file cannot be read). */
let packaged: TaggerModels | null = null;
const packagedModels = (): TaggerModels => (packaged ??= taggerModels());
let packagedAttribution: TaggerModels | null = null;
const packagedAttributionModels = (): TaggerModels => (packagedAttribution ??= attributionModels());

/** The options with the package's models when the caller gave none. */
const withModels = <T extends { tagger?: TaggerModels }>(options: T): T => ({
  ...options,
  tagger: options.tagger ?? packagedModels(),
});

/** Extracts from a page's document. The document is not changed (Readability reads a clone). */
export const extractFromDocument: typeof extractFromDocumentWith = (doc, options = {}) =>
  extractFromDocumentWith(doc, withModels(options));

/** Extracts from plain text: every offset indexes `text` itself. */
export const extractFromText: typeof extractFromTextWith = (text, options = {}) =>
  extractFromTextWith(text, withModels(options));

/** The engine on a plain text, with who says what and the tagger's spans (the CLI's JSON). */
export const readPlainText: typeof readPlainTextWith = (text, options = {}) =>
  readPlainTextWith(text, {
    ...withModels(options),
    attribution: options.attribution ?? packagedAttributionModels(),
  });

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
