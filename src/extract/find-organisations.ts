// Organisations named in the article text. Steps: every rule proposes candidates, overlaps are settled
// (longest wins), names found once are looked for again elsewhere in the text, and mentions are grouped
// into bodies with their inflected forms and acronyms; with the learned tagger's spans, only the mentions it
// backs are kept.
import type { Analysis } from "./analysis/types";
import type { Organisation } from "./types";
import { findAcronyms } from "./orgs/acronyms";
import { CONFIDENCE, type Candidate } from "./orgs/candidate";
import { findGazetteerNames, findKnownOutlets } from "./orgs/gazetteer";
import { groupCandidates } from "./orgs/group";
import { findDomainNames } from "./orgs/latin-names";
import { ORG_FINDERS } from "./orgs/finders";
import { lexiconFor } from "./lang";
import { findQuotedNames, quotedWorks } from "./orgs/quoted";
import { resolveOverlaps } from "./orgs/resolve-overlaps";
import { findRepeats } from "./orgs/repeats";
import { findTaggedNames } from "./orgs/tagged";
import { findListedBodies } from "./orgs/listed-bodies";
import { joinQuotedNames } from "./orgs/quoted-after-name";
import { taggerBacking } from "./orgs/tagger-backed";
import { findOwnSiteName, markOutlets } from "./orgs/outlets";

/** The article's bodies; `url`, the page's address, tells its own outlet (orgs/outlets.ts). */
export function findOrganisations(analysis: Analysis, url: string | null = null): Organisation[] {
  const { text, tokens, lang } = analysis;
  const lex = lexiconFor(lang, text);
  // Names the article calls works: no quoted-name rule takes them, and no other rule's find of them stays.
  const works = quotedWorks(text);
  const candidates: Candidate[] = [
    ...findGazetteerNames(text, tokens),
    ...findKnownOutlets(text, tokens, lex.orgs.outlets.mediaNames),
    ...findAcronyms(tokens, text),
    ...findDomainNames(tokens),
    ...findOwnSiteName(tokens, url),
    ...findQuotedNames(text, lex.orgs, works),
    ...lex.orgs.finders.flatMap((f) => ORG_FINDERS[f](text, tokens, lex)),
    ...findTaggedNames(analysis, lex),
    ...findListedBodies(analysis, lex.orgs.listedBodies),
  ];
  const found = joinQuotedNames(text, resolveOverlaps(candidates)).filter(
    (c) => !works.has(text.slice(c.start, c.end)),
  );
  const all = resolveOverlaps([...found, ...findRepeats(text, found, CONFIDENCE.context)]);
  const orgs = groupCandidates(
    text,
    all,
    taggerBacking(analysis.entities, lex.orgs.taggerMustBack),
    lex.orgs.displayName,
  );
  return markOutlets(text, orgs, lex.orgs.outlets, url).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
