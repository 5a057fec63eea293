// Quotes shown in quote marks once: a reader who selects a whole quotation often takes its own marks with it
// («Второе…», “The plan…”), and wrapping that in the UI's marks again shows “«Второе…»”. Text that is already
// one quotation is shown as it is; anything else gets the marks of the language around it.

/** Opening marks and the closing mark each one takes (German-style „…“ and „…” are both used in Russian text). */
const PAIRS: Record<string, string[]> = {
  "«": ["»"],
  "“": ["”"],
  "„": ["“", "”"],
  '"': ['"'],
  "‘": ["’"],
  "‹": ["›"],
};

/** Punctuation a selection may take after the closing mark ("«Нет»." ends a sentence). */
const TRAILING = /[\s.,;:!?…]+$/u;

/** Whether the text is one quotation in its own marks: it opens with a mark that is closed only at its end. */
export function isInQuoteMarks(text: string): boolean {
  const s = text.trim().replace(TRAILING, "");
  const open = s[0];
  const closes = open !== undefined ? PAIRS[open] : undefined;
  if (!closes || s.length < 2 || !closes.includes(s[s.length - 1]!)) return false;
  let depth = 1;
  for (const c of s.slice(1, -1)) {
    if (closes.includes(c)) depth--;
    else if (c === open) depth++;
    if (depth === 0) return false;
  }
  return true;
}

/** The text in the marks `wrap` adds (the UI language's), unless it is a quotation in marks already. */
export function quoteOnce(text: string, wrap: (text: string) => string): string {
  return isInQuoteMarks(text) ? text : wrap(text);
}
