// English: everything the engine needs for an English text. Given names are shared with Russian: news in
// either language names people from both.
import type { LanguageModule } from "../language-module";
import { keys, lower } from "../word-sets";
import * as ru from "../ru/people";
import * as options from "./options";
import * as people from "./people";
import { LISTED_BODIES_EN, NOT_ORG_LAST_WORDS_EN, OUTLETS_EN, PRECEDING_NOUNS_EN } from "./orgs";

export const EN: LanguageModule = {
  name: "en",
  segmenterLocale: "en",
  nameCase: "fixed",
  people: {
    givenNames: keys(`${ru.GIVEN_NAMES_RU} ${people.GIVEN_NAMES_EN}`),
    givenNameForms: lower(`${ru.GIVEN_NAMES_RU} ${people.GIVEN_NAMES_EN}`),
    roleNouns: keys(people.ROLE_NOUNS_EN),
    modelRoleNouns: keys(people.ROLE_NOUNS_EN),
    titles: lower(people.TITLES_EN),
    notNames: keys(people.NOT_NAMES_EN),
    nameBreakers: keys(people.NAME_BREAKERS_EN),
    orgHeads: keys(people.ORG_HEADS_EN),
    roleNounsSingular: lower(people.ROLE_NOUNS_EN),
    particles: lower(people.NAME_PARTICLES_EN),
    speechVerb: people.SPEECH_VERB_EN,
    attributionBefore: people.ATTRIBUTION_BEFORE_EN,
    pronounFrame: people.PRONOUN_FRAME_EN,
    roleFrame: people.ROLE_FRAME_EN,
    subjectPronoun: people.SUBJECT_PRONOUNS_EN,
    indefinite: people.INDEFINITE_EN,
    surnameShape: null,
    adjectiveShape: null,
    patronymicShape: null,
    nameAdjective: null,
    placeNoun: null,
    obliqueBefore: null,
    placePreposition: null,
    pluralVerb: null,
    roleNounOtherCase: null,
    addresseeVerb: people.ADDRESSEE_VERB_EN,
  },
  options: {
    cues: options.CUES_EN,
    quickCheck: options.QUICK_CHECK_EN,
    enumerator: null,
    infinitive: null,
    notOption: options.NOT_OPTION_EN,
    scheduled: options.SCHEDULED_EN,
    noAction: options.NO_ACTION_EN,
    subordinate: options.SUBORDINATE_EN,
    requirement: options.REQUIREMENT_EN,
    relativeSubject: options.RELATIVE_SUBJECT_EN,
    personalSubject: options.PERSONAL_SUBJECT_EN,
    clauseStart: options.CLAUSE_START_EN,
    trailingAttribution: options.TRAILING_ATTRIBUTION_EN,
    modalNeedsSubject: true,
    firstPerson: options.FIRST_PERSON_EN,
    futureNecessity: options.FUTURE_NECESSITY_EN,
  },
  orgs: {
    finders: ["capitalised-english"],
    quotesAreSpeech: true,
    quoteHeadNouns: PRECEDING_NOUNS_EN,
    headsAfterName: null,
    notBodyLastWords: NOT_ORG_LAST_WORDS_EN,
    listedBodies: LISTED_BODIES_EN,
    // The English model learned 1996 wire news (CoNLL): it calls today's brands and groups places or people
    // (Instagram, Google, al-Qaeda), so on the English fixture pages its backing cost more than it saved.
    taggerMustBack: false,
    outlets: OUTLETS_EN,
    displayName: (name) => name,
  },
  model: "ner-en.bin",
};
