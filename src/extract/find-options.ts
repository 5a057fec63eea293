// Policy options: clauses that propose or demand a course of action, each with its proposer (the person whose
// words they are, as the attribution stage read them, or null when the outlet proposes). Steps: sentence → cue →
// clause → proposer → result.
import type { Organisation, Person, PolicyOption } from "./types";
import type { Analysis } from "./analysis/types";
import type { Speakers } from "./findings";
import { lexiconFor } from "./lang";
import { findCue } from "./options/find-cue";
import { clauseSpan } from "./options/clause";
import { findProposer } from "./options/proposer";
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

/** `_orgs` is part of the pipeline's contract for organisation proposers; the schema names only people for now. */
export function findPolicyOptions(
  analysis: Analysis,
  people: Person[],
  speakers: Speakers,
  _orgs: Organisation[],
): PolicyOption[] {
  const { text, sentences, lang } = analysis;
  const lex = lexiconFor(lang).options;
  const out: PolicyOption[] = [];
  sentences.forEach((s, si) => {
    if (QUESTION.test(s.text)) return;
    const cue = findCue(s.text, lex);
    if (!cue) return;
    const { start, end } = clauseSpan(s, cue.clauseStart, cue.end, lex);
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
    if (!proposer && lex.requirement?.test(s.text.slice(cue.start).toLowerCase())) return;
    const optionText = text.slice(start, end);
    out.push({
      id: stableId("option", optionText),
      kind: "policy-option",
      text: optionText,
      start,
      end,
      proposer: proposer?.name ?? null,
      proposerId: proposer?.id ?? null,
      confidence: Math.round(Math.min(1, cue.weight + (proposer ? ATTRIBUTED_BONUS : 0)) * 100) / 100,
      evidence: [{ cue: s.text.slice(cue.start, cue.end).trim(), start: s.start + cue.start, end: s.start + cue.end }],
    });
  });
  return out;
}
