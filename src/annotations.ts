// One flat view of a result's annotations — what is drawn on the page, listed in the popup and explained in
// the hover card — with the reader's corrections applied. Pure: result and corrections in, views out.
import type { AnnotationKind, Evidence, ExtractResult, Person } from "./extract/types";
import type { AnnotationSummary, CorrectionRecord } from "./records/types";
import { LIMITS } from "./limits";
import { unnamedProposer } from "./unnamed-proposer";

export interface TextSpan {
  start: number;
  end: number;
}

export interface AnnotationView {
  id: string;
  kind: AnnotationKind;
  /** A person's or organisation's name, or an option's text. */
  label: string;
  role: string | null;
  affiliation: string | null;
  /** Organisations: other surface forms seen. */
  variants: string[];
  mentionCount: number;
  /** An option's proposer: the person, else the outlet the text names as its source; null when neither. */
  proposer: string | null;
  proposerId: string | null;
  /** An option no one named proposes, in a post by its author (ExtractResult.voice): "the author" proposes it. */
  byAuthor: boolean;
  /** The cue words that made the engine mark it, for "why is this highlighted". */
  cues: string[];
  spans: TextSpan[];
}

/** The key a correction is filed under: per page and kind and name, so it survives re-extraction. */
export const correctionKey = (pageKey: string, kind: AnnotationKind, name: string) => `${pageKey}#${kind}:${name}`;

export function annotationViews(
  result: ExtractResult,
  corrections: readonly CorrectionRecord[] = [],
  pageKey = "",
): AnnotationView[] {
  return [...eachAnnotationView(result, corrections, pageKey)];
}

/** Whether the reader kept an annotation of this kind and name (refused none on this page or every page). */
function keptBy(corrections: readonly CorrectionRecord[], pageKey: string) {
  const refused = new Set(
    corrections.filter((c) => c.pageKey === pageKey || c.pageKey === "*").map((c) => `${c.kind}:${c.name}`),
  );
  return (kind: AnnotationKind, name: string) => !refused.has(`${kind}:${name}`);
}

/**
 * The views one at a time, in the order annotationViews lists them: a caller on the reader's page builds them
 * in slices (a huge page's entities carry thousands of mentions and cues each).
 */
export function* eachAnnotationView(
  result: ExtractResult,
  corrections: readonly CorrectionRecord[] = [],
  pageKey = "",
): Generator<AnnotationView> {
  const ok = keptBy(corrections, pageKey);
  for (const p of result.people) {
    if (!p.expert || !ok("expert", p.name)) continue;
    yield {
      id: p.id,
      kind: "expert",
      label: p.name,
      role: roleLine(p),
      affiliation: p.affiliation,
      variants: [],
      mentionCount: p.mentions.length,
      proposer: null,
      proposerId: null,
      byAuthor: false,
      cues: cueWords(p.evidence, result.text),
      spans: p.mentions.map(({ start, end }) => ({ start, end })),
    };
  }
  for (const o of result.organisations) {
    if (!ok("organisation", o.name)) continue;
    yield {
      id: o.id,
      kind: "organisation",
      label: o.name,
      role: null,
      affiliation: null,
      variants: o.variants.filter((v) => v !== o.name),
      mentionCount: o.mentions.length,
      proposer: null,
      proposerId: null,
      byAuthor: false,
      cues: cueWords(o.evidence, result.text),
      spans: o.mentions.map(({ start, end }) => ({ start, end })),
    };
  }
  const { outlet, byAuthor } = unnamedProposer(result);
  for (const o of result.policyOptions) {
    if (!ok("policy-option", o.text)) continue;
    yield {
      id: o.id,
      kind: "policy-option",
      label: o.text,
      role: null,
      affiliation: null,
      variants: [],
      mentionCount: 1,
      proposer: o.proposer ?? outlet,
      proposerId: o.proposerId,
      byAuthor: o.proposer === null && byAuthor,
      cues: cueWords(o.evidence, result.text),
      spans: [{ start: o.start, end: o.end }],
    };
  }
}

/** How much of a name or role a summary keeps. */
const SUMMARY_CHARS = 300;

/** How many of a person's roles the card shows: the surest, then the others the text gives, in text order. */
const CARD_ROLES = 3;

