// Who says what in a text: every attributed statement with its content, source words, speaker and cue words, for
// the CLI's `attributions` and for measuring attribution on a corpus (scripts/eval-attribution.ts).
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
}

/** The engine on a plain text: its result, attributions and the tagger's spans, in one run of the pipeline. */
export function readPlainText(text: string, { lang, tagger }: PlainTextOptions = {}): PlainTextReading {
  const { result, trace } = tracePipeline(text, lang, NO_META, tagger ? { tagger } : {});
  if (!trace) return { result: { ...result, attributions: [] }, entities: [] };
  const { analysis, people, speakers } = trace;
  const lex = lexiconFor(analysis.lang).people;
  const attributions = statementsOf(analysis, people, speakers.bySentence, lex);
  return { result: { ...result, attributions }, entities: analysis.entities };
}

export function attributionsOf(text: string, options: PlainTextOptions = {}): Statement[] {
  return readPlainText(text, options).result.attributions;
}
