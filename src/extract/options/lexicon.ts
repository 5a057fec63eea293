// The option rules' cue lists for one language.
import type { Lang } from "../types";
import * as ru from "../lexicon/options-ru";
import * as en from "../lexicon/options-en";

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
  subordinate: RegExp;
  /** Tests the words right before a cue: "you should", "вам нужно" are advice, not policy. */
  personalSubject: RegExp;
  clauseStart: RegExp;
  trailingAttribution: RegExp;
  /** Subject-less modals ("Should anyone forget…") are conditions, not proposals (English word order). */
  modalNeedsSubject: boolean;
}

const RU: OptionsLexicon = {
  cues: ru.CUES_RU, quickCheck: ru.QUICK_CHECK_RU, enumerator: ru.ENUMERATOR_RU, infinitive: ru.INFINITIVE_RU, notOption: ru.NOT_OPTION_RU, scheduled: ru.SCHEDULED_RU,
  subordinate: ru.SUBORDINATE_RU, personalSubject: ru.PERSONAL_SUBJECT_RU, clauseStart: ru.CLAUSE_START_RU, trailingAttribution: ru.TRAILING_ATTRIBUTION_RU,
  modalNeedsSubject: false,
};
const EN: OptionsLexicon = {
  cues: en.CUES_EN, quickCheck: en.QUICK_CHECK_EN, enumerator: null, infinitive: null, notOption: en.NOT_OPTION_EN, scheduled: en.SCHEDULED_EN,
  subordinate: en.SUBORDINATE_EN, personalSubject: en.PERSONAL_SUBJECT_EN, clauseStart: en.CLAUSE_START_EN, trailingAttribution: en.TRAILING_ATTRIBUTION_EN,
  modalNeedsSubject: true,
};

export function optionsLexicon(lang: Lang): OptionsLexicon {
  return lang === "ru" || lang === "kk" ? RU : EN;
}
