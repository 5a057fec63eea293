// CSV export: one row per annotation for spreadsheets. RFC 4180 (quoted fields, CRLF line ends), UTF-8 with
// a byte-order mark so Excel opens Cyrillic correctly. A row is one note, one expert, one organisation or one
// policy option (entities are one row each, not one per mention: a spreadsheet reader counts people, and the
// surface forms seen are listed in the text column).
import type { NoteRecord, PageRecord } from "../records/types";
import { expertsOf, KIND_LABELS, notesInOrder, surfaceForms, type PageExport } from "./page-export";

/** Tells Excel and LibreOffice the file is UTF-8; without it they read Cyrillic as mojibake. */
export const UTF8_BOM = "\uFEFF";

const CRLF = "\r\n";

export const CSV_COLUMNS = [
  "page title",
  "url",
  "kind",
  "text",
  "name",
  "role",
  "proposer",
  "note",
  "tags",
  "created",
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * Spreadsheet formula injection (CWE-1236): a cell starting with = + - @ (or a tab or carriage return, which
 * some spreadsheets skip before reading a formula) runs as a formula when opened. Page text and notes are
 * untrusted, so such cells get a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Fields that need RFC 4180 quotes: those holding a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: readonly string[]): string => cells.map(csvCell).join(",") + CRLF;

const iso = (ms: number): string => new Date(ms).toISOString();

function emptyRow(page: PageRecord, kind: string, created: string): Row {
  return {
    "page title": page.title,
    url: page.url,
    kind,
    text: "",
    name: "",
    role: "",
    proposer: "",
    note: "",
    tags: "",
    created,
  };
}

function noteRow(page: PageRecord, note: NoteRecord): Row {
  return {
    ...emptyRow(page, "note", iso(note.createdAt)),
    text: note.selectors.quote.exact,
    note: note.text,
    tags: note.tags.join(", "),
  };
}

function* pageRows({ page, notes, result }: PageExport): Generator<Row> {
  for (const n of notesInOrder(notes)) yield noteRow(page, n);
  if (!result) return;
  // The engine's annotations date from the page's last analysis.
  const seen = iso(page.lastSeen);
  for (const p of expertsOf(result)) {
    yield {
      ...emptyRow(page, KIND_LABELS.expert, seen),
      text: surfaceForms(p.mentions).join("; "),
      name: p.name,
      role: p.role ?? "",
    };
  }
  for (const o of result.organisations) {
    yield {
      ...emptyRow(page, KIND_LABELS.organisation, seen),
      text: surfaceForms(o.mentions).join("; "),
      name: o.name,
    };
  }
  for (const o of result.policyOptions) {
    yield { ...emptyRow(page, KIND_LABELS["policy-option"], seen), text: o.text, proposer: o.proposer ?? "" };
  }
}

/** The first line of every CSV file, after the byte-order mark. */
export const CSV_HEAD = UTF8_BOM + line(CSV_COLUMNS);

/** One page's rows: a library export writes them page by page and never builds one huge string. */
export function csvPage(p: PageExport): string {
  let chunk = "";
  for (const row of pageRows(p)) chunk += line(CSV_COLUMNS.map((c) => row[c]));
  return chunk;
}

/** The whole CSV as one string: fine for a page or a modest selection. */
export function toCsv(pages: Iterable<PageExport>): string {
  return CSV_HEAD + [...pages].map(csvPage).join("");
}
