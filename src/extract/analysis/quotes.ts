// Direct quotations in the text: «…» (nesting allowed), “…”, and straight "…" paired within a paragraph.
// A quote's words are its speaker's, so options and views inside it go to whoever the quote is attributed to.

export interface Quote {
  /** Offsets of the opening and closing marks (end exclusive, past the closing mark). */
  start: number;
  end: number;
}

/** Quotes shorter than this are titles or scare quotes («Казахмыс», "wins"), not speech. */
const MIN_SPEECH_CHARS = 25;
const MARKS = /[«»“”"]/g;

export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let guillemet = -1,
    depth = 0,
    curly = -1,
    straight = -1;
  for (const m of text.matchAll(MARKS)) {
    const c = m[0],
      at = m.index!;
    if (c === "«") {
      if (depth++ === 0) guillemet = at;
    } else if (c === "»") {
      if (depth > 0 && --depth === 0) push(out, guillemet, at + 1);
    } else if (c === "“") curly = at;
    else if (c === "”") {
      if (curly >= 0) push(out, curly, at + 1);
      curly = -1;
    } else if (straight >= 0 && !text.slice(straight, at).includes("\n\n")) {
      push(out, straight, at + 1);
      straight = -1;
    } else straight = at;
  }
  // An unclosed quote running to its paragraph's end: news often leaves a quoted paragraph open when the next continues it.
  for (const open of [guillemet >= 0 && depth > 0 ? guillemet : -1, curly]) {
    if (open < 0) continue;
    const para = text.indexOf("\n\n", open);
    push(out, open, para < 0 ? text.length : para);
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(out: Quote[], start: number, end: number): void {
  if (end - start >= MIN_SPEECH_CHARS) out.push({ start, end });
}
