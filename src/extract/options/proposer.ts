// Who proposes an option: the subject of a verb of proposing ("Parata … want more …", "Иванов предлагает …"),
// else whoever the sentence's words belong to (a quote, "он считает, что …", "he said"), else for an enumerated
// option the speaker who introduced the list; null when the outlet itself proposes.
import type { Attribution } from "../findings";
import type { Organisation, Person } from "../types";

/** How many sentences back an enumerated option ("Первое – …") looks for the speaker who announced the list. */
const LIST_INTRO_REACH = 2;

export function findProposer(
  sentence: number,
  cueAt: number,
  proposalVerb: boolean,
  enumerated: boolean,
  speakers: (Attribution | null)[],
  people: Person[],
  sentenceStart: number,
): number | null {
  if (proposalVerb) {
    let best = -1,
      bestAt = -1;
    people.forEach((p, i) => {
      for (const m of p.mentions)
        if (m.start >= sentenceStart && m.end <= cueAt && m.start > bestAt) {
          best = i;
          bestAt = m.start;
        }
    });
    if (best >= 0) return best;
  }
  const own = speakers[sentence];
  if (own) return own.person;
  if (enumerated) {
    for (let i = sentence - 1; i >= Math.max(0, sentence - LIST_INTRO_REACH); i--)
      if (speakers[i]) return speakers[i]!.person;
  }
  return null;
}

/**
 * A body that puts a course of action forward, when no person does: the organisation named first in the sentence
 * before a verb of proposing, its subject as a rule ("Министерство финансов предложило …", "депутаты Мажилиса
 * призвали Правительство …", "The commission, which sent data to the Agriculture Department, urged …"). The outlet
 * the story comes from reports, it does not propose ("Reuters reported that the IMF urged …").
 */
export function organisationProposer(
  orgs: readonly Organisation[],
  sentenceStart: number,
  cueAt: number,
): number | null {
  let best = -1,
    bestAt = Infinity;
  orgs.forEach((o, i) => {
    if (o.outlet) return;
    for (const m of o.mentions)
      if (m.start >= sentenceStart && m.end <= cueAt && m.start < bestAt) {
        best = i;
        bestAt = m.start;
      }
  });
  return best >= 0 ? best : null;
}
