// Who says what in a text: every attributed statement with its content, source words, speaker and cue words, for
// the CLI's `attributions` and for measuring attribution on a corpus (scripts/eval-attribution.ts).
import { statementsOf, type Statement } from "./attribution/statements";
import { lexiconFor } from "./lang";
import { NO_META, tracePipeline } from "./pipeline";
import type { ExtractResult, Lang } from "./types";

/** The engine's result on a plain text, with the statements it attributed; one run of the pipeline. */
export function extractWithAttributions(text: string, lang?: Lang): ExtractResult & { attributions: Statement[] } {
  const { result, trace } = tracePipeline(text, lang, NO_META);
  if (!trace) return { ...result, attributions: [] };
  const { analysis, people, speakers } = trace;
  const lex = lexiconFor(analysis.lang).people;
  return { ...result, attributions: statementsOf(analysis, people, speakers.bySentence, lex) };
}

export function attributionsOf(text: string, lang?: Lang): Statement[] {
  return extractWithAttributions(text, lang).attributions;
}
