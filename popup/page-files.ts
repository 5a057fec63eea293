// The files the export buttons save: the current page (its state from the tab and its notes) in each format.
import { toCsv } from "../src/export/csv";
import { toJsonLd } from "../src/export/jsonld";
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

/** One file for several pages (the library) or one (the popup), named after the page when there is one. */
export async function exportFile(format: ExportFormat, pages: PageExport[], now: number): Promise<FileToSave> {
  const stem = pages.length === 1 ? markdownFileName(pages[0]!.page.title).replace(/\.md$/, "") : "policylens-notes";
  if (format === "json") {
    const collection = await toJsonLd(pages, { now: new Date(now) });
    return { name: `${stem}.jsonld`, mime: "application/ld+json", content: JSON.stringify(collection, null, 2) };
  }
  if (format === "csv") return { name: `${stem}.csv`, mime: "text/csv", content: toCsv(pages) };
  return { name: `${stem}.md`, mime: "text/markdown", content: pages.map(toMarkdown).join("\n---\n\n") };
}
