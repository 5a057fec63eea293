// Where the learned tagger reads the language's news well (Russian), a less sure rule's guess that it does not
// back is mostly wrong: quoted titles of songs and films, a place's name repeated, acronyms of diseases and
// devices. A mention is kept when a tagger's ORG span overlaps it, when a sure rule found it (a gazetteer entry,
// a legal form or a body's noun beside it, a head noun: confidence of a head noun or more, unless the tagger reads
// a head noun's whole name as a person's, "Мэри Кобб" for "мэрия"), or when the tagger says nothing there and
// backs another mention of the same body (a body it knows, written once where it missed). A mention it calls a
// place or a person goes. The engine's organisations, overlap F1: NEREL dev 0.678
// → 0.732, FactRuEval's devset (5-fold) 0.810 → 0.816; the reference page stayed at 1.00.
import { partitionPoint } from "../../partition-point";
import type { Analysis } from "../analysis/types";
import { CONFIDENCE, type Candidate } from "./candidate";

/**
 * Given one body's candidates, those the tagger's spans back; undefined (keep all) where the language does not
 * ask for backing or there are no spans (no model).
 */
export function taggerBacking(
  entities: Analysis["entities"],
  mustBack: boolean,
): ((members: readonly Candidate[]) => Candidate[]) | undefined {
  if (!mustBack || !entities.length) return undefined;
  const spans = [...entities].sort((a, b) => a.start - b.start);
  // A loop, not Math.max(...): a huge page's hundreds of thousands of spans are too many arguments for one call.
  const longest = spans.reduce((most, s) => Math.max(most, s.end - s.start), 0);
  /** ORG if a span overlapping the candidate is one, else another overlapping span's label, else null. */
  const labelAt = ({ start, end }: Candidate): string | null => {
    let label: string | null = null;
    for (let i = partitionPoint(spans.length, (k) => spans[k]!.start < start - longest); i < spans.length; i++) {
      const s = spans[i]!;
      if (s.start >= end) break;
      if (s.end <= start) continue;
      if (s.label === "ORG") return "ORG";
      label = s.label;
    }
    return label;
  };
  /** Whether a span the tagger calls a person holds the whole candidate ("Мэри Кобб", not "мэрия"). */
  const personAt = ({ start, end }: Candidate): boolean => {
    for (let i = partitionPoint(spans.length, (k) => spans[k]!.start < start - longest); i < spans.length; i++) {
      const s = spans[i]!;
      if (s.start > start) break;
      if (s.label === "PER" && s.end >= end) return true;
    }
    return false;
  };
  return (members) => {
    const labels = members.map(labelAt);
    const backed = labels.includes("ORG");
    return members.filter(
      (c, i) =>
        labels[i] === "ORG" ||
        c.confidence > CONFIDENCE.headNoun ||
        (c.confidence === CONFIDENCE.headNoun && !personAt(c)) ||
        (backed && labels[i] === null),
    );
  };
}
