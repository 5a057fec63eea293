// Who proposes an option: the subject of a verb of proposing ("Parata … want more …", "Иванов предлагает …"),
// else whoever the sentence's words belong to (a quote, "он считает, что …", "he said"), else for an enumerated
// option the speaker who introduced the list; null when the outlet itself proposes.
import type { Attribution } from "../findings";
import type { Person } from "../types";

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
