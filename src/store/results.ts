// Each page's automatic annotations as the library keeps them for export: the engine's result cut to a
// record (no evidence, no people who are not experts, no organisation variants; its voice, its outlet and each
// expert's roles kept, so the library names who proposes what no one named), and back to the result
// shape the exporters read, with the reader's corrections applied. A page past a stored record's limits is
// kept trimmed (./fit-result.ts).
import { type ExtractResult, RESULT_SCHEMA } from "../extract/types";
import type { PageRecord, ResultRecord } from "../records/types";
import { fitResult } from "./fit-result";

/** The record kept for a page's result, trimmed to what a stored record may hold. */
export function resultRecord(pageKey: string, result: ExtractResult, now: number): ResultRecord {
  return fitResult({
    pageKey,
    text: result.text,
    published: result.published,
    experts: result.people
      .filter((p) => p.expert)
      .map(({ id, name, role, roles, affiliation, confidence, mentions }) => ({
        id,
        name,
        role,
        roles,
        affiliation,
        confidence,
        mentions,
      })),
    organisations: result.organisations.map(({ id, name, outlet, confidence, mentions }) => ({
      id,
      name,
      outlet,
      confidence,
      mentions,
    })),
    policyOptions: result.policyOptions.map(({ id, text, start, end, proposer, proposerId, confidence }) => ({
      id,
      text,
      start,
      end,
      proposer,
      proposerId,
      confidence,
    })),
    voice: result.voice,
    analysedAt: now,
  });
}

/**
 * A kept record as a result the exporters read. What was not kept is empty: evidence (the exporters do not
 * show it) and organisation variants (they list surface forms from the mentions).
 */
export function resultOfRecord(
  record: ResultRecord,
  page: Pick<PageRecord, "url" | "canonicalUrl" | "title" | "lang">,
): ExtractResult {
  return {
    schema: RESULT_SCHEMA,
    lang: page.lang,
    title: page.title,
    byline: null,
    published: record.published,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    isArticle: true,
    notArticleReason: null,
    text: record.text,
    people: record.experts.map((p) => ({ ...p, kind: "person" as const, expert: true, evidence: [] })),
    organisations: record.organisations.map((o) => ({
      ...o,
      kind: "organisation" as const,
      variants: [],
      evidence: [],
    })),
    policyOptions: record.policyOptions.map((o) => ({ ...o, kind: "policy-option" as const, evidence: [] })),
    voice: record.voice,
  };
}
