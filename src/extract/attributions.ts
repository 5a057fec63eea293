// Who says what in a text: every attributed statement with its content, source words, speaker and cue words, for
// the CLI's `attributions` and for measuring attribution on a corpus (scripts/eval-attribution.ts). With the
// learned attribution tagger's model for the language, its statements, and the rules' for the sentences where it
// found nothing; without one, the rules' alone. The engine's result (experts, options) never reads these.
import { learnedStatements } from "./attribution/learned/statements";
import { statementsOf, type Statement } from "./attribution/statements";
import { lexiconFor } from "./lang";
import type { TaggerModels } from "./model-lookup";
import { NO_META, tracePipeline, type PipelineTrace } from "./pipeline";
import type { EntitySpan } from "./tagger/tag";
import type { ExtractResult, Lang } from "./types";

export interface PlainTextReading {
  /** The engine's result, with the statements it attributed. */
  result: ExtractResult & { attributions: Statement[] };
  /** The learned tagger's spans the engine read the text with (none without a model): the CLI's `entities`. */
  entities: readonly EntitySpan[];
}

export interface PlainTextOptions {
  lang?: Lang;
  /** The tagger's models; the rules alone when left out. */
  tagger?: TaggerModels;
  /** The attribution tagger's models; the rules' statements alone when left out. */
  attribution?: TaggerModels;
}

/**
 * The engine on a plain text: its result, attributions and the tagger's spans, in one run of the pipeline (a text
 * that mixes languages is read in runs, each in its language: their statements and spans joined, moved to the
 * whole text's offsets).
 */
export function readPlainText(text: string, { lang, tagger, attribution }: PlainTextOptions = {}): PlainTextReading {
  const { result, runs } = tracePipeline(text, lang, NO_META, tagger ? { tagger } : {});
  const read = runs.map(({ start, trace }) => ({ start, ...runStatements(trace, attribution) }));
  const attributions = read.flatMap(({ start, statements }) => statements.map((s) => moveStatement(s, start)));
  const entities = read.flatMap(({ start, entities }) =>
    entities.map((e) => ({ ...e, start: e.start + start, end: e.end + start })),
  );
  return { result: { ...result, attributions }, entities };
}

/** One run's statements, in its own offsets: the learned tagger's, and the rules' where it found nothing. */
function runStatements(
  { analysis, people, speakers }: PipelineTrace,
  attribution: TaggerModels | undefined,
): { statements: Statement[]; entities: readonly EntitySpan[] } {
  const lex = lexiconFor(analysis.lang).people;
  const rules = statementsOf(analysis, people, speakers.bySentence, lex);
  const model = attribution?.(analysis.lang) ?? null;
  if (!model) return { statements: rules, entities: analysis.entities };
  const learned = learnedStatements(analysis, people, speakers.bySentence, model, lex);
  const sentenceOf = (s: Statement) => analysis.sentences.findIndex((x) => x.end >= s.content.end);
  const statements = [...learned.statements, ...rules.filter((s) => !learned.sentences.has(sentenceOf(s)))].sort(
    (a, b) => a.content.start - b.content.start,
  );
  return { statements, entities: analysis.entities };
}

const moveSpan = <T extends { start: number; end: number }>(s: T, by: number): T => ({
  ...s,
  start: s.start + by,
  end: s.end + by,
});

function moveStatement(s: Statement, by: number): Statement {
  return {
    ...s,
    content: moveSpan(s.content, by),
    source: s.source && moveSpan(s.source, by),
    cue: s.cue.map((c) => moveSpan(c, by)),
  };
}

export function attributionsOf(text: string, options: PlainTextOptions = {}): Statement[] {
  return readPlainText(text, options).result.attributions;
}
