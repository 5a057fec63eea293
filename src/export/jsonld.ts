// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) export of pages: the reader's notes and the
// engine's automatic annotations, as one AnnotationCollection with one embedded AnnotationPage.
//
// Automatic annotations are one annotation per mention (and one per policy option), not one per entity with
// several targets: the model allows several targets, but Hypothesis and the tools built on its data model read
// `target[0]` only and anchor one quote per annotation, so one target each is what they show correctly.
import type { NoteRecord, PageRecord } from "../records/types";
import type { ExtractResult, Mention, PolicyOption } from "../extract/types";
import type { TextPositionSelector, TextQuoteSelector } from "../anchor/selectors";
import { expertsOf, KIND_LABELS, notesInOrder, type PageExport } from "./page-export";
import { uuidV5 } from "./uuid";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** Characters of context kept either side of a quote: what Hypothesis stores, enough to tell repeats apart. */
const QUOTE_CONTEXT_LENGTH = 32;

/** Markdown constructs a reader is likely to type (emphasis, links, lists, headings, quotes, code). */
const MARKDOWN_HINT = /(\*\*|__|`|\[[^\]]*\]\([^)]*\)|^\s{0,3}(#{1,6}\s|[-*+]\s|\d+\.\s|>))/m;

export interface TextualBody {
  type: "TextualBody";
  purpose: "commenting" | "tagging" | "classifying" | "identifying" | "describing";
  value: string;
  format?: "text/plain" | "text/markdown";
}

export interface AnnotationTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface Agent {
  type: "Software";
  name: string;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "commenting" | "tagging" | "highlighting" | "classifying";
  created: string;
  modified: string;
  creator?: Agent;
  body?: TextualBody[];
  target: AnnotationTarget;
}

export interface AnnotationCollection {
  "@context": typeof ANNO_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generator: Agent;
  generated: string;
  first: { type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

const POLICYLENS: Agent = { type: "Software", name: "PolicyLens" };

const iso = (ms: number): string => new Date(ms).toISOString();

/** A quote selector for `text.slice(start, end)` with the context around it. */
function quoteOf(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: "TextQuoteSelector",
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
}

function spanTarget(page: PageRecord, text: string, start: number, end: number): AnnotationTarget {
  return { source: page.url, selector: [quoteOf(text, start, end), { type: "TextPositionSelector", start, end }] };
}

const textual = (purpose: TextualBody["purpose"], value: string): TextualBody => ({
  type: "TextualBody",
  purpose,
  value,
});

/**
 * A note: commenting when it has text, tagging when it has only tags, a bare highlight otherwise. Its stored
 * selectors go out as they are: for a note outside the article (scope "body") the position counts in the
 * page body's text, so tools should anchor by the quote first, as Hypothesis does.
 */
export function noteAnnotation(page: PageRecord, note: NoteRecord): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.text !== "") {
    const format = MARKDOWN_HINT.test(note.text) ? "text/markdown" : "text/plain";
    body.push({ ...textual("commenting", note.text), format });
  }
  for (const tag of note.tags) body.push(textual("tagging", tag));
  const motivation = note.text !== "" ? "commenting" : body.length > 0 ? "tagging" : "highlighting";
  return {
    id: `urn:uuid:${note.id}`,
    type: "Annotation",
    motivation,
    created: iso(note.createdAt),
    modified: iso(note.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    target: { source: page.url, selector: [note.selectors.quote, note.selectors.position] },
  };
}

interface AutomaticSpan {
  /** Unique within the page: the entity or option id, plus the mention's offsets for entities. */
  key: string;
  start: number;
  end: number;
  body: TextualBody[];
}

function entitySpans(id: string, mentions: Mention[], body: TextualBody[]): AutomaticSpan[] {
  return mentions.map((m) => ({ key: `${id}@${m.start}-${m.end}`, start: m.start, end: m.end, body }));
}

function optionBody(option: PolicyOption): TextualBody[] {
  const body = [textual("classifying", KIND_LABELS["policy-option"])];
  if (option.proposer !== null) body.push(textual("describing", `proposer: ${option.proposer}`));
  return body;
}

function automaticSpans(result: ExtractResult): AutomaticSpan[] {
  const spans: AutomaticSpan[] = [];
  for (const p of expertsOf(result)) {
    const body = [textual("classifying", KIND_LABELS.expert), textual("identifying", p.name)];
    if (p.role !== null) body.push(textual("describing", `role: ${p.role}`));
    spans.push(...entitySpans(p.id, p.mentions, body));
  }
  for (const o of result.organisations) {
    spans.push(
      ...entitySpans(o.id, o.mentions, [
        textual("classifying", KIND_LABELS.organisation),
        textual("identifying", o.name),
      ]),
    );
  }
  for (const o of result.policyOptions) spans.push({ key: o.id, start: o.start, end: o.end, body: optionBody(o) });
  return spans;
}

/** The engine's annotations of one page, with ids derived from the page key and annotation key. */
export async function automaticAnnotations(page: PageRecord, result: ExtractResult): Promise<WebAnnotation[]> {
  return Promise.all(
    automaticSpans(result).map(async (s) => ({
      id: `urn:uuid:${await uuidV5(`${page.key}#${s.key}`)}`,
      type: "Annotation" as const,
      motivation: "classifying" as const,
      created: iso(page.firstSeen),
      modified: iso(page.lastSeen),
      creator: POLICYLENS,
      body: s.body,
      target: spanTarget(page, result.text, s.start, s.end),
    })),
  );
}

export interface JsonLdOptions {
  /** When the export was made (`generated`); a parameter so tests are deterministic. */
  now?: Date;
}

/** One page's annotations: the reader's notes first, then the engine's. */
async function pageAnnotations({ page, notes, result }: PageExport): Promise<WebAnnotation[]> {
  const items = notesInOrder(notes).map((n) => noteAnnotation(page, n));
  if (result) items.push(...(await automaticAnnotations(page, result)));
  return items;
}

/** The collection around `items`; its id depends only on which pages are in it, so it is stable too. */
async function collection(
  keys: readonly string[],
  label: string,
  items: WebAnnotation[],
  total: number,
  options: JsonLdOptions,
): Promise<AnnotationCollection> {
  return {
    "@context": ANNO_CONTEXT,
    id: `urn:uuid:${await uuidV5(`collection:${[...keys].sort().join("\n")}`)}`,
    type: "AnnotationCollection",
    label,
    total,
    generator: POLICYLENS,
    generated: (options.now ?? new Date()).toISOString(),
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

const labelOf = (pages: number, firstTitle: string) => (pages === 1 ? firstTitle : "PolicyLens annotations");

/** All annotations of `pages`, page by page, as one collection. */
export async function toJsonLd(
  pages: readonly PageExport[],
  options: JsonLdOptions = {},
): Promise<AnnotationCollection> {
  const items: WebAnnotation[] = [];
  for (const p of pages) items.push(...(await pageAnnotations(p)));
  return collection(
    pages.map((p) => p.page.key),
    labelOf(pages.length, pages[0]?.page.title ?? ""),
    items,
    items.length,
    options,
  );
}

/** The same collection as JSON text, written a page at a time (see `jsonLdStream`). */
export interface JsonLdStream {
  /** A page's annotations as JSON text, led by a comma after the first page that had any; "" when it has none. */
  page(p: PageExport): Promise<string>;
  /** The text before and after the pages' text, once every page is in: the head counts the items and names the pages. */
  frame(): Promise<{ head: string; tail: string }>;
}

/**
 * The collection for pages that arrive a few at a time (a library export): each page's text is made as it
 * comes and can be let go at once, so neither the pages nor the text are ever whole in memory.
 */
export function jsonLdStream(options: JsonLdOptions = {}): JsonLdStream {
  const keys: string[] = [];
  let firstTitle = "";
  let total = 0;
  return {
    async page(p) {
      if (keys.length === 0) firstTitle = p.page.title;
      keys.push(p.page.key);
      const items = await pageAnnotations(p);
      if (items.length === 0) return "";
      const text = `${total > 0 ? "," : ""}${items.map((a) => JSON.stringify(a)).join(",")}`;
      total += items.length;
      return text;
    },
    async frame() {
      const shell = JSON.stringify(await collection(keys, labelOf(keys.length, firstTitle), [], total, options));
      // `items` is the last key written and no string value can hold an unescaped quote, so this is the array.
      const cut = shell.lastIndexOf('"items":[]') + '"items":['.length;
      return { head: shell.slice(0, cut), tail: shell.slice(cut) };
    },
  };
}
