// A Russian organisation's name in the nominative, as the reader would write it on its own: the head noun and the
// adjectives before it put back ("Всемирной организации здравоохранения" → "Всемирная организация
// здравоохранения", "Ассоциации банков" → "Ассоциация банков", "Центра экономического анализа «Талап»" → "Центр
// экономического анализа «Талап»"). What follows the head is its complement, in the genitive whatever the case of
// the head, and stays as written; a name without a known head stays as written too.
import { ADJECTIVE_ENDINGS_RU, adjectiveNominative, type GenderRu } from "./role-phrase";
import { HEAD_NOUN_ENDINGS, foldRu } from "./endings";
import { HEAD_NOMINATIVE_RU, HEAD_STEMS_RU } from "./orgs";

/** Words before the head that may be its adjectives ("Евразийского банка развития", "Национальное агентство"). */
const MAX_BEFORE = 3;
const ADJECTIVE = new RegExp(`^\\p{L}[\\p{L}-]*(?:${ADJECTIVE_ENDINGS_RU.join("|")}|ое|ее|ых|их)$`, "u");

const withCase = (written: string, word: string) =>
  /^\p{Lu}/u.test(written) ? word[0]!.toUpperCase() + word.slice(1) : word;

/** The head stem of a word and its nominative ending, or null: "организации" → ["организаци", "я"]. */
function headOf(word: string): [string, string] | null {
  const w = foldRu(word);
  for (const stem of HEAD_STEMS_RU) {
    const ending = HEAD_NOMINATIVE_RU[stem];
    if (ending !== undefined && w.startsWith(stem) && HEAD_NOUN_ENDINGS.has(w.slice(stem.length)))
      return [stem, ending];
  }
  return null;
}

export function organisationNameRu(name: string): string {
  const words = name.split(" ");
  const at = words.slice(0, MAX_BEFORE + 1).findIndex((w) => headOf(w) !== null);
  if (at < 0 || !words.slice(0, at).every((w) => ADJECTIVE.test(foldRu(w)))) return name;
  const [stem, ending] = headOf(words[at]!)!;
  const head = words[at]!.slice(0, stem.length) + ending;
  if (foldRu(head) === foldRu(words[at]!)) return name;
  const gender: GenderRu =
    ending === "а" || ending === "я" ? "feminine" : ending === "о" || ending === "е" ? "neuter" : "masculine";
  const before = words.slice(0, at).map((w) => withCase(w, adjectiveNominative(foldRu(w), gender)));
  return [...before, head, ...words.slice(at + 1)].join(" ");
}
