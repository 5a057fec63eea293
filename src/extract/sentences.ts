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
/**
 * Intl.Segmenter ends a sentence after a title or an initial ("Mr. McHugh", "В.В. Путин", "the U.S. Federal
 * Reserve"). A sentence ending in one of these is joined to the next one, so a name is never cut in two.
 */
const ENDS_IN_ABBREVIATION = /(?:^|[\s(«"“.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St|Jr|Sr|Rev|Hon|U\.S|U\.K|U\.N|проф|акад|ген|г-н|г-жа|им|ул|пр|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.$/u;

/**
 * How much of a sentence's end the abbreviation test reads: longer than any abbreviation with its dot and the
 * character before it, so the result is the same as on the whole sentence, without scanning a long one.
 */
const ABBREVIATION_TAIL = 16;

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const addParagraph = (pStart: number, pEnd: number) => {
    const para = text.slice(pStart, pEnd);
    let joinNext = false;
    for (const seg of segmenter(lang).segment(para)) {
      // Trim the whitespace the segmenter leaves at a sentence's end.
      let s = seg.index, e = seg.index + seg.segment.length;
      while (s < e && /\s/.test(para[s]!)) s++;
      while (e > s && /\s/.test(para[e - 1]!)) e--;
      if (e <= s) continue;
      const last = out[out.length - 1];
      if (joinNext && last) {
        last.end = pStart + e;
        last.text = text.slice(last.start, last.end);
      } else {
        out.push({ start: pStart + s, end: pStart + e, text: para.slice(s, e), paragraph });
      }
      joinNext = ENDS_IN_ABBREVIATION.test(para.slice(Math.max(s, e - ABBREVIATION_TAIL), e));
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
