// Roles a later sentence gives a person through a pronoun: "Теодор Маккаррик был рукоположен в 1958 году. В 1981
// году он был назначен епископом …", "Он занимал пост президента Перу". The role is a span of the learned tagger's
// (PROFESSION) right after "он/она" and a verb that says what someone is; the pronoun points back to the closest
// name before it.
import { ROLE_POST, ROLE_PREDICATES } from "../lang/every-text";
import type { Span } from "./role-chain";

/** Personal pronouns that may be a sentence's subject. */
const PRONOUNS = ["он", "она", "he", "she"];
/** How far before a role its pronoun and verb may stand. */
const REACH = 80;
/**
 * Before a role: the pronoun, up to three words of adverbial, one or two verbs that say what someone is ("был
 * назначен"), perhaps "на пост"/"должность", and nothing else. Read on the text up to the role.
 */
const PRONOUN_PREDICATE = new RegExp(
  `(?:^|[^\\p{L}])(?:${PRONOUNS.join("|")})(?:\\s+[\\p{L}\\p{N}-]+){0,3}?(?:\\s+(?:${ROLE_PREDICATES.join("|")})){1,2}${ROLE_POST}\\s+$`,
  "iu",
);
const SENTENCE_END = /[.!?]\s/u;

export interface PronounRole {
  /** Where the pronoun stands: its person is the one named last before it. */
  pronoun: number;
  role: Span;
}

/** Every tagger role span that a pronoun and a verb of being introduce, with the pronoun's offset. */
export function pronounRoles(text: string, roles: readonly Span[]): PronounRole[] {
  const out: PronounRole[] = [];
  for (const role of roles) {
    const before = text.slice(Math.max(0, role.start - REACH), role.start);
    const m = PRONOUN_PREDICATE.exec(before);
    if (!m || SENTENCE_END.test(m[0])) continue;
    // The match may open with the character before the pronoun.
    const lead = /^[^\p{L}]/u.test(m[0]) ? 1 : 0;
    out.push({ pronoun: role.start - before.length + m.index + lead, role });
  }
  return out;
}
