// The article on a page: its body found by Readability, read as text through the text model, and its
// metadata. Readability rewrites the document it reads, so it reads a clone (or, for a copy of the page made
// only to be read, the copy itself); the text's segments are then pointed back at the original page's text
// nodes, so offsets map to the live DOM. Pages that are not articles (home, search and index pages) are
// recognised here and get no annotations.
import { isProbablyReaderable } from "@mozilla/readability";
import { readDomText, type DomText, type TextSegment } from "../anchor/dom-text";
import { documentTextNodes } from "../anchor/text-nodes";
import { trimTrailingBoilerplate } from "./article-tail";
import { splitSentences } from "./analysis/sentences";
import { detectLang } from "./lang";
import { QuickReadability } from "./quick-readability";
import type { Lang } from "./types";
import { partitionPoint } from "../partition-point";
import { canonicalUrlOf } from "../page/claimed-urls";
import { jsonLdHeadlines, withoutSuffix } from "./plain-title";

/** An article body shorter than this (in words) is a teaser, a gallery or a stub, unless it reads as a brief. */
const MIN_ARTICLE_WORDS = 80;
/**
 * A short body with a title and this many sentences is a news brief (a wire item is often 50–80 words): the share
 * of real news that short is large, and a teaser or a stub has one line, not two.
 */
const MIN_BRIEF_SENTENCES = 2;
/** …counting only sentences of at least this many words: a caption, a button label or a date line is fewer. */
const MIN_BRIEF_SENTENCE_WORDS = 5;
/** Share of the body's text inside links above which it is a list of headlines (an index page). */
const MAX_LINK_TEXT_SHARE = 0.5;
/** This many headings that are links, making at least half the headings, are a list of headlines. */
const MIN_LINKED_HEADINGS = 5;
const LINKED_HEADINGS_SHARE = 0.5;
/** …when under each heading there is only a teaser: fewer characters than this on average. */
const MAX_TEASER_CHARS = 400;
/** A heading is a linked headline when at least this share of its text is link text: an "edit" or anchor link is less. */
const LINKED_HEADING_TEXT_SHARE = 0.8;
/** Paths of home, search, tag and section pages. */
const INDEX_PATH =
  /^\/?(?:$|index\.\w+$|(?:search|tag|tags|category|categories|topics?|section|rubric|rubrika|archive|page)(?:\/|$))/i;
const SEARCH_QUERY = /[?&](?:q|query|s|search|text)=/i;
/** The social cards' titles, which sites write without their own name more often than the <title>. */
const TITLE_CARDS =
  'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]';
/** Structured data: an article's "headline" there is its plain title. */
const JSON_LD = 'script[type="application/ld+json"]';

export interface Article {
  title: string;
  byline: string | null;
  published: string | null;
  lang: Lang;
  url: string | null;
  canonicalUrl: string | null;
  isArticle: boolean;
  notArticleReason: string | null;
  /** The article's text; its segments point at text nodes of the document that was passed in. */
  dom: DomText;
}

/**
 * A document Readability may rewrite: a parsed copy nobody else holds. `textNodes` are its text nodes as
 * `documentTextNodes` lists them, walked before anything changed.
 */
export interface ConsumableDocument {
  doc: Document;
  textNodes: Text[];
}

/** Reads the article of a document that stays as it is: Readability reads a clone. */
export function readArticle(doc: Document, url: string | null = null): Article {
  const clone = doc.cloneNode(true) as Document;
  const originals = pairTextNodes(clone, doc);
  return read(doc, clone, url, {
    original: (node) => originals.get(node),
    textNodes: () => documentTextNodes(doc),
    readerable: () => isProbablyReaderable(doc),
  });
}

/**
 * Reads the article of a throwaway copy of a page (one parsed from the HTML a page sent) without cloning it first:
 * on a long page the clone and the pairing of its text nodes are work a copy does not need. What the verdict
 * needs from the untouched page is asked before Readability runs.
 */
export function readArticleConsuming({ doc, textNodes }: ConsumableDocument, url: string | null = null): Article {
  const before = allTextNodes(doc);
  const readerable = isProbablyReaderable(doc);
  return read(doc, doc, url, {
    original: (node) => (before.has(node) ? (node as Text) : undefined),
    // Readability moves and drops nodes but never edits their text, so these still hold the page's words.
    textNodes: () => textNodes,
    readerable: () => readerable,
  });
}

