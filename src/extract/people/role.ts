// A person's role and affiliation, from the words around a mention: a role noun before the name
// ("экономист Расул Рысмамбетов", "ranger Jamie Werner"), an appositive after it (", a research professor
// … at New York University"), or the next sentence's "She's the director of …".
import type { Organisation } from "../types";
import type { NameSpan } from "./name-spans";
import type { PeopleLexicon } from "../lang/people-lexicon";
import { wordKey } from "../name-key";
import { APPOSITIVE_ENDERS, BODY_PREPOSITIONS } from "../lang/every-text";

export interface RoleInfo {
  role: string | null;
  affiliation: string | null;
}

/** Where an appositive role ends: a comma, a full stop, a relative clause or a quote. */
const APPOSITIVE = new RegExp(
  `^,\\s+((?:(?:a|an|the)\\s+)?[^,.;:“”«»"()]{2,160}?)(?=[,.;:“”«»"()]|\\s+(?:${APPOSITIVE_ENDERS.join("|")})\\b|$)`,
  "iu",
);
/** "She's the director of …" / "He is a professor at …" right after the mention's sentence. */
const PRONOUN_IS = /^(?:he|she)(?:\s+is|['’]s)\s+((?:a|an|the)\s+[^.;]{2,160})/i;
const LEADING_ARTICLE = /^(?:a|an|the)\s+/i;
/** "at New York University", "of the Ngātiwai tribe": a capitalised body after a preposition. */
const BODY_AFTER_PREP = new RegExp(
  `(?:^|\\s)(?:${BODY_PREPOSITIONS.join("|")})\\s+(?:the\\s+)?(?:\\p{Ll}+[’']s\\s+)?((?:\\p{Lu}[\\p{L}’'.&-]*)(?:\\s+(?:of|and|for|the|&|\\p{Lu}[\\p{L}’'.&-]*))*)`,
  "u",
);
/** Russian puts the body right after the role noun: "аналитик Halyk Finance", "директор Казцинка". */
const BODY_AFTER_ROLE = /^\S+\s+((?:\p{Lu}[\p{L}’'.&-]*)(?:\s+\p{Lu}[\p{L}’'.&-]*)*)/u;
/** How many words into an appositive its role noun may stand (", a former energy minister", ", бывший министр"). */
const ROLE_HEAD_REACH = 4;
/** A role phrase longer than this is a clause, not a role. */
const MAX_ROLE_WORDS = 18;
/** Characters after a name searched for an appositive: its 160-character role, its articles, commas and spaces. */
const APPOSITIVE_REACH = 220;

export function findRole(
  text: string,
  spans: NameSpan[],
  orgs: Organisation[],
  lex: PeopleLexicon,
  nextSentenceAt: (offset: number) => string,
): RoleInfo {
  for (const s of spans) {
    const m = APPOSITIVE.exec(text.slice(s.end, s.end + APPOSITIVE_REACH));
    if (!m) continue;
    const phrase = m[1]!.trim();
    const words = phrase.split(/\s+/);
    // The role noun heads the appositive, in the nominative: ", премьеру привиделся …" is a clause, not a role.
    const head = words.slice(0, ROLE_HEAD_REACH).map((w) => w.toLowerCase().replace(/[’']s$/, ""));
    if (words.length > MAX_ROLE_WORDS || !head.some((w) => lex.roleNounsSingular.has(w))) continue;
    const at = s.end + m[0].indexOf(m[1]!);
    return { role: phrase.replace(LEADING_ARTICLE, ""), affiliation: affiliationIn(phrase, at, orgs) };
  }
  for (const s of spans) {
    if (!s.roleBefore || s.roleBefore.title) continue;
    const from = s.roleBefore.start;
    const phrase = text.slice(from, s.start).replace(/[\s,]+$/, "");
    return { role: phrase, affiliation: affiliationIn(phrase, from, orgs) };
  }
  for (const s of spans) {
    const m = PRONOUN_IS.exec(nextSentenceAt(s.end));
    if (!m) continue;
    const phrase = m[1]!.trim();
    if (!phrase.split(/\s+/).some((w) => lex.roleNouns.has(wordKey(w)))) continue;
    return { role: phrase.replace(LEADING_ARTICLE, ""), affiliation: affiliationIn(phrase, -1, orgs) };
  }
  return { role: null, affiliation: null };
}

function affiliationIn(phrase: string, at: number, orgs: Organisation[]): string | null {
  if (at >= 0) {
    const end = at + phrase.length;
    const org = orgs.find((o) => o.mentions.some((m) => m.start >= at && m.end <= end));
    if (org) return org.name;
  }
  const m = BODY_AFTER_PREP.exec(phrase) ?? BODY_AFTER_ROLE.exec(phrase);
  return m ? m[1]!.replace(/\s+(?:of|and|for|the|&)$/, "") : null;
}
