// Organisations named in the article text. Steps: every rule proposes candidates, overlaps are settled
// (longest wins), names found once are looked for again elsewhere in the text, and mentions are grouped
// into bodies with their inflected forms and acronyms.
import type { Analysis } from "./analysis/types";
import type { Organisation } from "./types";
import { findAcronyms } from "./orgs/acronyms";
import { CONFIDENCE, type Candidate } from "./orgs/candidate";
import { findGazetteerNames } from "./orgs/gazetteer";
import { groupCandidates } from "./orgs/group";
import { findDomainNames, findLatinNames } from "./orgs/latin-names";
import { findEnglishNames } from "./orgs/named-heads-en";
import { findHeadNounNames } from "./orgs/named-heads-ru";
import { findQuotedNames } from "./orgs/quoted";
import { resolveOverlaps } from "./orgs/resolve-overlaps";
import { findRepeats } from "./orgs/repeats";
import { findShortForms } from "./orgs/short-forms";

export function findOrganisations(analysis: Analysis): Organisation[] {
  const { text, tokens, lang } = analysis;
  const cyrillic = lang === "ru" || lang === "kk" || (lang === "other" && mostlyCyrillic(text));
  const candidates: Candidate[] = [
    ...findGazetteerNames(text, tokens),
    ...findAcronyms(tokens, text),
    ...findDomainNames(tokens),
    ...findQuotedNames(text, lang),
    ...(cyrillic
      ? [...findHeadNounNames(text, tokens), ...findShortForms(tokens), ...findLatinNames(text, tokens)]
      : findEnglishNames(text, tokens)),
  ];
  const found = resolveOverlaps(candidates);
  const all = resolveOverlaps([...found, ...findRepeats(text, found, CONFIDENCE.context)]);
  return groupCandidates(text, all).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** For texts too short to name a language: which script's rules apply. */
function mostlyCyrillic(text: string): boolean {
  const cyr = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  return cyr > (text.match(/[A-Za-z]/g)?.length ?? 0);
}
