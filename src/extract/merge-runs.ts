// The results of a mixed-language text's runs (language-runs.ts) as one result over the whole text: each run's
// offsets moved by where the run starts, and a person or an organisation named in two runs made one, by id.
import type { Evidence, ExtractResult, Mention, Organisation, Person, PolicyOption } from "./types";

/** A run's result and where the run starts in the whole text. */
export interface RunResult {
  start: number;
  result: ExtractResult;
}

const moveMention = (m: Mention, by: number): Mention => ({ ...m, start: m.start + by, end: m.end + by });
const moveEvidence = (e: Evidence, by: number): Evidence =>
  e.start === undefined || e.end === undefined ? e : { ...e, start: e.start + by, end: e.end + by };

function movePerson(p: Person, by: number): Person {
  return {
    ...p,
    mentions: p.mentions.map((m) => moveMention(m, by)),
    evidence: p.evidence.map((e) => moveEvidence(e, by)),
  };
}
function moveOrganisation(o: Organisation, by: number): Organisation {
  return {
    ...o,
    mentions: o.mentions.map((m) => moveMention(m, by)),
    evidence: o.evidence.map((e) => moveEvidence(e, by)),
  };
}
function moveOption(o: PolicyOption, by: number): PolicyOption {
  return { ...o, start: o.start + by, end: o.end + by, evidence: o.evidence.map((e) => moveEvidence(e, by)) };
}

/** Items with one id joined by `join`, in the order each id first appears. */
function byId<T extends { id: string }>(items: T[], join: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const item of items) {
    const seen = out.get(item.id);
    out.set(item.id, seen ? join(seen, item) : item);
  }
  return [...out.values()];
}

const joinPeople = (a: Person, b: Person): Person => ({
  ...a,
  expert: a.expert || b.expert,
  role: a.role ?? b.role,
  roles: [...new Set([...a.roles, ...b.roles])],
  affiliation: a.affiliation ?? b.affiliation,
  mentions: [...a.mentions, ...b.mentions],
  confidence: Math.max(a.confidence, b.confidence),
  evidence: [...a.evidence, ...b.evidence],
});

const joinOrganisations = (a: Organisation, b: Organisation): Organisation => ({
  ...a,
  variants: [...new Set([...a.variants, ...b.variants])],
  mentions: [...a.mentions, ...b.mentions],
  confidence: Math.max(a.confidence, b.confidence),
  evidence: [...a.evidence, ...b.evidence],
  outlet: a.outlet || b.outlet,
});

/** One result over `whole` (the text's own result, with its metadata) from its runs' results. */
export function mergeRuns(whole: ExtractResult, runs: readonly RunResult[]): ExtractResult {
  const longest = runs.reduce((a, b) => (b.result.text.length > a.result.text.length ? b : a));
  const organisations = byId(
    runs.flatMap((r) => r.result.organisations.map((o) => moveOrganisation(o, r.start))),
    joinOrganisations,
  );
  return {
    ...whole,
    people: byId(
      runs.flatMap((r) => r.result.people.map((p) => movePerson(p, r.start))),
      joinPeople,
    ),
    organisations,
    policyOptions: runs.flatMap((r) => r.result.policyOptions.map((o) => moveOption(o, r.start))),
    // A text that names its outlet anywhere is the outlet's; otherwise its longest run says whose it is.
    voice: organisations.some((o) => o.outlet) ? "outlet" : longest.result.voice,
  };
}
