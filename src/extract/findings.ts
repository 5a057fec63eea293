// What one stage hands the next besides the result's own types (types.ts): the people before attribution, and whose
// words each sentence reports. Types only: a neutral module every stage may import, so no stage imports another's.
import type { Evidence, Mention } from "./types";

/** A person as the people stage finds them: named, linked across mentions, with a role; not yet judged an expert. */
export interface FoundPerson {
  /** Stable within a result and across runs on the same text: derived from the canonical name. */
  id: string;
  name: string;
  role: string | null;
  /** Every distinct role the text gives the person, in text order (`role` is the surest of them). */
  roles: string[];
  affiliation: string | null;
  mentions: Mention[];
  /** The cues that made the mentions a person's name. */
  evidence: Evidence[];
}

/** A sentence's speaker. */
export interface Attribution {
  /** Index of the speaking person in the people list. */
  person: number;
  evidence: Evidence[];
  /** The role noun the sentence refers to them by, when it is none of their roles ("61-летняя певица сообщила"). */
  referredAs?: string;
}

/** What the attribution stage found, for the experts and the options stages. */
export interface Speakers {
  /** Per sentence: the person whose words it reports, or null for the outlet's own words. */
  bySentence: (Attribution | null)[];
  /** Per person: the cues of the sentences that report their words, in text order (their views). */
  views: Evidence[][];
  /** Per person: named with a strong cue or more than once, so a later "он" / "he" / "эксперт" may stand for them. */
  salient: boolean[];
  /** Per person: the role nouns sentences refer to them by that are none of their roles, in text order. */
  referredAs: string[][];
  /**
   * Per sentence, as `bySentence`, but with everyone who speaks counted as salient too: who proposes an option.
   * The same array as `bySentence` unless a person named by shape alone speaks (see attribute-speakers.ts).
   */
  forProposers: (Attribution | null)[];
}
