// Finds a note's text again from its stored selectors: by position, then by exact quote, then by
// approximate quote. Pure: a string and selectors in, offsets out; the DOM side is dom-range.ts.
// A null result means the note is orphaned: the caller keeps it and shows it, never drops it.
import { matchQuote } from "./match-quote";
import { snapToWords } from "./snap-to-words";
import type { NoteSelectors } from "./selectors";

export type AnchorMethod = "position" | "quote" | "fuzzy";

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: 1 for a verified position, else the match score of match-quote.ts. */
  score: number;
}

/**
 * Lowest score a match must reach to count as the note's text. Measured on 60k characters of Russian
 * news (FactRuEval) with quotes of 6-300 characters: the best match for a quote whose paragraph was
 * deleted scored at most 0.74 (0.82 once, for a 6-character quote found word for word elsewhere); an
 * intact quote whose context on one side was rewritten, at least 0.81; a quote of 16+ characters with a
 * word changed, at least 0.86.
 */
const MIN_SCORE = 0.8;
/** An exact quote at least this long is the note's text wherever it is: such a string does not recur by chance. */
const SELF_EVIDENT_LENGTH = 32;

/** Where the text the selectors describe lies in `text`, or null when it cannot be found (an orphan). */
export function anchorSelectors(text: string, selectors: NoteSelectors): Anchored | null {
  const { quote, position } = selectors;
  if (!quote.exact) return null;
  // 1. The text has not moved: the cheap check that serves most revisits.
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: "position", score: 1 };
  }
  // 2 and 3. Exact quote if it occurs (match-quote prefers exact matches), else approximate, near the old position.
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start });
  if (!match) return null;
  const exact = match.errors === 0;
  const trusted = (exact && quote.exact.length >= SELF_EVIDENT_LENGTH) || match.score >= MIN_SCORE;
  if (!trusted) return null;
  if (exact) return { start: match.start, end: match.end, method: "quote", score: match.score };
  // An edited word at an edge can leave the best match inside a word: the highlight takes whole words.
  return { ...snapToWords(text, match.start, match.end), method: "fuzzy", score: match.score };
}
