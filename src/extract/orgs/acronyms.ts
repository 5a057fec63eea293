// Acronyms: all-caps words (КНБ, АСПИР, IMF, CBO, G-20) minus countries, degrees, units and the like.
import { NOT_ORG_ACRONYMS } from "../lang/every-text";
import { INFLECTED_ACRONYM } from "../lang/ru/endings";
import { CONFIDENCE, type Candidate } from "./candidate";
import { isPlace } from "./places";
import type { Token } from "../analysis/tokens";

const STOP = new Set(NOT_ORG_ACRONYMS);
/** Longer all-caps words are shouting ("BREAKING"), not acronyms. */
const MAX_LETTERS = 7;
/** This many all-caps words in a row are a headline in capitals, not a row of acronyms. */
const SHOUTING_RUN = 3;
/** Acronym shape: capitals, optionally digits and one hyphenated part (G-20); Russian ones take case endings (МИДа). */
const SHAPE = /^[\p{Lu}][\p{Lu}\p{N}&]*(?:-[\p{Lu}\p{N}]+)?$/u;
/** Roman numerals (XXI век) and product codes (STS-124, ЗАЗ-1103, ТМА-12) share the shape but are not bodies. */
/** One capital and a number: G-20, G7. */
const NUMBERED = /^\p{Lu}-?\d{1,2}$/u;
const ROMAN = /^[IVXLCM]+$/;
const CODE = /\d{3,}|^\p{Lu}{2,}-?\d+$/u;

/** Letters from which an all-caps word may be a word the text also writes in small letters ("OIL", "SALE", "BONN"). */
const MIN_WORD_LETTERS = 4;

export function findAcronyms(tokens: Token[], text = ""): Candidate[] {
  const out: Candidate[] = [];
  // An acronym is written in capitals wherever it stands; a word the text also writes otherwise ("Oil prices …",
  // "in Bonn") is that word, shouted in a heading or a dateline. Short ones may be both ("WHO" and "who").
  const writtenSmall = new Set(tokens.filter((t) => !t.upper).map((t) => t.text.toLowerCase()));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const bare =
      INFLECTED_ACRONYM.exec(t.text)?.[1] ?? ((t.upper || NUMBERED.test(t.text)) && SHAPE.test(t.text) ? t.text : null);
    if (!bare || ROMAN.test(bare) || CODE.test(bare)) continue;
    const letters = bare.replace(/[^\p{L}]/gu, "");
    if (letters.length > MAX_LETTERS || STOP.has(bare.toUpperCase()) || isPlace(bare)) continue;
    if (letters.length >= MIN_WORD_LETTERS && bare === t.text && writtenSmall.has(bare.toLowerCase())) continue;
    if (isShouting(tokens, i) || isDateline(text, t) || inPlaceInCapitals(text, tokens, i)) continue;
    out.push({ start: t.start, end: t.end, cue: "acronym", confidence: CONFIDENCE.acronym });
  }
  return out;
}

/** "CAIRO — Gunmen attacked…", "LONDON (Reuters) -": a place in capitals opening an article's first line. */
const DATELINE_AFTER = /^\s*(?:[—–-]|\(|,)/;
/** A dateline's place has at least this many letters: shorter capitals opening a sentence (UN, IMF) are acronyms. */
const MIN_DATELINE_LETTERS = 4;
/** Characters after the word where the dash, bracket or comma of a dateline must start: a space or two, then it. */
const DATELINE_REACH = 3;
function isDateline(text: string, t: Token): boolean {
  return (
    t.sentenceStart &&
    t.text.length >= MIN_DATELINE_LETTERS &&
    DATELINE_AFTER.test(text.slice(t.end, t.end + DATELINE_REACH))
  );
}

/**
 * A word of a place written in capitals, two words or more: "NEW YORK (Reuters) -", "HONG KONG 1996-08-30". Its
 * words alone are no places ("NEW", "YORK"), the run of capitals together is.
 */
function inPlaceInCapitals(text: string, tokens: Token[], i: number): boolean {
  let a = i,
    b = i;
  while (a > 0 && tokens[a - 1]!.upper && /^[\s.]+$/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
  while (
    b + 1 < tokens.length &&
    tokens[b + 1]!.upper &&
    /^[\s.]+$/.test(text.slice(tokens[b]!.end, tokens[b + 1]!.start))
  )
    b++;
  return b > a && isPlace(text.slice(tokens[a]!.start, tokens[b]!.end));
}

function isShouting(tokens: Token[], i: number): boolean {
  let run = 1;
  for (let j = i - 1; j >= 0 && tokens[j]!.upper; j--) run++;
  for (let j = i + 1; j < tokens.length && tokens[j]!.upper; j++) run++;
  return run >= SHOUTING_RUN;
}
