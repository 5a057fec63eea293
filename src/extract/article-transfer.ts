// Reading an article away from the page it is on: the page sends its HTML, another document (the
// extension's offscreen page, or Firefox's background page) parses it and runs Readability there, and
// the text's segments come back as positions in the page's list of text nodes. The page then points
// them at its own text nodes, checking each one's text, so Readability's work never blocks the page.
import type { DomText, TextSegment } from "../anchor/dom-text";
import { type Article, readArticle } from "./article";

/** A segment named by the position of its text node among the document's text nodes, with that node's text. */
export interface SegmentRef {
  index: number;
  data: string;
  start: number;
  end: number;
  nodeOffsets: number[] | null;
}

export interface ArticleTransfer {
  article: Omit<Article, "dom">;
  text: string;
  segments: SegmentRef[];
}

/** How far from its expected position a text node is looked for when the page's list differs a little. */
const REALIGN_WINDOW = 200;

/**
 * The document's text nodes in document order, as both sides count them. Text inside <noscript> is left
 * out: a page with scripting on holds it as one raw text node, a parsed copy as elements.
 */
export function documentTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const root = doc.documentElement;
  if (!root) return out;
  // Elements are visited too, so a <noscript> is skipped whole with one check instead of one per text node.
  const walker = doc.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeName === "NOSCRIPT" ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === 3) out.push(n as Text);
  return out;
}

/** Reads the article of a parsed copy of a page and names its segments by text-node position. */
export function readArticleForTransfer(doc: Document, url: string | null): ArticleTransfer {
  const { dom, ...article } = readArticle(doc, url);
  const position = new Map(documentTextNodes(doc).map((t, i) => [t as Node, i]));
  const segments: SegmentRef[] = [];
  for (const s of dom.segments) {
    const index = position.get(s.node);
    if (index !== undefined) segments.push({ index, data: s.node.data, start: s.start, end: s.end, nodeOffsets: s.nodeOffsets });
  }
  return { article, text: dom.text, segments };
}

/**
 * Points transferred segments at the live page's text nodes. A node is taken only when its text is the
 * one the segment came from; a page that changed since it was sent loses just the segments that moved.
 */
export function attachToPage(transfer: Pick<ArticleTransfer, "text" | "segments">, doc: Document): DomText {
  const live = documentTextNodes(doc);
  const segments: TextSegment[] = [];
  let shift = 0;
  for (const ref of transfer.segments) {
    const at = findNode(live, ref, ref.index + shift);
    if (at < 0) continue;
    shift = at - ref.index;
    segments.push({ node: live[at]!, start: ref.start, end: ref.end, nodeOffsets: ref.nodeOffsets });
  }
  return { text: transfer.text, segments };
}

function findNode(live: Text[], ref: SegmentRef, expected: number): number {
  if (live[expected]?.data === ref.data) return expected;
  for (let d = 1; d <= REALIGN_WINDOW; d++) {
    if (live[expected + d]?.data === ref.data) return expected + d;
    if (live[expected - d]?.data === ref.data) return expected - d;
  }
  return -1;
}
