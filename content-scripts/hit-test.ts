// Which annotation is under the pointer: the caret position at a point, then the smallest drawn range that
// holds it (an organisation inside a highlighted option wins over the option). Reads the DOM only.

export interface Drawn<T> {
  item: T;
  ranges: Range[];
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function hitTest<T>(drawn: Drawn<T>[], point: { node: Node; offset: number }): { item: T; range: Range } | null {
  let best: { item: T; range: Range; size: number } | null = null;
  for (const d of drawn) {
    for (const range of d.ranges) {
      if (range.startContainer.ownerDocument !== point.node.ownerDocument) continue;
      let inside = false;
      try {
        inside = range.isPointInRange(point.node, point.offset);
      } catch {
        // A node removed from the document since: not under the pointer.
      }
      if (!inside) continue;
      const size = range.toString().length;
      if (!best || size < best.size) best = { item: d.item, range, size };
    }
  }
  return best && { item: best.item, range: best.range };
}
