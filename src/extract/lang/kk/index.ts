// Kazakh: the Russian module (Kazakh news is full of Russian-form names and bodies, and Russian rules read them)
// with a tiny Kazakh lexicon on top: role nouns, given names, speech verbs, and head-final organisation names.
import type { LanguageModule } from "../language-module";
import { keys, lower } from "../word-sets";
import { RU } from "../ru/index";
import * as people from "./people";
import { HEAD_ENDINGS_KK, HEADS_AFTER_NAME_KK } from "./orgs";

const union = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => new Set([...a, ...b]);

export const KK: LanguageModule = {
  ...RU,
  name: "kk",
  segmenterLocale: "kk",
  people: {
    ...RU.people,
    givenNames: union(RU.people.givenNames, keys(people.GIVEN_NAMES_KK)),
    givenNameForms: union(RU.people.givenNameForms, lower(people.GIVEN_NAMES_KK)),
    roleNouns: union(RU.people.roleNouns, keys(people.ROLE_NOUNS_KK)),
    modelRoleNouns: union(RU.people.modelRoleNouns, keys(people.ROLE_NOUNS_KK)),
    roleNounsSingular: union(RU.people.roleNounsSingular, lower(people.ROLE_NOUNS_KK)),
    notNames: union(RU.people.notNames, keys(people.NOT_NAMES_KK)),
    speechVerb: new RegExp(`${RU.people.speechVerb.source}|${people.SPEECH_VERB_KK.source}`),
  },
  orgs: {
    ...RU.orgs,
    finders: [...RU.orgs.finders, "head-after-name"],
    headsAfterName: { heads: HEADS_AFTER_NAME_KK, endings: HEAD_ENDINGS_KK },
    // No model: nothing to back with.
    taggerMustBack: false,
  },
  // No Kazakh model: the Russian one, trained on Russian, would read Kazakh words as noise.
  model: null,
};
