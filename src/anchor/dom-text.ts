// The text model: a DOM subtree read as plain text, with a map from text offsets back to text nodes.
// The engine reads articles through it and the content script turns offsets back into Ranges with it,
// so both sides agree on every offset. It reads the DOM and never writes it; it takes its nodes as
// parameters (no globals), so it runs the same on a live page, a cloned one and jsdom in Node.

/** Elements that start a new block of text: a paragraph break is put between blocks. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "TD",
  "TH",
  "UL",
  "CAPTION",
  "DETAILS",
  "SUMMARY",
]);

/** Elements whose content is never article text. POLICYLENS-ROOT is our own UI host. */
const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "svg",
  "CANVAS",
  "IFRAME",
  "OBJECT",
  "SELECT",
  "TEXTAREA",
  "BUTTON",
  "POLICYLENS-ROOT",
]);

const BLOCK_BREAK = "\n\n";
const LINE_BREAK = "\n";
/** The characters folded as white space (as CSS does), by code. */
const SPACE = 0x20,
  NEWLINE = 0x0a,
  TAB = 0x09,
  RETURN = 0x0d,
  FORM_FEED = 0x0c;

/** One text node's share of the text: `text.slice(start, end)` came from `node`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** Offset in `node.data` of each character of the segment, plus one for `end`; null when it is the identity. */
  nodeOffsets: number[] | null;
}

export interface DomText {
  text: string;
  segments: TextSegment[];
}

const isElement = (n: Node): n is Element => n.nodeType === 1;
const isText = (n: Node): n is Text => n.nodeType === 3;

/** Reads `root` as text: whitespace folded to single spaces, blocks separated by blank lines. */
export function readDomText(root: Node): DomText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // What the text ends with, so breaks and spaces are never doubled.
  let pendingBreak = "";
  let lastWasSpace = true;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const requestBreak = (b: string) => {
    if (length === 0) return;
    if (b.length > pendingBreak.length) pendingBreak = b;
  };

  // Characters are copied in runs (one slice per run, not one string per character) and the offset map is
  // only made once a character is dropped or changed: most text nodes are copied whole.
  const visitText = (node: Text) => {
    const data = node.data;
    let out = "";
    // Null while every character so far is kept as it is (then out is data up to here).
    let offsets: number[] | null = null;
    // Where the run of characters kept as they are, not yet added to `out`, starts in `data`.
    let runFrom = 0;
    // Adds the run up to `i` to `out`; returns the offset map, made now if every character was kept so far.
    const endRun = (i: number, map: number[] | null): number[] => {
      if (i > runFrom) out += data.slice(runFrom, i);
      return map ?? Array.from({ length: i }, (_, k) => k);
    };
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      // \u00a0 stays: it is part of "50 %" style numbers and names, and it is not a line break.
      if (c === SPACE || c === NEWLINE || c === TAB || c === RETURN || c === FORM_FEED) {
        if (lastWasSpace || pendingBreak) {
          offsets = endRun(i, offsets);
          runFrom = i + 1;
          continue;
        }
        lastWasSpace = true;
        if (c !== SPACE) {
          offsets = endRun(i, offsets);
          runFrom = i + 1;
          out += " ";
          offsets.push(i);
          continue;
        }
      } else {
        if (pendingBreak) {
          // A break replaces any trailing space of the previous segment's text: drop it from the output.
          // Leading spaces were skipped while a break was pending, so nothing of this node is kept yet.
          if (parts.length && parts[parts.length - 1]!.endsWith(" ")) trimTrailingSpace();
          push(pendingBreak);
          pendingBreak = "";
        }
        lastWasSpace = false;
      }
      offsets?.push(i);
    }
    if (offsets) out += data.slice(runFrom);
    else out = data;
    if (!out) return;
    if (offsets) offsets.push(offsets.length ? offsets[offsets.length - 1]! + 1 : 0);
    segments.push({ node, start: length, end: length + out.length, nodeOffsets: offsets });
    push(out);
  };

  // A trailing space before a block break is noise: remove it from the last segment.
  const trimTrailingSpace = () => {
    const last = parts[parts.length - 1]!;
    parts[parts.length - 1] = last.slice(0, -1);
    length -= 1;
    const seg = segments[segments.length - 1];
    if (seg && seg.end > length) {
      seg.end = length;
      if (seg.nodeOffsets) seg.nodeOffsets.splice(seg.end - seg.start, 1);
      if (seg.end === seg.start) segments.pop();
    }
  };

  const walk = (node: Node) => {
    if (isText(node)) return visitText(node);
    if (!isElement(node)) {
      // Documents and fragments: their children are the content.
      if (node.nodeType === 9 || node.nodeType === 11) for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
      return;
    }
    const tag = node.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || node.hasAttribute("hidden")) return;
    if (tag === "BR") {
      requestBreak(LINE_BREAK);
      lastWasSpace = true;
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      requestBreak(BLOCK_BREAK);
      lastWasSpace = true;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) {
      requestBreak(BLOCK_BREAK);
      lastWasSpace = true;
    }
  };

  walk(root);
  let text = parts.join("");
  // A trailing space at the very end is noise too.
  if (text.endsWith(" ")) {
    trimTrailingSpace();
    text = parts.join("");
  }
  return { text, segments };
}

/** Where a text offset lies in the DOM: a text node and an offset in its data. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Maps a text offset to a DOM point. `affinity` says which side wins at a segment boundary:
 * "start" for the start of a range (the following node), "end" for its end (the preceding node).
 */
export function pointAt(dom: DomText, offset: number, affinity: "start" | "end"): DomPoint | null {
  const segs = dom.segments;
  let lo = 0,
    hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (offset < s.start || (affinity === "end" && offset === s.start && mid > 0)) hi = mid - 1;
    else if (offset > s.end || (affinity === "start" && offset === s.end && mid < segs.length - 1)) lo = mid + 1;
    else return { node: s.node, offset: nodeOffset(s, offset - s.start) };
  }
  // Offsets inside a block break belong to no node: snap to the nearest segment.
  const s = affinity === "start" ? segs[lo] : segs[hi];
  if (!s) return null;
  return { node: s.node, offset: affinity === "start" ? nodeOffset(s, 0) : nodeOffset(s, s.end - s.start) };
}

function nodeOffset(s: TextSegment, k: number): number {
  return s.nodeOffsets ? s.nodeOffsets[k]! : k;
}

/** Maps a DOM point (a text node and an offset in it) to a text offset, or null when the node is not in the text. */
export function offsetOf(dom: DomText, node: Node, offset: number): number | null {
  for (const s of dom.segments) {
    if (s.node !== node) continue;
    if (!s.nodeOffsets) return s.start + Math.min(offset, s.end - s.start);
    let k = 0;
    while (k < s.nodeOffsets.length - 1 && s.nodeOffsets[k]! < offset) k++;
    return s.start + k;
  }
  return null;
}
