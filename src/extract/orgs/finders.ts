// The organisation finders a language can ask for by name (LanguageModule.orgs.finders): the module says which
// rules its texts get, and this table says which code each name runs.
import type { LanguageModule, OrgFinderName } from "../lang/language-module";
import type { Candidate } from "./candidate";
import { findLatinNames } from "./latin-names";
import { findEnglishNames } from "./named-heads-en";
import { findHeadNounNames } from "./named-heads-ru";
import { findNamesBeforeHead } from "./head-after-name";
import { wordKey } from "../name-key";
import { findShortForms } from "./short-forms";
import type { Token } from "../analysis/tokens";

export type OrgFinder = (text: string, tokens: Token[], lex: LanguageModule) => Candidate[];

export const ORG_FINDERS: Record<OrgFinderName, OrgFinder> = {
  "head-noun-first": (text, tokens, lex) => findHeadNounNames(text, tokens, (w) => lex.people.givenNameForms.has(w)),
  "short-forms": (_text, tokens) => findShortForms(tokens),
  "latin-in-cyrillic": (text, tokens, lex) => findLatinNames(text, tokens, lex.orgs.outlets),
  "capitalised-english": (text, tokens, lex) =>
    findEnglishNames(text, tokens, (w) => {
      const lower = w.toLowerCase();
      return lex.people.roleNouns.has(wordKey(lower)) || lex.people.titles.has(lower);
    }),
  // A word the language's people rules take for part of a person's name does not start a body's name.
  "head-after-name": (text, tokens, lex) =>
    lex.orgs.headsAfterName
      ? findNamesBeforeHead(
          text,
          tokens,
          lex.orgs.headsAfterName,
          (w) => !!lex.people.surnameShape?.test(w) || lex.people.givenNames.has(wordKey(w)),
        )
      : [],
};
