// The files the export buttons save: the current page (its state from the tab and its notes) in each format.
import { CSV_HEAD, csvPage } from "../src/export/csv";
import { jsonLdStream } from "../src/export/jsonld";
import { markdownFileName, toMarkdown } from "../src/export/markdown";
import { type PageExport, unsavedPageExport } from "../src/export/page-export";
import type { TabState } from "../src/messages/types";
import type { NoteRecord } from "../src/records/types";
import type { FileToSave } from "./api";
import { OWN_PAGE_SLICE_MS, slicer } from "../src/yield";

export type ExportFormat = "json" | "markdown" | "csv";

/** The page as the exporters read it; seen "now", since the tab's state is what the reader is looking at. */
export function pageExportOf(state: TabState, notes: NoteRecord[], now: number): PageExport {
  const { url, canonicalUrl, title, lang } = state.page;
  return unsavedPageExport({ key: state.pageKey ?? url, url, canonicalUrl, title, lang }, notes, state.result, now);
}

/** Pages to export: a list (the popup's page) or a stream of them, fetched a slice at a time (the library). */
export type PageSource = Iterable<PageExport> | AsyncIterable<PageExport>;

const MARKDOWN_RULE = "\n---\n\n";
/**
 * Parts joined into one Blob as they gather: a Blob of 2,000 parts took 144 ms to make in one go (a long
 * task at the end of a 100,000-note export), while joining every 64 costs a few milliseconds each time.
 */
const PARTS_PER_JOIN = 64;

/**
 * One file for several pages (the library) or one (the popup), named after the page when there is one.
 * Each page's text becomes a Blob part as soon as it is made and the page is let go: a library export of
 * 100,000 annotations is never whole in memory, as records or as text, and the page gets a turn now and then.
 */
export async function exportFile(format: ExportFormat, pages: PageSource, now: number): Promise<FileToSave> {
  const jsonLd = jsonLdStream({ now: new Date(now) });
  const parts: Blob[] = [];
  let count = 0;
  let firstTitle = "";
  const breathe = slicer(globalThis, OWN_PAGE_SLICE_MS);
  for await (const page of pages) {
    if (count === 0) firstTitle = page.page.title;
    const text =
      format === "json"
        ? await jsonLd.page(page)
        : format === "csv"
          ? csvPage(page)
          : (count > 0 ? MARKDOWN_RULE : "") + toMarkdown(page);
    if (text) parts.push(new Blob([text]));
    if (parts.length === PARTS_PER_JOIN) parts.splice(0, parts.length, new Blob(parts));
    count++;
    await breathe();
  }
  const stem = count === 1 ? markdownFileName(firstTitle).replace(/\.md$/, "") : "policylens-notes";
  const file = (ext: string, mime: string, content: BlobPart[]) => ({
    name: `${stem}.${ext}`,
    mime,
    content: new Blob(content, { type: `${mime};charset=utf-8` }),
  });
  if (format === "json") {
    const { head, tail } = await jsonLd.frame();
    return file("jsonld", "application/ld+json", [head, ...parts, tail]);
  }
  if (format === "csv") return file("csv", "text/csv", [CSV_HEAD, ...parts]);
  return file("md", "text/markdown", parts);
}
