// Policy options: clauses that propose or demand a course of action, each with its proposer (the person whose
// words they are, as the attribution stage read them, or null when the outlet proposes). Steps: sentence → cue →
// clause → proposer → result.
import type { Organisation, Person, PolicyOption } from "./types";
import type { Analysis } from "./analysis/types";
import type { Speakers } from "./findings";
import { lexiconFor } from "./lang";
import { findCue } from "./options/find-cue";
import { clauseSpan } from "./options/clause";
import { findProposer, organisationProposer } from "./options/proposer";
import { stableId } from "./stable-id";

/** Confidence added when the option is someone's attributed words (reported proposals are the clearest). */
const ATTRIBUTED_BONUS = 0.1;
/**
 * A clause with fewer words beside its cue names no course of action ("We need to listen"): a slogan, not a policy
 * option. "Ставку надо снижать постепенно" names one in three: an action, what it acts on, and how.
 */
const MIN_WORDS_BESIDE_CUE = 3;
const WORD = /\S+/g;
const QUESTION = /\?[»”"]?$/;

/** A proposer is a person, else a body that proposes (a verb of proposing after its name), else null. */
export function findPolicyOptions(
  analysis: Analysis,
  people: Person[],
  speakers: Speakers,
  orgs: Organisation[],
): PolicyOption[] {
  const { text, sentences, lang } = analysis;
  const lex = lexiconFor(lang).options;
  const out: PolicyOption[] = [];
  sentences.forEach((s, si) => {
    if (QUESTION.test(s.text)) return;
    const cue = findCue(s.text, lex);
    if (!cue) return;
    const span = clauseSpan(s, cue.clauseStart, cue.end, lex);
    const { end } = span;
    let { start } = span;
    const cueWords = s.text.slice(cue.start, cue.end).match(WORD)?.length ?? 0;
    if ((text.slice(start, end).match(WORD)?.length ?? 0) - cueWords < MIN_WORDS_BESIDE_CUE) return;
    const who = findProposer(
      si,
      s.start + cue.start,
      cue.proposal,
      cue.enumerated,
      speakers.forProposers,
      people,
      s.start,
    );
    const proposer = who === null ? null : people[who]!;
    const body = proposer || !cue.proposal ? null : organisationProposer(orgs, s.start, s.start + cue.start);
    const organisation = body === null ? null : orgs[body]!;
    // "According to Jane Doe, head of research at X, the Senate should …": the proposer's appositive is no part of it.
    if (proposer) start += roleAhead(text.slice(start, end), proposer.roles);
    if (!proposer && !organisation && lex.requirement?.test(s.text.slice(cue.start).toLowerCase())) return;
    const optionText = text.slice(start, end);
    out.push({
      id: stableId("option", optionText),
      kind: "policy-option",
      text: optionText,
      start,
      end,
      proposer: proposer?.name ?? organisation?.name ?? null,
      proposerId: proposer?.id ?? null,
      confidence: Math.round(Math.min(1, cue.weight + (proposer || organisation ? ATTRIBUTED_BONUS : 0)) * 100) / 100,
      evidence: [{ cue: s.text.slice(cue.start, cue.end).trim(), start: s.start + cue.start, end: s.start + cue.end }],
    });
  });
  return out;
}

/** The length of one of `roles`, after an article, and the comma after it at the start of `clause`; 0 for none. */
function roleAhead(clause: string, roles: readonly string[]): number {
  const lower = clause.toLowerCase();
  const article = /^(?:(?:a|an|the)\s+)?/.exec(lower)![0].length;
  for (const role of roles) {
    const r = role.toLowerCase();
    if (!lower.startsWith(r, article)) continue;
    const comma = /^,\s+/.exec(lower.slice(article + r.length));
    if (comma) return article + r.length + comma[0].length;
  }
  return 0;
}
