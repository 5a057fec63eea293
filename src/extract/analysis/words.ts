// The article's words with offsets, their sentence, and the shape facts the name rules test.
// Pure string work: no lexicons here.
import type { Sentence } from "./sentences";

export interface Word {
  text: string;
  /** `text` in lower case, computed once: every lexicon lookup needs it. */
  lower: string;
  start: number;
  end: number;
  /** Index into the sentence list. */
  sentence: number;
  /** First letter upper case, not an all-caps acronym. */
  cap: boolean;
  /** Two or more letters, all upper case: an acronym (КНБ, BBC), never a name word. */
  acronym: boolean;
  /** A capital that says nothing: first word of a sentence, or right after an opening quote or a colon. */
  weakCap: boolean;
  /** One capital letter followed by a dot: an initial ("А. Кудрин", "Chang W. Lee"). */
  initial: boolean;
  /** The text between the previous word and this one. */
  gap: string;
}

/**
 * Letters of the Latin, Greek and Cyrillic scripts (Kazakh letters included) and combining marks: explicit ranges,
 * because a \p{L} class makes the word scan four to five times slower in V8 and names in other scripts are out of scope.
 */
// Combining accents (U+0300–036F) are part of a word here, hence the lint exception on WORD below.
const LETTER =
  "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF";
/** Letters joined by inner hyphens and apostrophes (Саишвили-Чантурия, O’Brien); a trailing ’s is cut off below. */
// eslint-disable-next-line no-misleading-character-class -- LETTER holds combining accents on purpose
const WORD = new RegExp(`[${LETTER}][${LETTER}0-9]*(?:[-’'][${LETTER}0-9]+)*`, "g");
const POSSESSIVE = /[’']s$/;
/** An opening quote or a colon before a word: the capital after it is the quote's, not the name's. */
const WEAK_GAP = /[«“"„(:]\s*$/;
/**
 * A capital inside a word right after four or more letters: two words glued by the page ("CreditChang"), not "McHugh",
 * and not the capital of a hyphenated name's second part ("Касым-Жомарт", "Саишвили-Чантурия").
 */
const GLUED = /^.[^A-ZА-ЯЁ\-’']{3,}[A-ZА-ЯЁ]/;

export function readWords(text: string, sentences: Sentence[]): Word[] {
  const words: Word[] = [];
  let s = 0;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    const start = m.index;
    if (w.length > 3 && POSSESSIVE.test(w)) w = w.slice(0, -2);
    const end = start + w.length;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    const first = words.length === 0 || words[words.length - 1]!.sentence !== s || sentences[s]!.start >= prevEnd;
    const gap = text.slice(prevEnd, start);
    const lower = w.toLowerCase();
    // Case by comparison with the lower-case form: cheaper than Unicode property classes on every word.
    const upper = w[0] !== lower[0];
    const acronym = upper && w.length >= 2 && w === w.toUpperCase() && w !== lower;
    words.push({
      text: w,
      lower,
      start,
      end,
      sentence: s,
      cap: upper && !acronym && !(w.length > 4 && GLUED.test(w)),
      acronym,
      weakCap: first || (gap !== " " && WEAK_GAP.test(gap)),
      initial: w.length === 1 && upper && text[end] === ".",
      gap,
    });
    prevEnd = end;
  }
  return words;
}
