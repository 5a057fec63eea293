// The proposal's own words: from where its clause begins to the sentence's end, without the attribution that
// closes a quote ("», – отметил Рысмамбетов", ',” he said') and without edge punctuation.
import type { Sentence } from "../analysis/sentences";
import type { OptionsLexicon } from "../lang/options-lexicon";

const LEADING = /^[\s«“"„(–—-]+/;
const TRAILING = /[\s.,;:!»”")–—-]+$/;

export function clauseSpan(
  s: Sentence,
  clauseStart: number,
  cueEnd: number,
  lex: OptionsLexicon,
): { start: number; end: number } {
  let end = s.text.length;
  const tail = lex.trailingAttribution.exec(s.text.slice(cueEnd));
  if (tail) end = cueEnd + tail.index;
  let start = clauseStart;
  const lead = LEADING.exec(s.text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAILING.exec(s.text.slice(start, end));
  if (trail) end -= trail[0].length;
  // Keep a closing parenthesis or quote that a kept opening one needs.
  return { start: s.start + start, end: s.start + Math.max(start, end) };
}
