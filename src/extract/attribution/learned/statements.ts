// Statements from the learned attribution tagger: its CONTENT spans paired with their SOURCE and CUE spans
// (pair.ts), each source resolved to a speaker: a person whose mention it overlaps, an organisation the NER tagger
// found there, or, for a pronoun or role noun ("he said", "the economist added"), the person the rules credit the
// sentence to, else the person named last before it. A source that holds a name is cut to that name.
import { sentenceAt } from "../../analysis/sentences";
import type { Analysis } from "../../analysis/types";
import type { Attribution } from "../../findings";
import type { PeopleLexicon } from "../../lang/people-lexicon";
import type { TaggerModel } from "../../tagger/model";
import type { Mention } from "../../types";
import type { Span, Statement } from "../statements";
import { pairSpans, type PlacedSpan } from "./pair";
import { spansOf, tagUnits } from "./tag";
import { unitsOf } from "./units";

export interface LearnedStatements {
  statements: Statement[];
  /** The sentences any of the tagger's spans start in: where the rules' statements are not needed. */
  sentences: ReadonlySet<number>;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function learnedStatements(
  analysis: Analysis,
  people: readonly { name: string; mentions: Mention[] }[],
  bySentence: readonly (Attribution | null)[],
  model: TaggerModel,
  lex: PeopleLexicon,
): LearnedStatements {
  const { text, sentences } = analysis;
  const units = unitsOf(text, sentences);
  const placed: PlacedSpan[] = spansOf(units, tagUnits(model, units), model.labels).map((s) => {
    const sentence = sentenceAt(sentences, s.start);
    return { start: s.start, end: s.end, label: s.label, sentence, paragraph: sentences[sentence]!.paragraph };
  });
  const mentions = people.flatMap((p, person) => p.mentions.map((m) => ({ ...m, person })));
  const orgs = analysis.entities.filter((e) => e.label === "ORG");
  const statements = pairSpans(text, placed).map(({ content, source, cue, sentences: [first, last] }) => {
    if (!source) return { content, source, speaker: null, cue };
    // A name inside the source is the source ("Jane Porter, an economist at the IMF" → "Jane Porter"), as the rules
    // give it; the words around it are the role, which the person's record carries.
    const named = mentions.find((m) => overlaps(m, source));
    if (named)
      return {
        content,
        source: spanOf(named),
        speaker: { name: people[named.person]!.name, kind: "person" as const },
        cue,
      };
    const org = orgs.find((o) => overlaps(o, source));
    if (org)
      return {
        content,
        source: spanOf(org),
        speaker: { name: text.slice(org.start, org.end), kind: "organisation" as const },
        cue,
      };
    return { content, source, speaker: referredTo(source, first, last), cue };
  });
  return { statements, sentences: new Set(placed.map((s) => s.sentence)) };

  /** The person a pronoun or role noun stands for: the rules' speaker of the content's sentences, else the last named. */
  function referredTo(src: Span, first: number, last: number): Statement["speaker"] {
    const words = text
      .slice(src.start, src.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    if (!words.some((w) => lex.subjectPronoun.test(w) || lex.roleNounsSingular.has(w))) return null;
    for (let s = first; s <= last; s++) {
      const a = bySentence[s];
      if (a) return { name: people[a.person]!.name, kind: "person" };
    }
    const before = mentions.filter((m) => m.end <= src.start).at(-1);
    return before ? { name: people[before.person]!.name, kind: "person" } : null;
  }
}

const spanOf = (s: Span): Span => ({ start: s.start, end: s.end });
