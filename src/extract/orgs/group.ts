// Candidates → organisations: mentions of one body are joined when their names agree up to inflection
// ("Минфину"/"Минфин"), when one is the other's acronym ("Congressional Budget Office"/"CBO",
// "Комитет защиты журналистов"/"КЗЖ"), or when they differ only by a place or a head noun
// ("US Congress"/"Congress", "Environmental Protection Department"/"Department of Environmental Protection").
import { HEADS_EN } from "../lang/en/orgs";
import { NAME_CONNECTORS } from "../lang/every-text";
import type { Evidence, Mention, Organisation } from "../types";
import type { Candidate } from "./candidate";
import { nameKey } from "./normalise";
import { isPlace } from "./places";

/** Words left out of acronyms and of the core of a name. */
const CONNECTORS = new Set(NAME_CONNECTORS);
const HEAD_KEYS = new Set([...HEADS_EN].map((h) => nameKey(h)));
/** Each further mention of a body adds this much confidence, up to the cap. */
const CONFIDENCE_PER_MENTION = 0.03;
const CONFIDENCE_CAP = 0.99;

interface Group {
  keys: Set<string>;
  /** English names without head noun and connectors ("environmental protection"): joined in a last pass. */
  bare: Set<string>;
  headless: boolean;
  members: { c: Candidate; surface: string }[];
  gazetteerName?: string;
}

/** `keep`, given one body's candidates, returns those to keep (tagger-backed.ts); a body left with none is dropped. */
export function groupCandidates(
  text: string,
  candidates: Candidate[],
  keep?: (members: readonly Candidate[]) => Candidate[],
  displayName: (name: string) => string = (name) => name,
): Organisation[] {
  const toOrganisation = (g: Group) => organisationOf(g, displayName);
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // "US Congress" and "Congress" meet through the name without its place; "London Stock Exchange" and
  // "Kazakhstan Stock Exchange" do not meet each other that way.
  const byPlaceless = new Map<string, Group>();
  for (const c of candidates) {
    const surface = text.slice(c.start, c.end);
    const keys = aliasKeys(c.name ?? surface, surface);
    if (c.alias) keys.add(nameKey(c.alias));
    const placeless = withoutLeadingPlaces(surface);
    let g =
      [...keys].map((k) => byKey.get(k) ?? byPlaceless.get(k)).find(Boolean) ??
      placeless.map((k) => byKey.get(k)).find(Boolean);
    if (!g) groups.push((g = { keys: new Set(), bare: new Set(), headless: true, members: [] }));
    for (const k of keys) {
      g.keys.add(k);
      if (!byKey.has(k)) byKey.set(k, g);
    }
    for (const k of placeless) if (!byPlaceless.has(k)) byPlaceless.set(k, g);
    const bare = bareKey(surface);
    if (bare) {
      g.bare.add(bare.key);
      if (bare.headed) g.headless = false;
    }
    g.members.push({ c, surface });
    if (c.name) g.gazetteerName = c.name;
  }
  mergeAcronyms(groups);
  mergeBareNames(groups);
  if (!keep) return groups.map(toOrganisation);
  return groups.flatMap((g) => {
    const kept = new Set(keep(g.members.map((m) => m.c)));
    const members = g.members.filter((m) => kept.has(m.c));
    return members.length ? [toOrganisation({ ...g, members })] : [];
  });
}

/** Keys under which a name may meet its other forms. */
function aliasKeys(name: string, surface: string): Set<string> {
  const keys = new Set([nameKey(name), nameKey(surface)]);
  const words = nameKey(surface).split(" ");
  // Word order aside, "Department of Environmental Protection" is the "Environmental Protection Department".
  // eslint-disable-next-line no-control-regex -- "ASCII only" is the test: \x00 is its first character
  if (/^[\x00-\x7f’]+$/.test(surface))
    keys.add(
      `set:${words
        .filter((w) => !CONNECTORS.has(w))
        .sort()
        .join(" ")}`,
    );
  return keys;
}

