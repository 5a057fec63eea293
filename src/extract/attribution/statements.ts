// Each attributed sentence as a statement: what is said (content), the words that name who says it (source: a
// name, or the pronoun or role noun the text uses), who that resolves to (speaker), and the cue words. The shape
// that PolNeAR-style evaluation and the CLI's `attributions` read; the engine's result does not carry it.
import type { Analysis } from "../analysis/types";
import type { Word } from "../analysis/words";
import type { Attribution } from "../findings";
import type { Mention } from "../types";
import type { PeopleLexicon } from "../lang/people-lexicon";

export interface Span {
  start: number;
  end: number;
}

export interface Statement {
  content: Span;
  source: Span | null;
  speaker: { name: string; kind: "person" | "organisation" } | null;
  cue: Span[];
}

/** Characters around a cue searched for a pronoun or role noun when the speaker is not named in the sentence. */
const REFERRING_REACH = 25;
/** Punctuation that joins a content to its attribution ("…, said X", "X said: …"). */
const LEADING_NOISE = /^[\s,.:;—–-]+/;
const TRAILING_NOISE = /[\s,:;—–-]+$/;

/** One statement per sentence that has a speaker, in text order. */
export function statementsOf(
  analysis: Analysis,
  people: readonly { name: string; mentions: Mention[] }[],
  bySentence: readonly (Attribution | null)[],
  lex: PeopleLexicon,
): Statement[] {
  const out: Statement[] = [];
  const wordsIn: Word[][] = analysis.sentences.map(() => []);
  for (const w of analysis.words) wordsIn[w.sentence]!.push(w);
  analysis.sentences.forEach((sentence, si) => {
    const a = bySentence[si];
    if (!a) return;
    const person = people[a.person]!;
    const cue = a.evidence.flatMap((e) =>
      e.start !== undefined && e.end !== undefined ? [{ start: e.start, end: e.end }] : [],
    );
    const inside = (m: Span) => m.start >= sentence.start && m.end <= sentence.end;
    const anchor = cue[0]?.start ?? sentence.start;
    const source = nearest(person.mentions.filter(inside), anchor) ?? referringWord(wordsIn[si]!, cue, anchor, lex);
    out.push({
      content: contentOf(analysis.text, sentence, [...(source ? [source] : []), ...cue]),
      source,
      speaker: { name: person.name, kind: "person" },
      cue,
    });
  });
  return out;
}

function nearest(spans: Span[], at: number): Span | null {
  let best: Span | null = null;
  for (const s of spans) if (!best || Math.abs(s.start - at) < Math.abs(best.start - at)) best = s;
  return best ? { start: best.start, end: best.end } : null;
}

/** The pronoun or role noun next to the cue that stands for the speaker ("he said" → "he", "эксперт добавил"). */
function referringWord(words: Word[], cue: Span[], at: number, lex: PeopleLexicon): Span | null {
  if (cue.length === 0) return null;
  const from = at - REFERRING_REACH;
  const to = cue.at(-1)!.end + REFERRING_REACH;
  const found = words.filter(
    (w) => w.start >= from && w.end <= to && (lex.subjectPronoun.test(w.lower) || lex.roleNounsSingular.has(w.lower)),
  );
  return nearest(found, at);
}

/**
 * The sentence without its attribution: the longer of the stretches before and after the source and cue words
 * ("X said that …" → what follows; "…, said X." → what precedes), trimmed of the punctuation that joined them.
 */
function contentOf(text: string, sentence: Span, frame: Span[]): Span {
  if (frame.length === 0) return trim(text, sentence);
  const first = Math.min(...frame.map((s) => s.start));
  const last = Math.max(...frame.map((s) => s.end));
  const before = trim(text, { start: sentence.start, end: Math.max(sentence.start, first) });
  const after = trim(text, { start: Math.min(sentence.end, last), end: sentence.end });
  return after.end - after.start >= before.end - before.start ? after : before;
}

function trim(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = LEADING_NOISE.exec(slice)?.[0].length ?? 0;
  const tail = lead === slice.length ? 0 : (TRAILING_NOISE.exec(slice)?.[0].length ?? 0);
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - tail) };
}
