// Who says what in a text: every attributed statement with its content, source words, speaker and cue words, for
// the CLI's `attributions` and for measuring attribution on a corpus (scripts/eval-attribution.ts).
import type { Sentence } from "./analysis/sentences";
import { statementsOf, type Statement } from "./attribution/statements";
import { lexiconFor } from "./lang";
import { NO_META, tracePipeline } from "./pipeline";
import type { ExtractResult, Lang } from "./types";

export interface PlainTextReading {
  /** The engine's result, with the statements it attributed. */
  result: ExtractResult & { attributions: Statement[] };
  /** The sentences the engine cut the text into, for what reads the text beside it (the CLI's tagger spans). */
  sentences: Sentence[];
}

/** The engine on a plain text: its result, attributions and sentences, in one run of the pipeline. */
export function readPlainText(text: string, lang?: Lang): PlainTextReading {
  const { result, trace } = tracePipeline(text, lang, NO_META);
  if (!trace) return { result: { ...result, attributions: [] }, sentences: [] };
  const { analysis, people, speakers } = trace;
  const lex = lexiconFor(analysis.lang).people;
  const attributions = statementsOf(analysis, people, speakers.bySentence, lex);
  return { result: { ...result, attributions }, sentences: analysis.sentences };
}

export function attributionsOf(text: string, lang?: Lang): Statement[] {
  return readPlainText(text, lang).result.attributions;
}
