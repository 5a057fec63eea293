// Russian: everything the engine needs for a Russian text. Names in Latin letters appear in Russian news too
// ("Joshua Wolf"), so the English given names and not-names are added to the Russian ones.
import { NO_LISTED_BODIES, type LanguageModule } from "../language-module";
import { keys, lower } from "../word-sets";
import * as en from "../en/people";
import * as options from "./options";
import * as people from "./people";
import { NAME_ADJECTIVE_ENDING, PLURAL_VERB_ENDING } from "./endings";
import { OUTLETS_RU } from "./orgs";
import { organisationNameRu } from "./org-name-case";
import { droppedVowelRoleNounRu, pluralRoleNounRu } from "./role-phrase";

const ROLE_NOUNS_SINGULAR_RU = lower(`${people.ROLE_NOUNS_RU} ${people.ROLE_NOUNS_UNSEEN_RU}`);

export const RU: LanguageModule = {
  name: "ru",
  segmenterLocale: "ru",
  nameCase: "inflected",
  people: {
    givenNames: keys(`${people.GIVEN_NAMES_RU} ${en.GIVEN_NAMES_EN}`),
    givenNameForms: lower(`${people.GIVEN_NAMES_RU} ${en.GIVEN_NAMES_EN}`),
    roleNouns: keys(`${people.ROLE_NOUNS_RU} ${people.ROLE_NOUNS_UNSEEN_RU}`),
    modelRoleNouns: keys(people.ROLE_NOUNS_RU),
    titles: lower(people.TITLES_RU),
    notNames: keys(`${people.NOT_NAMES_RU} ${en.NOT_NAMES_EN}`),
    nameBreakers: keys(en.NAME_BREAKERS_EN),
    orgHeads: new Set(),
    roleNounsSingular: ROLE_NOUNS_SINGULAR_RU,
    particles: lower(people.NAME_PARTICLES_RU),
    speechVerb: people.SPEECH_VERB_RU,
    attributionBefore: people.ATTRIBUTION_BEFORE_RU,
    pronounFrame: people.PRONOUN_FRAME_RU,
    roleFrame: people.ROLE_FRAME_RU,
    subjectPronoun: people.SUBJECT_PRONOUNS_RU,
    indefinite: people.INDEFINITE_RU,
    surnameShape: people.SURNAME_SHAPE_RU,
    adjectiveShape: people.ADJECTIVE_SHAPE_RU,
    patronymicShape: people.PATRONYMIC_SHAPE_RU,
    nameAdjective: NAME_ADJECTIVE_ENDING,
    placeNoun: people.PLACE_NOUNS_RU,
    obliqueBefore: people.OBLIQUE_BEFORE_NAME_RU,
    placePreposition: people.PLACE_PREPOSITIONS_RU,
    pluralVerb: PLURAL_VERB_ENDING,
    roleNounOtherCase: (word, nameWord) =>
      pluralRoleNounRu(word, ROLE_NOUNS_SINGULAR_RU, nameWord) ?? droppedVowelRoleNounRu(word, ROLE_NOUNS_SINGULAR_RU),
    addresseeVerb: null,
  },
  options: {
    cues: options.CUES_RU,
    quickCheck: options.QUICK_CHECK_RU,
    enumerator: options.ENUMERATOR_RU,
    infinitive: options.INFINITIVE_RU,
    notOption: options.NOT_OPTION_RU,
    scheduled: options.SCHEDULED_RU,
    noAction: null,
    subordinate: options.SUBORDINATE_RU,
    requirement: null,
    relativeSubject: null,
    personalSubject: options.PERSONAL_SUBJECT_RU,
    firstPerson: options.FIRST_PERSON_RU,
    futureNecessity: null,
    clauseStart: options.CLAUSE_START_RU,
    trailingAttribution: options.TRAILING_ATTRIBUTION_RU,
    modalNeedsSubject: false,
  },
  orgs: {
    finders: ["head-noun-first", "short-forms", "latin-in-cyrillic"],
    quotesAreSpeech: false,
    quoteHeadNouns: new Set(),
    headsAfterName: null,
    notBodyLastWords: new Set(),
    // Russian lists decline their class nouns ("и другие компании", "других компаний"): not written yet.
    listedBodies: NO_LISTED_BODIES,
    taggerMustBack: true,
    outlets: OUTLETS_RU,
    displayName: organisationNameRu,
  },
  model: "ner-ru.bin",
};
