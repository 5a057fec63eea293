// The people rules' word lists for one language, as ready-made sets and regexes (built once per language).
import type { Lang } from "../types";
import * as ru from "../lexicon/people-ru";
import * as en from "../lexicon/people-en";
import { wordKey } from "./name-key";

export interface PeopleLexicon {
  /** Word keys of given names. */
  givenNames: ReadonlySet<string>;
  /** Word keys of role nouns. */
  roleNouns: ReadonlySet<string>;
  /** Lower-case titles, without a dot. */
  titles: ReadonlySet<string>;
  /** Word keys of capitalised words that are never name words: a run of capitals is cut at them. */
  notNames: ReadonlySet<string>;
  /** Word keys of organisation head words: a run of capitals holding one is an organisation, not a person. */
  orgHeads: ReadonlySet<string>;
  /** Role nouns exactly as written in the singular: "the economist said" refers back to a person, "experts say" does not. */
  roleNounsSingular: ReadonlySet<string>;
  /** Lower-case words allowed inside a name. */
  particles: ReadonlySet<string>;
  /** Tests one lower-cased word. */
  speechVerb: RegExp;
  /** Tests the text just before a name. */
  attributionBefore: RegExp;
  /** Finds a pronoun frame in a sentence ("по его словам", "in his view"). */
  pronounFrame: RegExp;
  /** Tests one lower-cased word: a subject pronoun next to a speech verb ("он считает", "he said"). */
  subjectPronoun: RegExp;
  /** Surname, adjective and patronymic shapes (Russian only). */
  surnameShape: RegExp | null;
  adjectiveShape: RegExp | null;
  patronymicShape: RegExp | null;
}

const keys = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(wordKey));
const lower = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Names in either script can appear in either language's news ("Joshua Wolf" in a Russian text). */
const GIVEN_NAMES = keys(`${ru.GIVEN_NAMES_RU} ${en.GIVEN_NAMES_EN}`);

const RU: PeopleLexicon = {
  givenNames: GIVEN_NAMES,
  roleNouns: keys(ru.ROLE_NOUNS_RU),
  titles: lower(ru.TITLES_RU),
  notNames: keys(`${ru.NOT_NAMES_RU} ${en.NOT_NAMES_EN}`),
  orgHeads: new Set(),
  roleNounsSingular: lower(ru.ROLE_NOUNS_RU),
  particles: lower(ru.NAME_PARTICLES_RU),
  speechVerb: ru.SPEECH_VERB_RU,
  attributionBefore: ru.ATTRIBUTION_BEFORE_RU,
  pronounFrame: ru.PRONOUN_FRAME_RU,
  subjectPronoun: ru.SUBJECT_PRONOUNS_RU,
  surnameShape: ru.SURNAME_SHAPE_RU,
  adjectiveShape: ru.ADJECTIVE_SHAPE_RU,
  patronymicShape: ru.PATRONYMIC_SHAPE_RU,
};

const EN: PeopleLexicon = {
  givenNames: GIVEN_NAMES,
  roleNouns: keys(en.ROLE_NOUNS_EN),
  titles: lower(en.TITLES_EN),
  notNames: keys(en.NOT_NAMES_EN),
  orgHeads: keys(en.ORG_HEADS_EN),
  roleNounsSingular: lower(en.ROLE_NOUNS_EN),
  particles: lower(en.NAME_PARTICLES_EN),
  speechVerb: en.SPEECH_VERB_EN,
  attributionBefore: en.ATTRIBUTION_BEFORE_EN,
  pronounFrame: en.PRONOUN_FRAME_EN,
  subjectPronoun: en.SUBJECT_PRONOUNS_EN,
  surnameShape: null,
  adjectiveShape: null,
  patronymicShape: null,
};

/** Russian rules for Cyrillic texts (Kazakh news names people the same way), English for the rest. */
export function peopleLexicon(lang: Lang): PeopleLexicon {
  return lang === "ru" || lang === "kk" ? RU : EN;
}
