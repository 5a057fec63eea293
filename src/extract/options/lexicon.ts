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
}

export interface OptionsLexicon {
  cues: OptionCue[];
  enumerator: RegExp | null;
  infinitive: RegExp | null;
  notOption: RegExp;
  subordinate: RegExp;
  clauseStart: RegExp;
  trailingAttribution: RegExp;
  /** Subject-less modals ("Should anyone forget…") are conditions, not proposals (English word order). */
  modalNeedsSubject: boolean;
}

const RU: OptionsLexicon = {
  cues: ru.CUES_RU, enumerator: ru.ENUMERATOR_RU, infinitive: ru.INFINITIVE_RU, notOption: ru.NOT_OPTION_RU,
  subordinate: ru.SUBORDINATE_RU, clauseStart: ru.CLAUSE_START_RU, trailingAttribution: ru.TRAILING_ATTRIBUTION_RU,
  modalNeedsSubject: false,
};
const EN: OptionsLexicon = {
  cues: en.CUES_EN, enumerator: null, infinitive: null, notOption: en.NOT_OPTION_EN,
  subordinate: en.SUBORDINATE_EN, clauseStart: en.CLAUSE_START_EN, trailingAttribution: en.TRAILING_ATTRIBUTION_EN,
  modalNeedsSubject: true,
};

export function optionsLexicon(lang: Lang): OptionsLexicon {
  return lang === "ru" || lang === "kk" ? RU : EN;
}
