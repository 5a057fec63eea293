// Organisation names the learned tagger found (Analysis.entities, label ORG), as candidates beside the rules':
// the tagger knows bodies no cue word stands near ("Tesco", "Сенат"), the rules know for sure what they were
// built for (acronyms defined in the text, quoted names, the gazetteer). Overlaps are settled like any other
// candidates' (resolve-overlaps.ts). The tagger learned from edited news prose; what web pages add to it —
// headings and photo credits in title case — and the few kinds of name it confuses with bodies are left out here.
import { sentenceAt } from "../analysis/sentences";
import type { Analysis } from "../analysis/types";
import type { LanguageModule } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";

/** A line with at least this many words and no lower-case word of HEADING_WORD letters is a heading or a caption. */
const HEADING_MIN_WORDS = 3;
const HEADING_WORD = 4;
const DIGIT = /\d/;
const ROMAN_NUMBER = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function findTaggedNames(analysis: Analysis, lex: LanguageModule): Candidate[] {
  const { entities, text, lowerCaseWords } = analysis;
  const headings = headingSentences(analysis);
  const notBody = new Set([...lex.orgs.notBodyLastWords].map((w) => w.toLowerCase()));
  const sentenceOf = (offset: number) => sentenceAt(analysis.sentences, offset);
  const surnames = new Set(
    entities
      .filter((e) => e.label === "PER")
      .map((e) => text.slice(e.start, e.end).replace(POSSESSIVE, "").split(/\s+/))
      .filter((words) => words.length > 1)
      .map((words) => words[words.length - 1]!),
  );
  return entities
    .filter((e) => e.label === "ORG")
    .map((e) => trimmed(text, e))
    .filter((e) => {
      const surface = text.slice(e.start, e.end);
      if (!surface) return false;
      const words = surface.split(/\s+/);
      // A body named by one common noun ("парламентом", "government") is a generic one, which the reader does not
      // need marked at every mention (the labelling guide leaves it optional).
      if (words.length === 1 && surface === surface.toLowerCase()) return false;
      // A Roman number alone is a rank or a part's, not a body ("Phase III trials", "Type II diabetes").
      if (ROMAN_NUMBER.test(surface)) return false;
      const last = words[words.length - 1]!;
      // "… Flag Code", "… Mile Beach", and "Ninety Mile beach" with the place's noun left out of the span.
      if (notBody.has(last.toLowerCase()) || notBody.has(wordAfter(text, e.end))) return false;
      if (glued(text, e)) return false;
      // In a heading or caption the tagger sees capitals everywhere: a name there counts once the text repeats it.
      if (headings.has(sentenceOf(e.start)) && !repeatedOutside(text, e, analysis.sentences[sentenceOf(e.start)]!))
        return false;
      // A lone word the text also writes in lower case is a common word at a sentence's start ("Almost").
      if (words.length === 1 && lowerCaseWords.has(last.toLowerCase())) return false;
      // A name ending in the last word of a person's full name elsewhere is that person, alone ("Essid" after "Habib
      // Essid") or run on from a body before it ("ФИДЕ Илюмжинов"), whose acronym the rules find on their own.
      return !surnames.has(last);
    })
    .map((e) => ({ ...e, cue: "model", confidence: CONFIDENCE.model }));
}

/** Lower-case words before a name ("city's Department of …") and a possessive after it ("Cambridge Analytica's"). */
const LEADING_LOWER = /^(?:\p{Ll}[\p{L}'’-]*[ \u00a0])+(?=\p{Lu}|\p{N}|["«“])/u;
const POSSESSIVE = /['’]s?$/u;

function trimmed(text: string, e: { start: number; end: number }): { start: number; end: number } {
  const surface = text.slice(e.start, e.end);
  const lead = LEADING_LOWER.exec(surface)?.[0].length ?? 0;
  const tail = POSSESSIVE.exec(surface.slice(lead))?.[0].length ?? 0;
  return { start: e.start + lead, end: e.end - tail };
}

/**
 * Sentences written as headings or captions: several words, none of them a lower-case word of any length, and no
 * digits (a line of names and figures is a table or a score line, whose capitals are names).
 */
function headingSentences({ words, sentences }: Analysis): Set<number> {
  const stats = new Map<number, { words: number; lower: number; titled: number }>();
  for (const w of words) {
    const s = stats.get(w.sentence) ?? { words: 0, lower: 0, titled: 0 };
    s.words++;
    if (w.text.length >= HEADING_WORD && w.text === w.lower) s.lower++;
    if (w.cap) s.titled++;
    stats.set(w.sentence, s);
  }
  // All-caps lines are left alone: the tagger learned wire headlines written that way.
  return new Set(
    [...stats]
      .filter(
        ([i, s]) => s.words >= HEADING_MIN_WORDS && s.lower === 0 && s.titled > 0 && !DIGIT.test(sentences[i]!.text),
      )
      .map(([i]) => i),
  );
}

/**
 * Text glued from page parts with no space between ("…winter weather.CreditKirsten Luce for The New York Times"): a
 * caption's credit run into its caption. A name in prose has a space, a quote or a bracket before it.
 */
const GLUED_BEFORE = /[\p{L}\p{N}.]/u;
const GLUED_INSIDE = /\p{Ll}\.\p{Lu}/u;
const glued = (text: string, span: { start: number; end: number }) =>
  (span.start > 0 && GLUED_BEFORE.test(text[span.start - 1]!)) || GLUED_INSIDE.test(text.slice(span.start, span.end));

/** The lower-case word right after `end` when only a space stands between; "" otherwise. */
const wordAfter = (text: string, end: number) =>
  /^[ \u00a0](\p{L}+)/u.exec(text.slice(end, end + 40))?.[1]!.toLowerCase() ?? "";

/** Whether the words of `span` occur again in the text outside the sentence that holds them. */
function repeatedOutside(text: string, span: { start: number; end: number }, line: { start: number; end: number }) {
  const name = text.slice(span.start, span.end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at < line.start || at >= line.end) return true;
  }
  return false;
}
