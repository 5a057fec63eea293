// Which people a later "он" / "he" / "эксперт" can refer back to: those named with a strong cue or more than once,
// not a lone capitalised word that only has a surname's shape.
import type { Evidence } from "../types";

/** Cues that, alone, only suggest a person. */
export const WEAK_CUES: ReadonlySet<string> = new Set(["surname-shape", "capitalised-pair", "given-name-alone"]);

export function isSalient(mentionCount: number, evidence: Evidence[]): boolean {
  return mentionCount > 1 || evidence.some((e) => !WEAK_CUES.has(e.cue));
}
