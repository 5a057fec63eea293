// Experts: the people whose views the article reports (a sentence attributed to them), each with the cues of
// those views added to their evidence, and a confidence from how they were named and whether they speak.
import type { Evidence, Person } from "./types";
import type { FoundPerson, Speakers } from "./findings";

/** Confidence of a person found by a strong cue (given name, title, role, speech verb) and of one found by shape only. */
const STRONG_CONFIDENCE = 0.9;
const SHAPE_CONFIDENCE = 0.6;
/** Confidence added when the person is also an attributed speaker. */
const SPEAKER_BONUS = 0.1;

export function findExperts(people: FoundPerson[], speakers: Speakers): Person[] {
  return people.map((p, i) => {
    const views = speakers.views[i]!;
    const expert = views.length > 0;
    return {
      id: p.id,
      kind: "person" as const,
      name: p.name,
      expert,
      // A person the text names without a role but later calls by one ("…Мадонна… 61-летняя певица сообщила") has it.
      role: p.role ?? speakers.referredAs[i]?.[0] ?? null,
      roles: p.role === null && speakers.referredAs[i]?.length ? [speakers.referredAs[i]![0]!] : p.roles,
      affiliation: p.affiliation,
      mentions: p.mentions,
      confidence:
        Math.round(
          Math.min(1, (speakers.salient[i] ? STRONG_CONFIDENCE : SHAPE_CONFIDENCE) + (expert ? SPEAKER_BONUS : 0)) *
            100,
        ) / 100,
      evidence: dedupe([...p.evidence, ...views]),
    };
  });
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.cue}@${e.start ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
