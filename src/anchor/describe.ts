// Describes a stretch of text as W3C selectors: the quote with its surrounding context, and its offsets.
// Pure: a string and offsets in, plain data out. It does not look for the text again (that is anchor.ts).
import type { NoteSelectors } from "./selectors";

/** Characters of context kept on each side of the quote: enough to tell repeated quotes apart (as issue 5 asks). */
export const CONTEXT_LENGTH = 32;

export interface TextSpan {
  start: number;
  end: number;
}

/** Selectors for `text.slice(span.start, span.end)`. Throws a RangeError for an empty or out-of-range span. */
export function describeSpan(text: string, span: TextSpan): NoteSelectors {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`no text at ${start}..${end} of ${text.length}`);
  }
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(contextStart(text, start), start),
      suffix: text.slice(end, contextEnd(text, end)),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

// Context is cut on code points, never inside a surrogate pair, so the stored strings stay well-formed
// (an emoji or a rare CJK character at the edge would otherwise leave half a character in the JSON).
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  return isLowSurrogate(text.charCodeAt(from)) && from < start ? from + 1 : from;
}

function contextEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + CONTEXT_LENGTH);
  return isHighSurrogate(text.charCodeAt(to - 1)) && to > end ? to - 1 : to;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
