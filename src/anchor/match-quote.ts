// Approximate quote matching, after hypothesis/client's match-quote: finds where a quote lies in a text,
// allowing a bounded number of differences (Myers' bit-parallel algorithm from `approx-string-match`), and
// scores each place by the quote, its prefix, its suffix and the expected position. Strings in, offsets
// out: it knows nothing of the DOM or of selectors, and it never decides what counts as "found".
import approxSearch from "approx-string-match";

/** Weights of the score's parts, as Hypothesis sets them: the quote counts most, its context next, position breaks ties. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Most differences ever allowed: the search costs about errors / 32 steps per character of text. */
const MAX_ERRORS_CAP = 256;
/** Share of the quote that may differ; past half, a "match" is mostly noise. */
const MAX_ERROR_RATIO = 0.5;
/** Characters searched either side of the expected position before the whole text is searched. */
const WINDOW_MARGIN = 2048;
/** A match near the expected position with at most this share of differences is taken without searching further. */
const WINDOW_ACCEPT_RATIO = 0.25;
/** Most equally good places scored (the likeliest first): more ties than this means the quote alone says little. */
const MAX_CANDIDATES = 200;

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: the weighted agreement of quote, prefix, suffix and position. */
  score: number;
  /** Differences between the quote and `text.slice(start, end)`; 0 for an exact match. */
  errors: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * The best place for `quote` in `text`. Exact occurrences come first, then approximate ones. When no
 * candidate stands in its own context, the place the context points to competes with them.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (!quote || !text) return null;
  const exact = exactMatches(text, quote);
  let candidates = exact.length > 0 ? exact : approximateMatches(text, quote, context.hint);
  // With no candidate at all, no place can hold the quote within the allowed differences: that search would be wasted.
  if (candidates.length > 0 && !candidates.some((c) => contextHits(text, c, context) === 2)) {
    candidates = [...candidates, ...matchesInContext(text, quote, context)];
  }
  let best: QuoteMatch | null = null;
  for (const c of likeliest(text, candidates, context)) {
    const score = scoreMatch(text, quote, c, context);
    if (!best || score > best.score) best = { ...c, score };
  }
  return best;
}

function exactMatches(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

// Near the expected position first: an edited quote seldom moves far, and a window of a few thousand
// characters is searched in well under a millisecond, whatever the length of the article.
function approximateMatches(text: string, quote: string, hint: number | undefined): Candidate[] {
  let maxErrors = maxErrorsFor(quote);
  if (maxErrors === 0) return [];
  if (hint !== undefined && text.length > quote.length + 2 * WINDOW_MARGIN) {
    const from = Math.max(0, hint - WINDOW_MARGIN);
    const to = Math.min(text.length, hint + quote.length + WINDOW_MARGIN);
    const near = approxSearch(text.slice(from, to), quote, maxErrors).map((m) => ({
      start: m.start + from,
      end: m.end + from,
      errors: m.errors,
    }));
    const nearErrors = near[0]?.errors;
    if (nearErrors !== undefined && nearErrors <= quote.length * WINDOW_ACCEPT_RATIO) return near;
    // Elsewhere only matches with no more differences than the one nearby are of use: a tighter bound, less work.
    if (nearErrors !== undefined) maxErrors = nearErrors;
  }
  return approxSearch(text, quote, maxErrors);
}

// The search keeps only the places with the fewest differences, so a common phrase elsewhere can hide
// the edited quote by one letter. Searching for the quote with its context finds the place the context
// points to; the quote is then looked for inside that place alone.
function matchesInContext(text: string, quote: string, context: QuoteContext): Candidate[] {
  const prefix = context.prefix ?? "";
  const suffix = context.suffix ?? "";
  if (!prefix && !suffix) return [];
  const hint = context.hint === undefined ? undefined : Math.max(0, context.hint - prefix.length);
  const place = approximateMatches(text, prefix + quote + suffix, hint)[0];
  if (!place) return [];
  return approxSearch(text.slice(place.start, place.end), quote, maxErrorsFor(quote)).map((m) => ({
    start: m.start + place.start,
    end: m.end + place.start,
    errors: m.errors,
  }));
}

const maxErrorsFor = (quote: string) => Math.min(MAX_ERRORS_CAP, Math.floor(quote.length * MAX_ERROR_RATIO));

// Scoring costs a small search per candidate, so with many ties keep those whose context matches
// outright, then those nearest the expected position.
function likeliest(text: string, candidates: Candidate[], context: QuoteContext): Candidate[] {
  if (candidates.length <= MAX_CANDIDATES) return candidates;
  const rank = (c: Candidate) => {
    const distance = context.hint === undefined ? c.start : Math.abs(c.start - context.hint);
    return { c, hits: contextHits(text, c, context), distance };
  };
  return candidates
    .map(rank)
    .sort((a, b) => b.hits - a.hits || a.distance - b.distance)
    .slice(0, MAX_CANDIDATES)
    .map((r) => r.c);
}

function scoreMatch(text: string, quote: string, c: Candidate, context: QuoteContext): number {
  const quoteScore = 1 - c.errors / quote.length;
  const prefixScore = context.prefix ? similarity(prefixAt(text, c, context.prefix), context.prefix) : 1;
  const suffixScore = context.suffix ? similarity(suffixAt(text, c, context.suffix), context.suffix) : 1;
  const positionScore =
    context.hint === undefined ? 1 : Math.max(0, 1 - Math.abs(c.start - context.hint) / text.length);
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return raw / TOTAL_WEIGHT;
}

/** 0, 1 or 2: how many sides of the context stand exactly next to the candidate (a missing side counts as standing). */
function contextHits(text: string, c: Candidate, context: QuoteContext): number {
  const prefix = context.prefix ?? "";
  const suffix = context.suffix ?? "";
  return Number(prefixAt(text, c, prefix) === prefix) + Number(suffixAt(text, c, suffix) === suffix);
}

const prefixAt = (text: string, c: Candidate, prefix = "") => text.slice(Math.max(0, c.start - prefix.length), c.start);
const suffixAt = (text: string, c: Candidate, suffix = "") => text.slice(c.end, c.end + suffix.length);

/** 0..1: how much of `wanted` is found in `actual` (1 - its fewest differences / its length). */
function similarity(actual: string, wanted: string): number {
  if (actual === wanted) return 1;
  if (!actual) return 0;
  const best = approxSearch(actual, wanted, wanted.length)[0];
  return best ? 1 - best.errors / wanted.length : 0;
}
