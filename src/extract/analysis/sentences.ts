// Sentences of the article text via Intl.Segmenter, with offsets into the whole text. The segmenter is fed runs
// of whole paragraphs: in Chromium a call per paragraph costs more than the segmenting on a page of short
// paragraphs (lists, tables), and in Node one call for a whole long article is slower than many short ones.
import type { Lang } from "../types";
import { lexiconFor } from "../lang";
import { ABBREVIATIONS } from "../lang/every-text";
import { partitionPoint } from "../../partition-point";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line) the sentence is in. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  const locale = lexiconFor(lang).segmenterLocale;
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: "sentence" })));
  return s;
}

const PARAGRAPH_BREAK = /\n{2,}/g;
/** A capital letter of the Latin or Cyrillic alphabets (Kazakh's own included): an initial before its dot. */
const INITIAL = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]";
/**
 * Intl.Segmenter ends a sentence after a title or an initial ("Mr. McHugh", "В.В. Путин", "the U.S. Federal
 * Reserve"). A sentence ending in one of these is joined to the next one, so a name is never cut in two.
 */
const ENDS_IN_ABBREVIATION = new RegExp(
  `(?:^|[\\s(«"“.])(?:${ABBREVIATIONS.map((a) => a.replaceAll(".", "\\.")).join("|")}|${INITIAL})\\.$`,
  "u",
);

/**
 * How much of a sentence's end the abbreviation test reads: longer than any abbreviation with its dot and the
 * character before it, so the result is the same as on the whole sentence, without scanning a long one.
 */
const ABBREVIATION_TAIL = 16;

/** About how many characters of whole paragraphs the segmenter is given at once: the best of both engines. */
const RUN_CHARS = 2000;
const WHITESPACE = /\s/;

/** The index of the sentence holding `offset`: the last one starting at or before it (0 before the first). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, partitionPoint(sentences.length, (i) => sentences[i]!.start <= offset) - 1);
}

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const paragraphs = paragraphSpans(text);
  const out: Sentence[] = [];
  // The paragraph the previous sentence is in, and whether that sentence ends in an abbreviation.
  let lastParagraph = -1;
  let joinNext = false;
  const add = (s: number, e: number, paragraph: number) => {
    while (s < e && WHITESPACE.test(text[s]!)) s++;
    while (e > s && WHITESPACE.test(text[e - 1]!)) e--;
    if (e <= s) return;
    const last = out[out.length - 1];
    if (joinNext && last && paragraph === lastParagraph) {
      last.end = e;
      last.text = text.slice(last.start, last.end);
    } else {
      out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
    }
    lastParagraph = paragraph;
    joinNext = ENDS_IN_ABBREVIATION.test(text.slice(Math.max(s, e - ABBREVIATION_TAIL), e));
  };
  for (let first = 0; first < paragraphs.length;) {
    let last = first;
    while (last + 1 < paragraphs.length && paragraphs[last + 1]![1] - paragraphs[first]![0] <= RUN_CHARS) last++;
    const runStart = paragraphs[first]![0];
    let p = first;
    for (const seg of segmenter(lang).segment(text.slice(runStart, paragraphs[last]![1]))) {
      let s = runStart + seg.index;
      const e = s + seg.segment.length;
      // The segmenter always breaks after a line break, so a segment does not span two paragraphs; should one,
      // it is cut at each paragraph's end.
      while (p < last && s >= paragraphs[p]![1]) p++;
      while (p < last && e > paragraphs[p + 1]![0]) {
        add(s, paragraphs[p]![1], p);
        s = paragraphs[++p]![0];
      }
      add(s, Math.min(e, paragraphs[p]![1]), p);
    }
    first = last + 1;
  }
  return out;
}

/** Where each paragraph (text between blank lines) starts and ends; its index is its place in this list. */
function paragraphSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    if (m.index! > from) out.push([from, m.index!]);
    from = m.index! + m[0].length;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}