/** What reading needs of the page as it was, however that is kept. */
interface Originals {
  /** The page's own text node a node of the document Readability read stands for; none for a node it made. */
  original(node: Node): Text | undefined;
  textNodes(): Text[];
  readerable(): boolean;
}

function read(doc: Document, target: Document, url: string | null, originals: Originals): Article {
  const canonicalUrl = canonicalUrlOf(doc, url);
  const pageUrl = url ?? canonicalUrl;
  const title = doc.title;
  // Read before Readability runs: on a throwaway copy it removes the scripts that hold the JSON-LD.
  const plain = plainTitles(doc);
  const published = findPublished(doc);
  // Classes are kept: only the text is read, so Readability need not strip them.
  const parsed = new QuickReadability<Element>(target, {
    serializer: (el) => el as Element,
    keepClasses: true,
  }).parse();
  const meta = {
    title: withoutSuffix((parsed?.title ?? title ?? "").trim(), plain),
    byline: parsed?.byline?.trim() || null,
    published: parsed?.publishedTime ?? published,
    url: pageUrl,
    canonicalUrl,
  };
  if (!parsed?.content) {
    // The language of the page's words, not of its scripts.
    const words = originals
      .textNodes()
      .map((t) => t.data)
      .join(" ");
    return {
      ...meta,
      lang: detectLang(words),
      isArticle: false,
      notArticleReason: "no article body found",
      dom: { text: "", segments: [] },
    };
  }
  const dom = trimTrailingBoilerplate(readDomText(parsed.content));
  pointAtOriginals(dom, originals);
  const lang = detectLang(dom.text);
  const notArticleReason = whyNotArticle(originals, parsed.content, dom.text, pageUrl, meta.title, lang);
  return { ...meta, lang, isArticle: notArticleReason === null, notArticleReason, dom };
}

/** Where a page gives its title without the site's or author's name: its social cards, its JSON-LD headline, its h1. */
function plainTitles(doc: Document): string[] {
  return [
    ...Array.from(doc.querySelectorAll(TITLE_CARDS), (m) => m.getAttribute("content") ?? ""),
    ...Array.from(doc.querySelectorAll(JSON_LD), (s) => s.textContent ?? "").flatMap(jsonLdHeadlines),
    ...Array.from(doc.querySelectorAll("h1"), (h) => h.textContent ?? ""),
  ];
}

/** Null for an article; otherwise the reason in plain words. */
function whyNotArticle(
  originals: Originals,
  body: Element,
  text: string,
  url: string | null,
  title: string,
  lang: Lang,
): string | null {
  const path = url ? safeUrl(url) : null;
  if (path && SEARCH_QUERY.test(path.search)) return "a search results page";
  if (path && INDEX_PATH.test(path.pathname)) return "a home or section page, not an article";
  const words = countWords(text);
  const brief = words < MIN_ARTICLE_WORDS;
  if (brief && !isBrief(title, text, lang)) return `too little text for an article (${words} words)`;
  if (linkTextShare(body) > MAX_LINK_TEXT_SHARE) return "a list of links (an index page)";
  if (isHeadlineList(body)) return "a list of headlines (an index page)";
  // Readability's test weighs long paragraphs, which a brief does not have: its title and sentences stand in.
  if (!brief && !originals.readerable()) return "the page does not look like an article";
  return null;
}

/** A short text that is still an article: a title, and at least two sentences of several words each. */
function isBrief(title: string, text: string, lang: Lang): boolean {
  if (!title.trim()) return false;
  const sentences = splitSentences(text, lang).filter((s) => countWords(s.text) >= MIN_BRIEF_SENTENCE_WORDS);
  return sentences.length >= MIN_BRIEF_SENTENCES;
}

/** Characters of Chinese or Japanese script per word: those scripts do not separate words by spaces. */
const CJK_CHARS_PER_WORD = 2;

export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const spaced = text
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.round(cjk / CJK_CHARS_PER_WORD);
}

function linkTextShare(body: Element): number {
  const all = (body.textContent ?? "").replace(/\s+/g, "").length;
  if (!all) return 1;
  let inLinks = 0;
  for (const a of Array.from(body.querySelectorAll("a"))) inLinks += (a.textContent ?? "").replace(/\s+/g, "").length;
  return inLinks / all;
}

