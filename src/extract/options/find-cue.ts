// The cue that makes a sentence a proposal, checked against the look-alikes: forecasts ("можно ожидать",
// "is likely to"), modals inside reason/purpose/relative clauses ("because it must be kept", "чтобы … надо"),
// and subject-less English modals ("Should anyone forget…").
import { LEADING_CONJUNCTIONS } from "../lang/every-text";
import type { OptionsLexicon } from "../lang/options-lexicon";

export interface Cue {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Where the proposal's own words begin, within the sentence. */
  clauseStart: number;
  weight: number;
  proposal: boolean;
  /** Needs no subject before it ("One option is", "Первое –"). */
  frame: boolean;
  /** An item of an announced list ("Первое – создать …"): its speaker is whoever announced the list. */
  enumerated: boolean;
}

/** Words that open a clause without being its subject. */
const LEADING_CONJUNCTION = new RegExp(`^\\s*(?:${LEADING_CONJUNCTIONS.join("|")})(?![\\p{L}])`, "u");
const WORDS_AFTER = /^\s*(\S+)(?:\s+(\S+))?/;
const LOWER_LETTER = /\p{Ll}/u;
const WORD_EDGE = /^[^\p{L}]+|[^\p{L}]+$/gu;
/** Confidence of an enumerated option ("Первое – создать …"). */
const ENUMERATOR_WEIGHT = 0.75;

export function findCue(sentence: string, lex: OptionsLexicon): Cue | null {
  const lower = sentence.toLowerCase();
  const enumerated = enumeratedOption(lower, lex);
  if (enumerated) return enumerated;
  // Most sentences hold no cue word at all: one cheap scan spares them the full cue patterns.
  if (!lex.quickCheck.test(lower)) return null;
  const found: Cue[] = [];
  for (const c of lex.cues) {
    c.re.lastIndex = 0;
    for (const m of lower.matchAll(c.re)) {
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        clauseStart: 0,
        weight: c.weight,
        proposal: c.proposal,
        frame: !!c.frame,
        enumerated: false,
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const cue of found) {
    // Capitalised requirement words ("MUST", "SHOULD NOT") are a specification's vocabulary, not a proposal.
    if (!LOWER_LETTER.test(sentence.slice(cue.start, cue.end))) continue;
    cue.clauseStart = clauseStartBefore(sentence, cue.start, lex);
    if (isProposal(lower, cue, lex)) return cue;
  }
  return null;
}

function enumeratedOption(lower: string, lex: OptionsLexicon): Cue | null {
  if (!lex.enumerator || !lex.infinitive) return null;
  const m = lex.enumerator.exec(lower);
  if (!m) return null;
  const next = WORDS_AFTER.exec(lower.slice(m[0].length));
  const words = next ? [next[1], next[2]].filter((w): w is string => !!w).map((w) => w.replace(WORD_EDGE, "")) : [];
  if (!words.some((w) => lex.infinitive!.test(w))) return null;
  // "Второе – можно ожидать, что …" lists a forecast, not an option.
  lex.notOption.lastIndex = 0;
  if (lex.notOption.test(lower.slice(m[0].length))) return null;
  return {
    start: 0,
    end: m[0].length,
    clauseStart: m[0].length,
    weight: ENUMERATOR_WEIGHT,
    proposal: false,
    frame: true,
    enumerated: true,
  };
}

function clauseStartBefore(sentence: string, at: number, lex: OptionsLexicon): number {
  let start = 0;
  lex.clauseStart.lastIndex = 0;
  for (const m of sentence.slice(0, at).matchAll(lex.clauseStart)) start = m.index! + m[0].length;
  return start;
}

function isProposal(lower: string, cue: Cue, lex: OptionsLexicon): boolean {
  lex.notOption.lastIndex = 0;
  if (lex.notOption.test(lower.slice(0, cue.start))) return false;
  lex.scheduled.lastIndex = 0;
  if (lex.scheduled.exec(lower.slice(cue.start))?.index === 0) return false;
  const idle = lex.noAction?.exec(lower.slice(cue.clauseStart));
  if (idle && idle.index <= cue.start - cue.clauseStart) return false;
  // The stretch after the last comma before the cue: a subordinator there owns the cue.
  const prefix = lower.slice(cue.clauseStart, cue.start);
  // "You should" is advice to the reader; "I would propose" is still a proposal.
  if (!cue.proposal && lex.personalSubject.test(prefix)) return false;
  const local = prefix.slice(prefix.lastIndexOf(",") + 1);
  lex.subordinate.lastIndex = 0;
  if (lex.subordinate.test(local)) return false;
  if (!cue.proposal && lex.relativeSubject?.test(local)) return false;
  const future = lex.futureNecessity;
  if (future && future.before.test(local) && future.cue.test(lower.slice(cue.start, cue.end))) return false;
  if (lex.modalNeedsSubject && !cue.proposal && !cue.frame && !prefix.replace(LEADING_CONJUNCTION, "").trim())
    return false;
  return true;
}
