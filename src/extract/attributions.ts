// Who says what in a text: every attributed statement with its content, source words, speaker and cue words, for
// the CLI's `attributions` and for measuring attribution on a corpus (scripts/eval-attribution.ts). With the
// learned attribution tagger's model for the language, its statements, and the rules' for the sentences where it
// found nothing; without one, the rules' alone. The engine's result (experts, options) never reads these.
import { learnedStatements } from "./attribution/learned/statements";
import { statementsOf, type Statement } from "./attribution/statements";
import { lexiconFor } from "./lang";
import type { TaggerModels } from "./model-lookup";
import { NO_META, tracePipeline } from "./pipeline";
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

/** The engine on a plain text: its result, attributions and the tagger's spans, in one run of the pipeline. */
export function readPlainText(text: string, { lang, tagger, attribution }: PlainTextOptions = {}): PlainTextReading {
  const { result, trace } = tracePipeline(text, lang, NO_META, tagger ? { tagger } : {});
  if (!trace) return { result: { ...result, attributions: [] }, entities: [] };
  const { analysis, people, speakers } = trace;
  const lex = lexiconFor(analysis.lang).people;
  const rules = statementsOf(analysis, people, speakers.bySentence, lex);
  const model = attribution?.(analysis.lang) ?? null;
  if (!model) return { result: { ...result, attributions: rules }, entities: analysis.entities };
  const learned = learnedStatements(analysis, people, speakers.bySentence, model, lex);
  const sentenceOf = (s: Statement) => analysis.sentences.findIndex((x) => x.end >= s.content.end);
  const attributions = [...learned.statements, ...rules.filter((s) => !learned.sentences.has(sentenceOf(s)))].sort(
    (a, b) => a.content.start - b.content.start,
  );
  return { result: { ...result, attributions }, entities: analysis.entities };
}

export function attributionsOf(text: string, options: PlainTextOptions = {}): Statement[] {
  return readPlainText(text, options).result.attributions;
}
