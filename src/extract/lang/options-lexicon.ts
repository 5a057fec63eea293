// What the option rules read from a language: its cue lists and the patterns around them. The lists themselves
// are in src/extract/lang/<language>/options.ts; lexiconFor(lang).options hands them to the stages.

export interface OptionCue {
  /** Global regex run on the lower-cased sentence. */
  re: RegExp;
  /** How sure a match alone makes us (0..1). */
  weight: number;
  /** A verb of proposing ("предлагает", "calls for"): its subject is the proposer. */
  proposal: boolean;
  /** A whole frame ("One option is"): it needs no subject before it. */
  frame?: boolean;
}

export interface OptionsLexicon {
  cues: OptionCue[];
  /** Any word a cue could start with: a sentence without one is skipped before the full patterns run. */
  quickCheck: RegExp;
  enumerator: RegExp | null;
  infinitive: RegExp | null;
  notOption: RegExp;
  /** Tested at a cue: a modal over an event verb is a schedule, not a proposal. */
  scheduled: RegExp;
  /**
   * A modal that asks for no action, read from the clause's start: a feeling a fact should stir ("that should worry
   * anyone"), an idiom ("something has to give"), a state ("it ought to be unknowable"); null when none is written.
   */
  noAction: RegExp | null;
  subordinate: RegExp;
  /**
   * Tests the words between the clause's last comma and a cue: a subject right after a noun phrase is a relative
   * clause's ("the information we have to improve …"), not the sentence's. Null where the language marks its
   * relative clauses ("который").
   */
  relativeSubject: RegExp | null;
  /** Tests the words right before a cue: "you should", "вам нужно" are advice, not policy. */
  personalSubject: RegExp;
  clauseStart: RegExp;
  trailingAttribution: RegExp;
  /** Subject-less modals ("Should anyone forget…") are conditions, not proposals (English word order). */
  modalNeedsSubject: boolean;
  /**
   * A necessity after a future or conditional auxiliary in its own clause describes what will happen, not what
   * should ("provisions that will be set off and have to be addressed"): the auxiliary (tested on the words between
   * the clause's last comma and the cue) and the necessity cues it takes. Null where not written.
   */
  futureNecessity: { before: RegExp; cue: RegExp } | null;
  /**
   * An agentless passive necessity, tested from the cue: in no one's words (no proposer) it states a requirement
   * ("the file must be served over HTTP"), not a proposal. Null where not written.
   */
  requirement: RegExp | null;
  /** First-person pronouns, on the text as written: a text whose own words use them is a post by its author. */
  firstPerson: RegExp;
}