/** Keys of the name without leading place words: "US Congress" → "congress", "New Zealand Department of Conservation" → "department of conservation". */
function withoutLeadingPlaces(surface: string): string[] {
  const words = surface.split(/\s+/);
  const out: string[] = [];
  for (let n = 1; n < words.length; n++)
    if (isPlace(words.slice(0, n).join(" "))) out.push(nameKey(words.slice(n).join(" ")));
  return out;
}

/** An English name's words without head nouns and connectors, and whether it had a head. */
function bareKey(surface: string): { key: string; headed: boolean } | null {
  // eslint-disable-next-line no-control-regex -- "ASCII only" is the test: \x00 is its first character
  if (!/^[\x00-\x7f’]+$/.test(surface)) return null;
  const words = nameKey(surface).split(" ");
  const core = words.filter((w) => !HEAD_KEYS.has(w) && !CONNECTORS.has(w));
  return core.length ? { key: core.join(" "), headed: core.length < words.length } : null;
}

/**
 * A bare name ("Environmental Protection officials") joins the one headed body with the same core
 * ("Department of Environmental Protection"); two headed bodies never join this way
 * ("New York Times" and "New York University" are two).
 */
function mergeBareNames(groups: Group[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (!g.headless || !g.bare.size) continue;
    const targets = groups.filter((t) => t !== g && !t.headless && [...g.bare].some((k) => t.bare.has(k)));
    if (targets.length !== 1) continue;
    absorb(targets[0]!, g);
    groups.splice(i, 1);
  }
}

function absorb(target: Group, g: Group): void {
  for (const k of g.keys) target.keys.add(k);
  for (const k of g.bare) target.bare.add(k);
  for (const m of g.members) target.members.push(m);
  target.gazetteerName ??= g.gazetteerName;
}

/** Joins a group named by an acronym with the group whose full name has those initials. */
function mergeAcronyms(groups: Group[]): void {
  const byInitials = new Map<string, Group>();
  for (const g of groups)
    for (const m of g.members) {
      const i = initials(m.surface);
      if (i && !byInitials.has(i)) byInitials.set(i, g);
    }
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const acr = g.members.find((m) => /^[\p{Lu}\p{N}&-]{2,}$/u.test(m.surface))?.surface;
    const target = acr ? byInitials.get(acr.replace(/[-&]/g, "")) : undefined;
    if (!target || target === g || !groups.includes(target)) continue;
    absorb(target, g);
    groups.splice(i, 1);
  }
}

function initials(name: string): string {
  const words = name.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  return words.length > 1 ? words.map((w) => w[0]!.toUpperCase()).join("") : "";
}

function organisationOf(g: Group, displayName: (name: string) => string): Organisation {
  const members = [...g.members].sort((a, b) => a.c.start - b.c.start);
  const mentions: Mention[] = members.map(({ c, surface }) => ({ text: surface, start: c.start, end: c.end }));
  const variants = [...new Set(members.map((m) => m.surface))];
  // A gazetteer's name is canonical; a name from the text is shown as the reader would write it on its own.
  const name = g.gazetteerName ?? displayName(canonicalName(members.map((m) => m.surface)));
  const evidence: Evidence[] = [];
  for (const { c } of members) {
    if (!evidence.some((e) => e.cue === c.cue)) evidence.push({ cue: c.cue, start: c.start, end: c.end });
  }
  const best = members.reduce((most, m) => Math.max(most, m.c.confidence), 0);
  const confidence = Math.min(CONFIDENCE_CAP, best + CONFIDENCE_PER_MENTION * (members.length - 1));
  return {
    id: `org-${hash(nameKey(name))}`,
    kind: "organisation",
    name,
    variants,
    mentions,
    confidence: round(confidence),
    evidence,
    outlet: false,
  };
}

/** The fullest form (most words), then the commonest, then the shortest (least inflected). */
function canonicalName(surfaces: string[]): string {
  const count = new Map<string, number>();
  for (const s of surfaces) count.set(s, (count.get(s) ?? 0) + 1);
  const words = (s: string) => s.split(/\s+/).length;
  return [...count.keys()].sort(
    (a, b) => words(b) - words(a) || count.get(b)! - count.get(a)! || a.length - b.length,
  )[0]!;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** FNV-1a, base 36: a short id that is the same on every run for the same name. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
