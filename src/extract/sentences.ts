// Sentences of the article text via Intl.Segmenter, fed one paragraph at a time (much faster than a whole
// article at once), with offsets into the whole text.
import type { Lang } from "./types";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line) the sentence is in. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  const locale = lang === "other" ? "en" : lang;
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: "sentence" })));
  return s;
}

const PARAGRAPH_BREAK = /\n{2,}/g;

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const addParagraph = (pStart: number, pEnd: number) => {
    const para = text.slice(pStart, pEnd);
    for (const seg of segmenter(lang).segment(para)) {
      // Trim the whitespace the segmenter leaves at a sentence's end.
      let s = seg.index, e = seg.index + seg.segment.length;
      while (s < e && /\s/.test(para[s]!)) s++;
      while (e > s && /\s/.test(para[e - 1]!)) e--;
      if (e > s) out.push({ start: pStart + s, end: pStart + e, text: para.slice(s, e), paragraph });
    }
    paragraph++;
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    if (m.index! > from) addParagraph(from, m.index!);
    from = m.index! + m[0].length;
  }
  if (from < text.length) addParagraph(from, text.length);
  return out;
}
