// NEREL nests a role around the bodies and places it names: "министр финансов России" is a PROFESSION, and
// "России" inside it a LOC. A flat tagger learns the role cut before the first name in it (scripts/tagger/
// corpus.ts), so the spans of one sentence get the outer role back: a PROFESSION span directly followed by
// ORG or LOC spans (no token between them) also yields a PROFESSION span through the last of them, beside the
// role's head and the names themselves. In NEREL train's gold, 94% of such a role and name are inside one
// outer PROFESSION.
import type { TaggerToken } from "./tokens";

/** A labelled span of text, as tag.ts's EntitySpan (declared here too: tag.ts imports this file). */
interface Span {
  start: number;
  end: number;
  label: string;
}

const ROLE = "PROFESSION";
/** Names a role reaches over: a role "of" a body or a place. A person after a role is the role's holder. */
const NAMED_IN_ROLE = new Set(["ORG", "LOC"]);

/**
 * Adds the outer role spans of one sentence to `spans` (that sentence's spans, in text order); each outer role
 * goes just before the role span it starts with.
 */
export function addOuterRoles(sentence: readonly TaggerToken[], spans: Span[]): void {
  if (!spans.some((s) => s.label === ROLE)) return;
  const nextStart = new Map<number, number>();
  for (let i = 0; i + 1 < sentence.length; i++) nextStart.set(sentence[i]!.end, sentence[i + 1]!.start);
  for (let k = spans.length - 1; k >= 0; k--) {
    if (spans[k]!.label !== ROLE) continue;
    let end = spans[k]!.end;
    for (let j = k + 1; j < spans.length && NAMED_IN_ROLE.has(spans[j]!.label); j++) {
      if (nextStart.get(end) !== spans[j]!.start) break;
      end = spans[j]!.end;
    }
    if (end !== spans[k]!.end) spans.splice(k, 0, { start: spans[k]!.start, end, label: ROLE });
  }
}
