// A stretch of text that one rule believes names an organisation, before candidates are merged.

export interface Candidate {
  start: number;
  end: number;
  /** The rule that found it, shown to the reader as evidence: "acronym", "gazetteer", "organisation-noun: банк". */
  cue: string;
  confidence: number;
  /** Canonical name when the rule knows it (a gazetteer entry, a head noun without its ending); otherwise the surface. */
  name?: string;
  /** Another name it goes by, for meeting its other mentions: the quoted name of "Центр … «Талап»". */
  alias?: string;
}

/** Rule confidences: how often each rule's finds were organisations on the fixtures and FactRuEval. */
export const CONFIDENCE = {
  gazetteer: 0.95,
  legalForm: 0.95,
  headNoun: 0.85,
  /** A name in a source's words ("пишет Metro", "передает Kaktus.media"): an outlet's. */
  sourceWords: 0.85,
  acronym: 0.8,
  shortForm: 0.8,
  domain: 0.8,
  quoted: 0.7,
  context: 0.7,
  latinInCyrillic: 0.6,
  /** The learned tagger: measured on the development corpora, not on the fixtures (models/MODEL-CARD.md). */
  model: 0.6,
  governmentOfPlace: 0.6,
} as const;
