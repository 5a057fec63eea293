// The tagger's tokens: words (letters and digits, joined across inner hyphens and apostrophes) and every other
// non-space character on its own, so punctuation and quotes are context for the words around them. Offsets
// index the text; sentence boundaries come from the caller (the engine's analysis or a corpus).

export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** The tokens of `text` between `start` and `end`. */
export function tokenizeRange(text: string, start: number, end: number): TaggerToken[] {
  const out: TaggerToken[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
