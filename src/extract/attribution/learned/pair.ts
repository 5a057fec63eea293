// The tagger's spans → statements: each content with the nearest cue and the source nearest that cue, looked for in
// the content's own sentences first, then in the sentence before and the one after within its paragraph ("“Rates
// must fall.” He said."; across a paragraph break the pairing was more often wrong than right on held-out articles).
// A content's pieces are joined when only punctuation and spaces lie between them, and a content in a sentence with
// no source or cue of its own continues the content of the sentence before it in the paragraph (a quotation that
// runs over several sentences). A content with no source and no cue near it is no statement: nothing attributes it.
import type { Span } from "../statements";

export interface PlacedSpan extends Span {
  label: "SOURCE" | "CUE" | "CONTENT";
  /** Index of the sentence the span starts in. */
  sentence: number;
  /** Index of the paragraph the span starts in. */
  paragraph: number;
}

export interface Paired {
  content: Span;
  source: Span | null;
  cue: Span[];
  /** The sentences the content covers, first and last. */
  sentences: [number, number];
}

/** What may lie between two pieces of one content: spaces, punctuation and quote marks. */
const JOINABLE_GAP = /^[\s\p{P}]*$/u;

interface Content {
  span: Span;
  first: number;
  last: number;
  paragraph: number;
}

export function pairSpans(text: string, spans: readonly PlacedSpan[]): Paired[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const frames = sorted.filter((s) => s.label !== "CONTENT");
  const contents: Content[] = [];
  for (const s of sorted) {
    if (s.label !== "CONTENT") continue;
    const prev = contents.at(-1);
    if (prev && continues(prev, s)) {
      prev.span.end = s.end;
      prev.last = s.sentence;
    } else
      contents.push({
        span: { start: s.start, end: s.end },
        first: s.sentence,
        last: s.sentence,
        paragraph: s.paragraph,
      });
  }
  return contents.flatMap(({ span, first, last, paragraph }) => {
    // The cue from the nearest sentences that have one; the source from those, or the nearest that have one.
    const reach = [
      (f: PlacedSpan) => f.sentence >= first && f.sentence <= last,
      (f: PlacedSpan) => (f.sentence === first - 1 || f.sentence === last + 1) && f.paragraph === paragraph,
    ];
    let cue: PlacedSpan | null = null;
    let source: PlacedSpan | null = null;
    for (const near of reach) {
      cue ??= nearest(
        frames.filter((f) => f.label === "CUE" && near(f)),
        span,
      );
      source ??= nearest(
        frames.filter((f) => f.label === "SOURCE" && near(f)),
        cue ?? span,
      );
    }
    if (!cue && !source) return [];
    return [{ content: span, source: source && plain(source), cue: cue ? [plain(cue)] : [], sentences: [first, last] }];
  });

  function continues(prev: Content, s: PlacedSpan): boolean {
    if (prev.paragraph !== s.paragraph) return false;
    const between = frames.some((f) => f.start >= prev.span.end && f.end <= s.start);
    if (!between && JOINABLE_GAP.test(text.slice(prev.span.end, s.start))) return true;
    const bare = !frames.some((f) => f.sentence === s.sentence);
    return bare && (s.sentence === prev.last || s.sentence === prev.last + 1);
  }
}

const plain = (s: Span): Span => ({ start: s.start, end: s.end });

/** Characters between two spans (0 when they touch or overlap). */
const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

function nearest<T extends Span>(spans: readonly T[], to: Span): T | null {
  let best: T | null = null;
  for (const s of spans) if (!best || gap(s, to) < gap(best, to)) best = s;
  return best;
}
