// Russian shortened official names (Минфин, Минобороны, Росстат, Госдума, Нацбанк, Казатомпром): a state
// prefix glued to a stem. The prefix pattern excludes the common words that start the same way
// (Россия, Москва, Министр, Минск, Казахстан).
import { NOT_SHORT_FORM_RU, SHORT_FORM_RU } from "../lang/ru/orgs";
import { CONFIDENCE, type Candidate } from "./candidate";
import { isPlace } from "./places";
import type { Token } from "../analysis/tokens";

export function findShortForms(tokens: Token[]): Candidate[] {
  return tokens
    .filter((t) => !t.latin && SHORT_FORM_RU.test(t.text) && !NOT_SHORT_FORM_RU.test(t.text) && !isPlace(t.text))
    .map((t) => ({ start: t.start, end: t.end, cue: "shortened state name", confidence: CONFIDENCE.shortForm }));
}
