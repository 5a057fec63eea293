// A body's descriptive name followed by its quoted proper name is one body: "Центр экономического анализа
// «Талап»", "Агентство по делам госслужбы «…»". The head-noun rule and the quoted-name rule each find a part; the
// two become one candidate over both, known also by its quoted name (the part that never declines), so a later
// «Талап» on its own is the same body.
import type { Candidate } from "./candidate";

/** Only a space and the opening mark between the descriptive name and its quoted name. */
const OPENING = /^[ \u00a0]?[«“„"]$/;
const CLOSING = /^[»”“"]/;
/** Cues of the rules that find a body's descriptive name by its head noun. */
const DESCRIPTIVE = /^(?:organisation-noun|state body):/;

/** `candidates` (settled, in text order) with each descriptive name joined to the quoted name right after it. */
export function joinQuotedNames(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!,
      b = candidates[i + 1];
    if (
      b &&
      DESCRIPTIVE.test(a.cue) &&
      b.cue.startsWith("quoted") &&
      OPENING.test(text.slice(a.end, b.start)) &&
      CLOSING.test(text.slice(b.end, b.end + 1))
    ) {
      out.push({
        start: a.start,
        end: b.end + 1,
        cue: a.cue,
        confidence: Math.max(a.confidence, b.confidence),
        ...(b.name ? { name: b.name } : {}),
        alias: text.slice(b.start, b.end),
      });
      i++;
    } else out.push(a);
  }
  return out;
}
