// An approximate match's edges moved to word boundaries: when a noted quote's first or last word was edited, the
// best match can start or end inside a word ("дленно создать…"), and a highlight that cuts a word reads as a bug.
// A cut word is taken whole when most of it lies inside the match, and left out when most lies outside.

const WORD_CHAR = /[\p{L}\p{N}]/u;

const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);

/** The word around the boundary at `i` (between characters i-1 and i), when the boundary cuts one. */
function cutWord(text: string, i: number): { start: number; end: number } | null {
  if (!isWord(text, i - 1) || !isWord(text, i)) return null;
  let start = i;
  while (isWord(text, start - 1)) start--;
  let end = i;
  while (isWord(text, end)) end++;
  return { start, end };
}

export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const first = cutWord(text, s);
  if (first) s = s - first.start >= first.end - s ? first.end : first.start;
  const last = cutWord(text, e);
  if (last) e = last.end - e >= e - last.start ? last.start : last.end;
  // Left out a cut word at an edge: drop the spaces and punctuation that now open or close the match.
  while (s < e && !isWord(text, s)) s++;
  while (e > s && !isWord(text, e - 1) && !/[.!?»”")]/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : { start, end };
}
