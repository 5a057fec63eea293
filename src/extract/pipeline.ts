// The engine's steps on an article's text: analysis → organisations → people → attribution → experts / policy
// options, then the result in the `policylens.extract/1` schema. Ids are made unique within a result; a page that is
// not an article gets empty lists.
//
// Who may import whom (test/conventions.test.ts keeps it): a stage (a top-level find-*.ts / attribute-speakers.ts and
// its folder) takes the analysis and what earlier stages found, and returns its own findings. It imports only
// analysis/, the language modules (lang.ts, lang/), its own folder and neutral modules (types.ts, findings.ts,
// stable-id.ts, name-key.ts, ../partition-point.ts) — never another stage's folder. What two stages share moves to
// analysis/ or to a neutral module; analysis/ and lang/ import no stage.
import { analyse } from "./analysis/analyse";
import { attributeSpeakers } from "./attribute-speakers";
import { findExperts } from "./find-experts";
import { findOrganisations } from "./find-organisations";
import { findPolicyOptions } from "./find-options";
import { findPeople } from "./find-people";
import { detectLang } from "./lang";
import { languageRuns } from "./language-runs";
import { mergeRuns } from "./merge-runs";
import { RULES_ONLY, type TaggerModels } from "./model-lookup";
import { RESULT_SCHEMA, type ExtractResult, type Lang } from "./types";
import type { Analysis } from "./analysis/types";
import type { FoundPerson, Speakers } from "./findings";
import { textVoice } from "./voice";

/** What the article reader found besides the text: the result's metadata fields. */
export type ArticleMeta = Pick<
  ExtractResult,
  "title" | "byline" | "published" | "url" | "canonicalUrl" | "isArticle" | "notArticleReason"
>;

export const NO_META: ArticleMeta = {
  title: "",
  byline: null,
  published: null,
  url: null,
  canonicalUrl: null,
  isArticle: true,
  notArticleReason: null,
};

/** The stages in the order they run. A parameter of `runPipeline`, so a test can watch them without global mocks. */
export const STAGES = { analyse, findOrganisations, findPeople, attributeSpeakers, findExperts, findPolicyOptions };
export type Stages = typeof STAGES;

export interface PipelineOptions {
  /** The learned tagger's model per language; the rules alone when left out. */
  tagger?: TaggerModels;
  stages?: Stages;
}

export function runPipeline(
  text: string,
  lang: Lang | undefined,
  meta: ArticleMeta,
  options: PipelineOptions = {},
): ExtractResult {
  return tracePipeline(text, lang, meta, options).result;
}

/** What a run read and found on its way to the result, for what the result does not carry (attributions). */
export interface PipelineTrace {
  analysis: Analysis;
  people: FoundPerson[];
  speakers: Speakers;
}

/** A run's trace and where the run starts in the whole text (its offsets are the run's own). */
export interface RunTrace {
  start: number;
  trace: PipelineTrace;
}

/**
 * `runPipeline`, with the trace of each language run it read (language-runs.ts: one for a text in one language;
 * none when the text is not an article or is empty, and nothing was read).
 */
export function tracePipeline(
  text: string,
  lang: Lang | undefined,
  meta: ArticleMeta,
  options: PipelineOptions = {},
): { result: ExtractResult; runs: RunTrace[] } {
  const language = lang ?? detectLang(text);
  const runs = meta.isArticle && text.trim() ? languageRuns(text, language) : [];
  if (runs.length <= 1) {
    const { result, trace } = traceRun(text, language, meta, options);
    return { result, runs: trace ? [{ start: 0, trace }] : [] };
  }
  // A mixed text: each run read in its own language, then one result over the whole text.
  const read = runs.map((r) => ({ start: r.start, ...traceRun(text.slice(r.start, r.end), r.lang, meta, options) }));
  const result = mergeRuns(emptyResult(text, language, meta), read);
  return {
    result: { ...result, people: uniqueIds(result.people), policyOptions: uniqueIds(result.policyOptions) },
    runs: read.flatMap((r) => (r.trace ? [{ start: r.start, trace: r.trace }] : [])),
  };
}

/** A result with the text and its metadata and nothing found yet. */
const emptyResult = (text: string, lang: Lang, meta: ArticleMeta): ExtractResult => ({
  schema: RESULT_SCHEMA,
  lang,
  ...meta,
  text,
  people: [],
  organisations: [],
  policyOptions: [],
  voice: "outlet",
});

/** The pipeline on a text in one language. */
function traceRun(
  text: string,
  language: Lang,
  meta: ArticleMeta,
  { tagger = RULES_ONLY, stages = STAGES }: PipelineOptions,
): { result: ExtractResult; trace: PipelineTrace | null } {
  const result = emptyResult(text, language, meta);
  if (!meta.isArticle || !text.trim()) return { result, trace: null };
  // 1. Read the text once: sentences, words, tokens, quotes, the tagger's spans.
  const analysis = stages.analyse(text, language, tagger(language));
  // 2. Organisations first: a capitalised name inside one is not a person.
  const organisations = stages.findOrganisations(analysis, meta.url);
  // 3. People, linked across their mentions, with their roles.
  const found = stages.findPeople(analysis, organisations);
  // 4. Whose words each sentence reports: once, for both the experts and the options.
  const speakers = stages.attributeSpeakers(analysis, found);
  // 5. Experts: the people whose views are reported.
  const people = stages.findExperts(found, speakers);
  // 6. Policy options, each with its proposer.
  const policyOptions = stages.findPolicyOptions(analysis, people, speakers, organisations);
  // 7. The result.
  return {
    result: {
      ...result,
      organisations: uniqueIds(organisations),
      people: uniqueIds(people),
      policyOptions: uniqueIds(policyOptions),
      voice: textVoice(analysis, speakers, organisations),
    },
    trace: { analysis, people: found, speakers },
  };
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
