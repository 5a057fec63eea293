// The files the export buttons save: the current page (its state from the tab and its notes) in each format.
import { csvChunks } from "../src/export/csv";
import { jsonLdChunks } from "../src/export/jsonld";
import { markdownFileName, toMarkdown } from "../src/export/markdown";
import { type PageExport, unsavedPageExport } from "../src/export/page-export";
import type { TabState } from "../src/messages";
import type { NoteRecord } from "../src/store/records";
import type { FileToSave } from "./api";

export type ExportFormat = "json" | "markdown" | "csv";

/** The page as the exporters read it; seen "now", since the tab's state is what the reader is looking at. */
export function pageExportOf(state: TabState, notes: NoteRecord[], now: number): PageExport {
  const { url, canonicalUrl, title, lang } = state.page;
  return unsavedPageExport({ key: state.pageKey ?? url, url, canonicalUrl, title, lang }, notes, state.result, now);
}

/** How long the export may run before it lets the page paint and answer the reader again. */
const BREATHE_MS = 30;

/**
 * A file made of chunks (a page's worth each), every one a Blob as soon as it is made: a library export of
 * 100,000 annotations is never one string, and the page gets a turn between chunks.
 */
async function blobOf(chunks: Iterable<string> | AsyncIterable<string>, mime: string): Promise<Blob> {
  const parts: Blob[] = [];
  let since = performance.now();
  for await (const chunk of chunks) {
    parts.push(new Blob([chunk]));
    if (performance.now() - since > BREATHE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
  return new Blob(parts, { type: `${mime};charset=utf-8` });
}

function* markdownChunks(pages: readonly PageExport[]): Generator<string> {
  for (const [i, page] of pages.entries()) yield (i > 0 ? "\n---\n\n" : "") + toMarkdown(page);
}

/** One file for several pages (the library) or one (the popup), named after the page when there is one. */
export async function exportFile(format: ExportFormat, pages: PageExport[], now: number): Promise<FileToSave> {
  const stem = pages.length === 1 ? markdownFileName(pages[0]!.page.title).replace(/\.md$/, "") : "policylens-notes";
  if (format === "json") {
    const mime = "application/ld+json";
    return { name: `${stem}.jsonld`, mime, content: await blobOf(jsonLdChunks(pages, { now: new Date(now) }), mime) };
  }
  if (format === "csv") return { name: `${stem}.csv`, mime: "text/csv", content: await blobOf(csvChunks(pages), "text/csv") };
  return { name: `${stem}.md`, mime: "text/markdown", content: await blobOf(markdownChunks(pages), "text/markdown") };
}
