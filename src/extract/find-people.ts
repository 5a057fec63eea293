// People in the article text, linked across inflected mentions, each with a role and affiliation. Steps: words →
// name spans → linked people → role → result. Which of them are experts is find-experts.ts's, after attribution.
import type { Organisation } from "./types";
import type { Analysis } from "./analysis/types";
import type { FoundPerson } from "./findings";
import { lexiconFor } from "./lang";
import { findNameSpans, type NameSpan } from "./people/name-spans";
import { canonicalName, linkMentions, type LinkedPerson } from "./people/link-mentions";
import { wordKey } from "./name-key";
import { foldRu } from "./lang/ru/endings";
import { pronounRoles } from "./people/pronoun-roles";
import { findRole } from "./people/role";
import { stableId } from "./stable-id";
import { orgCover } from "./people/org-cover";
import { taggedAs } from "./people/tagged-as";
import { partitionPoint } from "../partition-point";

export function findPeople(analysis: Analysis, orgs: Organisation[]): FoundPerson[] {
  const { text, sentences, words, lang } = analysis;
  const language = lexiconFor(lang);
  const lex = language.people;
  const inOrg = orgCover(orgs);
  const spans = findNameSpans(
    words,
    lex,
    inOrg,
    language.nameCase === "inflected",
    analysis.lowerCaseWords,
    taggedAs(analysis.entities),
  );
  for (const s of spans) {
    s.text = text.slice(s.start, s.end);
    if (s.tail) s.tail.text = text.slice(s.tail.start, s.tail.end);
  }
  const nextSentenceAt = (offset: number) =>
    sentences[partitionPoint(sentences.length, (i) => sentences[i]!.start < offset)]?.text ?? "";
  // The tagger's role spans, for roles the rules' role nouns do not reach (empty without a model).
  const professions = analysis.entities.filter((e) => e.label === "PROFESSION").sort((a, b) => a.start - b.start);
  const people = sameNamed(linkMentions(spans), (p) => canonicalName(p, wordKey, lex.givenNameForms));
  const names = people.flatMap(({ person }) => person.spans).sort((a, b) => a.start - b.start);
  // Each role a pronoun gives, by the name it points back to (the last before it), found once for all people.
  const viaPronoun = new Map<NameSpan, { start: number; end: number }[]>();
  for (const { pronoun, role } of pronounRoles(text, professions)) {
    const antecedent = names[partitionPoint(names.length, (i) => names[i]!.start < pronoun) - 1];
    if (antecedent) viaPronoun.set(antecedent, [...(viaPronoun.get(antecedent) ?? []), role]);
  }
  return people.map(({ person: p, name }) => {
    const { role, affiliation, roles } = findRole(
      text,
      p.spans,
      orgs,
      lex,
      nextSentenceAt,
      professions,
      names,
      p.spans.flatMap((s) => viaPronoun.get(s) ?? []),
    );
    return {
      id: stableId("person", name.toLowerCase()),
      name,
      role,
      roles,
      affiliation,
      mentions: p.mentions,
      evidence: p.evidence,
    };
  });
}

const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;

/**
 * People whose names come out the same, of two words or more, are one: the word keys that link mentions leave some
 * case forms apart ("Алексея Навального" beside "Алексей Навальный"), the names put back in the nominative do not.
 */
function sameNamed(
  people: LinkedPerson[],
  nameOf: (p: LinkedPerson) => string,
): { person: LinkedPerson; name: string }[] {
  const byName = new Map<string, { person: LinkedPerson; name: string }>();
  const out: { person: LinkedPerson; name: string }[] = [];
  for (const person of people) {
    const name = nameOf(person);
    const key = foldRu(name);
    const same = name.includes(" ") ? byName.get(key) : undefined;
    if (!same) {
      const entry = { person, name };
      byName.set(key, entry);
      out.push(entry);
      continue;
    }
    const into = same.person;
    same.person = {
      ...into,
      keys: new Set([...into.keys, ...person.keys]),
      mentions: [...into.mentions, ...person.mentions].sort(byStart),
      spans: [...into.spans, ...person.spans].sort(byStart),
      evidence: [...into.evidence, ...person.evidence],
      firstAt: Math.min(into.firstAt, person.firstAt),
    };
  }
  return out;
}
