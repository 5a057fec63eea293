// Reading an article away from the page it is on: the page sends its HTML, another document (the
// extension's offscreen page, or Firefox's background page) parses it and runs Readability there, and
// the text's segments come back as positions in the page's list of text nodes. The page then points
// them at its own text nodes, checking each one's text, so Readability's work never blocks the page.
import type { DomText, TextSegment } from "../anchor/dom-text";
import { documentTextNodes } from "../anchor/text-nodes";
import { type Article, readArticleConsuming } from "./article";

/**
 * A segment named by the position of its text node among the document's text nodes, with enough of that
 * node's text to recognise it (its length and first characters; the whole text would double the reply).
 */
export interface SegmentRef {
  index: number;
  length: number;
  head: string;
  start: number;
  end: number;
  nodeOffsets: number[] | null;
}

export interface ArticleTransfer {
  article: Omit<Article, "dom">;
  text: string;
  segments: SegmentRef[];
}

/**
 * How far (in text nodes, either way) a node may have moved in the live page's list since its HTML was sent: a few
 * nodes added or removed meanwhile (an ad, a widget) are followed; a node further off is dropped, not hunted for.
 */
const MAX_NODE_DRIFT = 200;
/** Characters of a node's text sent to recognise it by. */
const HEAD_LENGTH = 24;

/**
 * Reads the article of a parsed copy of a page and names its segments by text-node position. The copy is used up:
 * Readability rewrites it in place.
 */
export function readArticleForTransfer(doc: Document, url: string | null): ArticleTransfer {
  // Positions are counted before Readability moves anything.
  const textNodes = documentTextNodes(doc);
  const position = new Map<Node, number>(textNodes.map((n, i) => [n, i]));
  const { dom, ...article } = readArticleConsuming({ doc, textNodes }, url);
  const segments: SegmentRef[] = [];
  for (const s of dom.segments) {
    const index = position.get(s.node);
    if (index !== undefined)
      segments.push({
        index,
        length: s.node.length,
        head: s.node.substringData(0, HEAD_LENGTH),
        start: s.start,
        end: s.end,
        nodeOffsets: s.nodeOffsets,
      });
  }
  return { article, text: dom.text, segments };
}

/**
 * Points transferred segments at the live page's text nodes (`documentTextNodes` of the page). A node is taken only when its text is the
 * one the segment came from; a page that changed since it was sent loses just the segments that moved.
 */
export function attachToPage(transfer: Pick<ArticleTransfer, "text" | "segments">, live: Text[]): DomText {
  const segments: TextSegment[] = [];
  for (const step = attaching(transfer, live, segments); !step.next().done;);
  return { text: transfer.text, segments };
}

/**
 * `attachToPage` on the reader's page, giving the thread back whenever `slice` says (../yield.ts's slicer): a
 * 100,000-paragraph page has as many segments, and looking each one's node up is one long task at once.
 */
export async function attachToPageInSlices(
  transfer: Pick<ArticleTransfer, "text" | "segments">,
  live: Text[],
  slice: () => Promise<void> | void,
): Promise<DomText> {
  const segments: TextSegment[] = [];
  for (const step = attaching(transfer, live, segments); !step.next().done;) {
    const turn = slice();
    if (turn) await turn;
  }
  return { text: transfer.text, segments };
}

/** Attaches the segments one at a time into `segments`, stopping after each. */
function* attaching(
  transfer: Pick<ArticleTransfer, "segments">,
  live: Text[],
  segments: TextSegment[],
): Generator<void, void, void> {
  let shift = 0;
  for (const ref of transfer.segments) {
    const at = findNode(live, ref, ref.index + shift);
    if (at >= 0) {
      shift = at - ref.index;
      segments.push({ node: live[at]!, start: ref.start, end: ref.end, nodeOffsets: ref.nodeOffsets });
    }
    yield;
  }
}

function findNode(live: Text[], ref: SegmentRef, expected: number): number {
  // Length and head only: reading `data` would copy each candidate's whole text (a big page's worth of garbage).
  const same = (t: Text | undefined) =>
    !!t && t.length === ref.length && t.substringData(0, ref.head.length) === ref.head;
  if (same(live[expected])) return expected;
  for (let d = 1; d <= MAX_NODE_DRIFT; d++) {
    if (same(live[expected + d])) return expected + d;
    if (same(live[expected - d])) return expected - d;
  }
  return -1;
}
