// Words of the article text with their offsets and the shape facts the organisation rules test
// (capitalised, all-caps, script, first in its sentence). Pure string work, no lexicons.
import type { Sentence } from "./sentences";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First letter is upper case. */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym shape: КНБ, IMF, G-20). */
  upper: boolean;
  latin: boolean;
  /** First word of its sentence (possibly after an opening quote or dash): its capital says nothing. */
  sentenceStart: boolean;
  /** Followed by an English possessive ’s, which was not made a token of its own. */
  possessive: boolean;
}

/**
 * Letters and digits joined by inner hyphens, ampersands (AT&T), apostrophes (O’Brien) and dots before a
 * short domain or an initial (Caravan.kz, Театр.doc, N.Y.C); "Protection.Credit" (a missing space) is two words.
 */
const WORD = /[\p{L}\p{N}]+(?:[-&’'][\p{L}\p{N}]+|\.(?:\p{Ll}{2,4}|\p{Lu}\p{Ll}?)(?![\p{L}\p{N}]))*/gu;
const POSSESSIVE = /^[’']s$/;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const NOT_LETTER = /[^\p{L}]/gu;
const NON_LETTERS_THEN_LATIN = /^\P{L}+[A-Za-z]/u;

// Case and script by character code for ASCII and the basic Cyrillic block, which hold nearly every word of the
// articles; the Unicode classes above answer for the rest. Tens of thousands of words per long article.
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Letters whose case the code alone tells: A–Z, a–z, Ѐ–џ. */
const isCommonLetter = (c: number) => isAsciiLetter(c) || (c >= 0x400 && c <= 0x45f);
function isUpper(c: number, ch: string): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x45f) return c <= 0x42f;
  return UPPER_LETTER.test(ch);
}

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let sentenceIdx = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index!;
    let possessive = false;
    // "Children’s" → "Children" + possessive flag: the ’s is grammar, not part of a name.
    if (word.length > 2 && word.charCodeAt(word.length - 1) === 0x73 && POSSESSIVE.test(word.slice(-2))) {
      word = word.slice(0, -2);
      possessive = true;
    }
    while (sentenceIdx < sentences.length - 1 && sentences[sentenceIdx + 1]!.start <= start) sentenceIdx++;
    const sent = sentences[sentenceIdx];
    const first = word[0]!;
    const code = word.charCodeAt(0);
    const cap = isUpper(code, first);
    const prev = tokens[tokens.length - 1];
    const sentenceStart = !sent || !prev || prev.end <= sent.start;
    // Only capitalised words can be all caps: the letter count is made for them alone.
    const upper = cap && !LOWER_LETTER.test(word) && word.replace(NOT_LETTER, "").length >= 2;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      cap,
      upper,
      latin: isAsciiLetter(code) || (!cap && !isCommonLetter(code) && NON_LETTERS_THEN_LATIN.test(word)),
      sentenceStart,
      possessive,
    });
  }
  return tokens;
}

/** Only spaces on one line between two tokens (after a possessive, its ’s too): they may be one name. */
export function spaceBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \u00a0]+$/.test(a.possessive ? gap.slice(2) : gap);
}
