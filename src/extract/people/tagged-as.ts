// What the learned tagger called a stretch of text (Analysis.entities), for the name rules: a person's full name
// it tagged PER is evidence; one it tagged wholly as a place is not a person unless the rules' own strong evidence says
// so (a given name, initials, a patronymic, a title).
import type { EntitySpan } from "../tagger/tag";
import { partitionPoint } from "../../partition-point";

export interface TaggedAs {
  /** The label (PER or LOC) of the tagger's span that holds all of [start, end), or null. */
  covering: (start: number, end: number) => string | null;
}

/** The labels the name rules ask about; the tagger never nests these in one another (roles and bodies it may). */
const NAME_LABELS = new Set(["PER", "LOC"]);

export function taggedAs(entities: readonly EntitySpan[]): TaggedAs {
  const sorted = entities.filter((e) => NAME_LABELS.has(e.label)).sort((a, b) => a.start - b.start);
  /** Spans that may reach [start, end): those starting before `end`, walked back while they could still overlap. */
  const around = (start: number, end: number) => {
    const out: EntitySpan[] = [];
    for (let i = partitionPoint(sorted.length, (k) => sorted[k]!.start < end) - 1; i >= 0; i--) {
      const e = sorted[i]!;
      if (e.end > start) out.push(e);
      // People and places never overlap one another: the first one ending before `start` is the last to look at.
      else break;
    }
    return out;
  };
  return {
    covering: (start, end) => around(start, end).find((e) => e.start <= start && e.end >= end)?.label ?? null,
  };
}

/** No tagger: nothing is covered, nobody is tagged. */
export const UNTAGGED: TaggedAs = taggedAs([]);
