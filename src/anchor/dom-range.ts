// Text offsets ↔ DOM Ranges, through the text model of dom-text.ts, so offsets mean the same here as in
// the engine and in stored selectors. It reads the DOM and never writes it (the highlighter draws).
import { offsetOf, pointAt, type DomText } from "./dom-text";
import { partitionPoint } from "../partition-point";

export interface TextOffsets {
  start: number;
  end: number;
}

/** A Range over `dom.text.slice(start, end)`, or null when the offsets are out of range or cover no text node. */
export function rangeFromOffsets(dom: DomText, start: number, end: number, doc: Document): Range | null {
  if (start < 0 || end > dom.text.length || start >= end) return null;
  const from = pointAt(dom, start, "start");
  const to = pointAt(dom, end, "end");
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  // A span made only of a block break snaps its ends past each other: there is no text to cover.
  if (range.comparePoint(to.node, to.offset) < 0) return null;
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}

/**
 * The text offsets a Range covers, or null when it covers no text of `dom` (a selection outside the
 * article, or only whitespace). Range ends in elements or skipped nodes move inward to the nearest text,
 * and whitespace at either end is left out.
 */
export function offsetsFromRange(dom: DomText, range: Range): TextOffsets | null {
  const start = boundaryOffset(dom, range, "start");
  const end = boundaryOffset(dom, range, "end");
  if (start === null || end === null) return null;
  return trimmed(dom.text, start, end);
}

function boundaryOffset(dom: DomText, range: Range, side: "start" | "end"): number | null {
  const container = side === "start" ? range.startContainer : range.endContainer;
  const offset = side === "start" ? range.startOffset : range.endOffset;
  const direct = container.nodeType === 3 ? offsetOf(dom, container, offset) : null;
  if (direct !== null) return direct;
  // The boundary lies between text nodes of the model: find the first segment after it (start) or
  // the last one before it (end). Segments are in document order, so a binary search does it.
  const point = range.cloneRange();
  point.collapse(side === "start");
  const segs = dom.segments;
  // The boundary is not inside a segment's node (that case is `direct`), so each node lies wholly before or after it.
  const after = partitionPoint(segs.length, (i) => point.comparePoint(segs[i]!.node, segs[i]!.node.data.length) <= 0);
  if (side === "start") return after < segs.length ? segs[after]!.start : null;
  return after > 0 ? segs[after - 1]!.end : null;
}

// A triple click or a sloppy drag starts or ends in the break between paragraphs: the note is about the words.
function trimmed(text: string, start: number, end: number): TextOffsets | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
