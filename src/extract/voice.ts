// Whose the text's own words are: a post by its author ("we need to protect those who opt out", with no outlet
// named) or a news outlet's story. What no one named proposes is theirs, and the reader is told which.
import type { Analysis } from "./analysis/types";
import type { Speakers } from "./findings";
import { lexiconFor } from "./lang";
import { partitionPoint } from "../partition-point";
import type { ExtractResult, Organisation } from "./types";

/** First-person words in the text's own sentences that make it its author's post; a story quotes them, at most. */
const MIN_FIRST_PERSON = 3;

export function textVoice(
  analysis: Analysis,
  speakers: Speakers,
  orgs: readonly Organisation[],
): ExtractResult["voice"] {
  if (orgs.some((o) => o.outlet)) return "outlet";
  const { sentences, quotes } = analysis;
  const firstPerson = lexiconFor(analysis.lang).options.firstPerson;
  // Quotations are in text order: the one that may hold `at` is the first that ends after it.
  const quoted = (at: number) => {
    const q = quotes[partitionPoint(quotes.length, (i) => quotes[i]!.end <= at)];
    return q !== undefined && q.start <= at;
  };
  let own = 0;
  for (const [i, s] of sentences.entries()) {
    // A sentence someone is reported in ("— Мы предлагаем …, — отметил Петров") is theirs, not the author's.
    if (speakers.forProposers[i]) continue;
    for (const m of s.text.matchAll(firstPerson))
      if (!quoted(s.start + m.index) && ++own >= MIN_FIRST_PERSON) return "author";
  }
  return "outlet";
}
