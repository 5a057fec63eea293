// Markdown export: one document per page, for Obsidian and similar note apps. Page-derived strings (titles,
// names, quotes) are escaped so they read as typed; the reader's own note text is Markdown already and is
// kept as written.
import type { NoteRecord } from "../records/types";
import type { ExtractResult } from "../extract/types";
import { expertsOf, notesInOrder, type PageExport } from "./page-export";
import { autolink, blockquote, escapeInline, obsidianTag } from "./markdown-escape";
import { countOf, MENTION } from "../plural";
import { unnamedProposer } from "../unnamed-proposer";

/** Longest file name stem: well under the 255-byte limit of common file systems even in Cyrillic UTF-8. */
const MAX_FILE_STEM = 100;

/** Characters Windows, macOS or Obsidian links forbid in file names. */
// eslint-disable-next-line no-control-regex -- control characters are among what file names forbid
const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f]+/g;

const NONE = "None found.";

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function section(title: string, lines: string[]): string {
  return `## ${title}\n\n${lines.length > 0 ? lines.join("\n") : NONE}`;
}

function automaticSections(result: ExtractResult): string[] {
  const experts = expertsOf(result).map((p) => {
    const role = p.role !== null ? ` — ${escapeInline(p.role)}` : "";
    return `- **${escapeInline(p.name)}**${role} (${countOf(p.mentions.length, "en", MENTION)})`;
  });
  const organisations = result.organisations.map(
    (o) =>
      `- **${escapeInline(o.name)}** (${countOf(o.mentions.length, "en", MENTION)})${o.outlet ? " — the page's source" : ""}`,
  );
  const { byAuthor, outlet } = unnamedProposer(result);
  const nobody = byAuthor ? "the author" : outlet ? `the outlet, **${escapeInline(outlet)}**` : "the outlet";
  const options = result.policyOptions.map((o) => {
    const by = o.proposer !== null ? `**${escapeInline(o.proposer)}**` : nobody;
    return `- ${escapeInline(o.text)} — proposed by ${by}`;
  });
  return [section("Experts", experts), section("Organisations", organisations), section("Policy options", options)];
}

function noteBlock(note: NoteRecord): string {
  const parts = [blockquote(note.selectors.quote.exact)];
  if (note.orphaned) parts.push("*(quote not found on the last visit)*");
  if (note.text.trim() !== "") parts.push(note.text.trim());
  const tags = note.tags.map(obsidianTag).filter((t) => t !== "");
  if (tags.length > 0) parts.push(tags.join(" "));
  return parts.join("\n\n");
}

/** The page as one Markdown document, dated by its publication or else the day the reader first saw it. */
export function toMarkdown(p: PageExport): string {
  return markdownDocument(p, day(p.page.firstSeen));
}

/** The same for a page no reader saw (the CLI's files): dated only by a publication date the page gives. */
export function toMarkdownUnseen(p: PageExport): string {
  return markdownDocument(p, null);
}

function markdownDocument({ page, notes, result }: PageExport, seenDay: string | null): string {
  const date = result?.published ? escapeInline(result.published) : seenDay;
  const header = [`- URL: ${autolink(page.url)}`, ...(date !== null ? [`- Date: ${date}`] : [])].join("\n");
  const blocks = [`# ${escapeInline(page.title) || "Untitled"}`, header];
  if (result) blocks.push(...automaticSections(result));
  const ordered = notesInOrder(notes);
  blocks.push(`## My notes\n\n${ordered.length > 0 ? ordered.map(noteBlock).join("\n\n---\n\n") : NONE}`);
  return `${blocks.join("\n\n")}\n`;
}

/** A file name for the page's document: its title without characters file systems or Obsidian forbid. */
export function markdownFileName(title: string): string {
  const stem = title.replace(FILE_NAME_FORBIDDEN, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  return `${Array.from(stem).slice(0, MAX_FILE_STEM).join("").trim() || "Untitled"}.md`;
}

export interface MarkdownDocument {
  name: string;
  content: string;
}

/** One document per page, with file names made unique ("Title (2).md") for a library export. */
export function toMarkdownDocuments(pages: readonly PageExport[]): MarkdownDocument[] {
  const used = new Set<string>();
  return pages.map((p) => {
    const base = markdownFileName(p.page.title);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = base.replace(/\.md$/, ` (${n}).md`);
    used.add(name.toLowerCase());
    return { name, content: toMarkdown(p) };
  });
}
