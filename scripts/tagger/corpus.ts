// The labelled corpora in ../shared/data as the tagger trains and is measured on them: each document's
// sentences cut into tagger tokens, its gold spans mapped to our labels (all of them, nested ones included,
// for scoring) and one flat BIO tag per token (for training).
//
// Flattening nested spans (NEREL nests heavily): among names (PER, ORG, LOC) the outermost span wins
// ("Национальный банк Украины" is one ORG, not ORG + LOC); a name wins over a PROFESSION around it, and the
// PROFESSION keeps only its words before the first name inside it ("научный руководитель | Института
// экономики РАН" → PROFESSION + ORG). Roles are descriptions that embed named bodies and places: the engine
// needs the body as an organisation, and the role's head for the person.
import { readFileSync } from "node:fs";
import { splitSentences } from "../../src/extract/analysis/sentences";
import type { TaggerDoc } from "../../src/extract/tagger/features";
import { beginTag, insideTag } from "../../src/extract/tagger/labels";
import { tokenizeRange } from "../../src/extract/tagger/tokens";
import type { Lang } from "../../src/extract/types";

export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface CorpusDoc {
  id: string;
  text: string;
  doc: TaggerDoc;
  /** Every gold span of our labels, nested ones included. */
  gold: Span[];
  /** One BIO tag per token (flattened gold), per sentence. */
  tags: Uint8Array[];
}

export interface Corpus {
  name: string;
  lang: Lang;
  labels: string[];
  docs: CorpusDoc[];
  /** Gold spans no flat tagging can hold: across sentences, or not on token boundaries. */
  skipped: number;
}

interface Row {
  id: string;
  text: string;
  entities: {
    start: number;
    end: number;
    label: string;
    fine_label?: string;
    spans?: unknown[];
    discontinuous?: boolean;
  }[];
  sentences?: [number, number][];
}

/** Corpus labels → ours; a label not here is not an entity for the tagger. */
export const LABEL_MAPS: Record<string, Record<string, string>> = {
  conll: { PER: "PER", ORG: "ORG", LOC: "LOC" },
  nerel: {
    PERSON: "PER",
    ORGANIZATION: "ORG",
    PROFESSION: "PROFESSION",
    COUNTRY: "LOC",
    CITY: "LOC",
    STATE_OR_PROVINCE: "LOC",
    DISTRICT: "LOC",
    LOCATION: "LOC",
  },
  factrueval: { PER: "PER", ORG: "ORG", LOC: "LOC" },
};

const NAME_LABELS = new Set(["PER", "ORG", "LOC"]);

export function loadCorpus(
  path: string,
  name: string,
  map: Record<string, string>,
  lang: Lang,
  labels: string[],
): Corpus {
  const rows = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  let skipped = 0;
  const docs = rows.map((row) => {
    const sentences = row.sentences
      ? row.sentences.map(([start, end]) => ({ start, end }))
      : splitSentences(row.text, lang);
    const doc = sentences.map((s) => tokenizeRange(row.text, s.start, s.end)).filter((s) => s.length > 0);
    const ours = row.entities.filter((e) => map[e.label] !== undefined);
    const gold = ours.map((e) => ({ start: e.start, end: e.end, label: map[e.label]! }));
    // Discontinuous spans (NEREL marks them with `spans`) have no flat tagging: they count for scoring only.
    const discontinuous = (e: Row["entities"][number]) => e.discontinuous ?? e.spans !== undefined;
    const flat = flatten(
      doc,
      gold.filter((_, k) => !discontinuous(ours[k]!)),
      labels,
    );
    skipped += ours.filter(discontinuous).length;
    skipped += flat.skipped;
    return { id: row.id, text: row.text, doc, gold, tags: flat.tags };
  });
  return { name, lang, labels, docs, skipped };
}

function flatten(doc: TaggerDoc, continuous: Span[], labels: string[]): { tags: Uint8Array[]; skipped: number } {
  const tags = doc.map((s) => new Uint8Array(s.length));
  const taken = doc.map((s) => new Uint8Array(s.length));
  const byStart = new Map<number, [number, number]>();
  const byEnd = new Map<number, [number, number]>();
  doc.forEach((s, si) =>
    s.forEach((t, i) => {
      byStart.set(t.start, [si, i]);
      byEnd.set(t.end, [si, i]);
    }),
  );
  const outermostFirst = (a: Span, b: Span) => b.end - b.start - (a.end - a.start) || a.start - b.start;
  const names = continuous.filter((e) => NAME_LABELS.has(e.label)).sort(outermostFirst);
  const roles = continuous.filter((e) => !NAME_LABELS.has(e.label)).sort(outermostFirst);
  let skipped = 0;
  for (const [group, cut] of [
    [names, false],
    [roles, true],
  ] as const) {
    for (const e of group) {
      const a = byStart.get(e.start);
      const b = byEnd.get(e.end);
      const label = labels.indexOf(e.label);
      if (!a || !b || a[0] !== b[0] || label < 0) {
        skipped++;
        continue;
      }
      const [s, from] = a;
      let to = b[1];
      // A name keeps its span only when nothing is tagged there yet; a role is cut before the first name in it.
      const firstTaken = taken[s]!.subarray(from, to + 1).indexOf(1);
      if (firstTaken >= 0) {
        if (!cut || firstTaken === 0) continue;
        to = from + firstTaken - 1;
      }
      for (let i = from; i <= to; i++) {
        tags[s]![i] = i === from ? beginTag(label) : insideTag(label);
        taken[s]![i] = 1;
      }
    }
  }
  return { tags, skipped };
}