/** The card's role line: "президент Египта; бывший лидер …" for a person the text names in more than one role. */
function roleLine(p: Person): string | null {
  if (p.role === null) return null;
  return [p.role, ...p.roles.filter((r) => r !== p.role)].slice(0, CARD_ROLES).join("; ");
}

/**
 * What the library keeps of each annotation (page/seen): the views' ids, kinds, names, roles and mention counts,
 * in their order and with no correction applied, built without the views' cue words, which cost a pass over
 * every piece of evidence (on a huge page, one long task of their own). At most LIMITS.annotations, the most
 * page/seen takes: a 100,000-paragraph page had 23,536 (six MB of message, refused whole, so the page could
 * never enter the library nor keep a note); experts and organisations come first, then options in text order.
 */
export function annotationSummaries(result: ExtractResult): AnnotationSummary[] {
  const summary = (id: string, kind: AnnotationKind, name: string, role: string | null, mentionCount: number) => ({
    id,
    kind,
    name: name.slice(0, SUMMARY_CHARS),
    role: role?.slice(0, SUMMARY_CHARS) ?? null,
    mentionCount,
  });
  return [
    ...result.people.filter((p) => p.expert).map((p) => summary(p.id, "expert", p.name, p.role, p.mentions.length)),
    ...result.organisations.map((o) => summary(o.id, "organisation", o.name, null, o.mentions.length)),
    ...result.policyOptions.map((o) => summary(o.id, "policy-option", o.text, null, 1)),
  ].slice(0, LIMITS.annotations);
}

/**
 * The evidence as a reader wants it: first the article's own words that triggered the mark ("считает",
 * "по его словам", "должны"), in text order, then the rules that fired ("gazetteer", "role: экономист").
 */
function cueWords(evidence: Evidence[], text: string): string[] {
  // Each distinct word or rule is placed by its first piece of evidence in text order (ties: the order given),
  // so only the distinct ones are sorted. An entity of a 100,000-paragraph page carried 70,593 pieces, mostly
  // the same few words: a piece that places nothing new allocates nothing, and the text is sliced only where
  // the cue is not there as written.
  const words = new Map<string, Place>();
  const rules = new Map<string, Place>();
  evidence.forEach(({ cue, start = Infinity, end }, order) => {
    if (end !== undefined && end > start && end - start === cue.length) {
      if (text.startsWith(cue, start)) return keepFirst(words, cue, start, order);
      const said = text.slice(start, end);
      if (said.toLowerCase() === cue.toLowerCase()) return keepFirst(words, said, start, order);
    }
    const role = cue === "role" && end !== undefined ? text.slice(start, end) : "";
    keepFirst(rules, role ? `${cue}: ${role}` : cue, start, order);
  });
  return [...new Set([...inTextOrder(words), ...inTextOrder(rules)])];
}

/** Where a cue first appears: its offset in the text (Infinity for none) and its place among the evidence. */
interface Place {
  start: number;
  order: number;
}

/** Pieces come in their given order, so one at the same offset as the known place never comes before it. */
function keepFirst(seen: Map<string, Place>, cue: string, start: number, order: number): void {
  const known = seen.get(cue);
  if (!known || start < known.start) seen.set(cue, { start, order });
}

const inTextOrder = (seen: Map<string, Place>) =>
  [...seen]
    .sort(([, a], [, b]) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order))
    .map(([cue]) => cue);

/**
 * The result without what the reader refused on this page ("Not an expert / wrong"): the same rule the page
 * draws by, so what the popup lists and every export holds is what the reader sees highlighted. People who
 * are not experts are kept: they are known, never drawn.
 */
export function withoutRefused(
  result: ExtractResult,
  corrections: readonly CorrectionRecord[],
  pageKey: string,
): ExtractResult {
  // The rule of eachAnnotationView, without building views (their cue words cost a pass over every mention).
  const ok = keptBy(corrections, pageKey);
  return {
    ...result,
    people: result.people.filter((p) => !p.expert || ok("expert", p.name)),
    organisations: result.organisations.filter((o) => ok("organisation", o.name)),
    policyOptions: result.policyOptions.filter((o) => ok("policy-option", o.text)),
  };
}