function isHeadlineList(body: Element): boolean {
  const headings = Array.from(body.querySelectorAll("h1, h2, h3, h4"));
  const isLinked = (h: Element) => {
    const all = (h.textContent ?? "").trim().length;
    const inLink = h.closest("a")
      ? all
      : Array.from(h.querySelectorAll("a")).reduce((n, a) => n + (a.textContent ?? "").trim().length, 0);
    return all > 0 && inLink >= all * LINKED_HEADING_TEXT_SHARE;
  };
  if (headings.length < MIN_LINKED_HEADINGS) return false;
  const linked = headings.filter(isLinked).length;
  if (linked < MIN_LINKED_HEADINGS || linked < headings.length * LINKED_HEADINGS_SHARE) return false;
  // The whole body's text only for the few pages that get this far: it is the costliest question here.
  const chars = (body.textContent ?? "").replace(/\s+/g, " ").length;
  return chars / headings.length < MAX_TEASER_CHARS;
}

/**
 * How far past the last paired node (in text nodes, forward only) a text node Readability made is looked for in the
 * original by its text: wide enough to skip the boilerplate Readability dropped between two article paragraphs, while
 * the same text much further on ("Share", a repeated caption) is another node. Not the transfer's MAX_NODE_DRIFT.
 */
const MADE_NODE_LOOKAHEAD = 2000;

/**
 * Points the text's segments at the original page's text nodes. Readability sometimes makes new text nodes
 * (it re-parses a page it found too little text in, and turns javascript: links into plain text): those are
 * found in the original by their text, in document order after the last paired node. A segment with no
 * original is dropped, so nothing is ever drawn on a node the reader cannot see.
 */
function pointAtOriginals(dom: DomText, originals: Originals): void {
  let live: Text[] | null = null;
  let position: Map<Text, number> | null = null;
  let byText: Map<string, number[]> | null = null;
  let cursor = 0;
  const kept: TextSegment[] = [];
  for (const s of dom.segments) {
    const original = originals.original(s.node);
    if (original) {
      s.node = original;
      kept.push(s);
      if (position) cursor = (position.get(original) ?? cursor - 1) + 1;
      continue;
    }
    if (!live) {
      live = originals.textNodes();
      position = new Map(live.map((t, i) => [t, i]));
      byText = positionsByText(live);
      const last = kept[kept.length - 1];
      cursor = last ? (position.get(last.node) ?? -1) + 1 : 0;
    }
    const i = firstAtOrAfter(byText!.get(s.node.data), cursor);
    if (i === undefined || i >= cursor + MADE_NODE_LOOKAHEAD) continue;
    s.node = live[i]!;
    cursor = i + 1;
    kept.push(s);
  }
  dom.segments = kept;
}

/**
 * Where each text occurs among the nodes, in order. When Readability re-parsed the page every segment is made up,
 * and reading each node's text once (a call into the DOM in a browser) beats comparing a window of nodes per segment.
 */
function positionsByText(nodes: Text[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  nodes.forEach((t, i) => {
    const at = out.get(t.data);
    if (at) at.push(i);
    else out.set(t.data, [i]);
  });
  return out;
}

/** The first of the ascending positions at or after `from`. */
function firstAtOrAfter(positions: number[] | undefined, from: number): number | undefined {
  return positions?.[partitionPoint(positions.length, (i) => positions[i]! < from)];
}

/** Every text node of the document, those of scripts and styles too: a node not among them was made later. */
function allTextNodes(doc: Document): Set<Node> {
  const out = new Set<Node>();
  const walk = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) out.add(n);
  return out;
}

/**
 * Clone and original have the same shape: walk the text nodes of both at once and pair them. Tree walkers step
 * through the elements inside the browser, so no element of either document is handed to script.
 */
function pairTextNodes(clone: Document, original: Document): Map<Node, Text> {
  const pairs = new Map<Node, Text>();
  const c = clone.createTreeWalker(clone, 4 /* NodeFilter.SHOW_TEXT */);
  const o = original.createTreeWalker(original, 4 /* NodeFilter.SHOW_TEXT */);
  for (let cn = c.nextNode(), on = o.nextNode(); cn && on; cn = c.nextNode(), on = o.nextNode())
    pairs.set(cn, on as Text);
  return pairs;
}

function findPublished(doc: Document): string | null {
  return (
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null
  );
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
