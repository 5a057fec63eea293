// The engine's steps on an article's text: sentences → organisations → people → policy options, then the
// result in the `policylens.extract/1` schema. Ids are made unique within a result; a page that is not an
// article gets empty lists.
import { analyse } from "./analysis/analyse";
import { findOrganisations } from "./find-organisations";
import { findPolicyOptions } from "./find-options";
import { findPeople } from "./find-people";
import { detectLang } from "./lang";
import { RESULT_SCHEMA, type ExtractResult, type Lang } from "./types";

/** What the article reader found besides the text: the result's metadata fields. */
export type ArticleMeta = Pick<ExtractResult, "title" | "byline" | "published" | "url" | "canonicalUrl" | "isArticle" | "notArticleReason">;

export const NO_META: ArticleMeta = {
  title: "", byline: null, published: null, url: null, canonicalUrl: null, isArticle: true, notArticleReason: null,
};

export function runPipeline(text: string, lang: Lang | undefined, meta: ArticleMeta): ExtractResult {
  const language = lang ?? detectLang(text);
  const result: ExtractResult = {
    schema: RESULT_SCHEMA, lang: language, ...meta, text, people: [], organisations: [], policyOptions: [],
  };
  if (!meta.isArticle || !text.trim()) return result;
  const analysis = analyse(text, language);
  const organisations = findOrganisations(analysis);
  const people = findPeople(analysis, organisations);
  const policyOptions = findPolicyOptions(analysis, people, organisations);
  return { ...result, organisations: uniqueIds(organisations), people: uniqueIds(people), policyOptions: uniqueIds(policyOptions) };
}

/** Two annotations that hash to one id (rare) get "-2", "-3"… in text order, so ids stay stable. */
function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}-${n}` };
  });
}
