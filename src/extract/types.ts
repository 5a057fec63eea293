// The engine's result: schema `policylens.extract/1` (see ../shared/fixtures/README.md).
// Plain, cloneable data only: it crosses extension contexts and is written as JSON by the CLI.

export const RESULT_SCHEMA = "policylens.extract/1";

export type Lang = "ru" | "en" | "kk" | "other";

export type AnnotationKind = "expert" | "organisation" | "policy-option";

/** A stretch of the article text: UTF-16 offsets into `ExtractResult.text`, end exclusive. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/** What made the engine mark something: the cue words, so the UI can say "why". */
export interface Evidence {
  /** e.g. "считает", "said", "organisation-noun: министерство", "acronym", "gazetteer" */
  cue: string;
  /** Offsets of the cue in the text, when it is a span of the text. */
  start?: number;
  end?: number;
}

export interface Person {
  /** Stable within a result and across runs on the same text: derived from the canonical name. */
  id: string;
  kind: "person";
  /** Canonical (nominative, fullest) form, e.g. "Расул Рысмамбетов". */
  name: string;
  expert: boolean;
  /** The role shown: the surest one the text gives (people/role.ts). */
  role: string | null;
  /** Every role the text gives them, as written, in text order ("министр финансов", "экономист"). */
  roles: string[];
  affiliation: string | null;
  mentions: Mention[];
  confidence: number;
  evidence: Evidence[];
}

export interface Organisation {
  id: string;
  kind: "organisation";
  /** Canonical form, e.g. "Минфин" for "Минфину". */
  name: string;
  /** Distinct surface forms seen, e.g. ["Минфину", "Минфин"]. */
  variants: string[];
  mentions: Mention[];
  confidence: number;
  evidence: Evidence[];
  /**
   * The outlet the story comes from ("передает Caravan.kz", "Reuters reported"): the page's source rather than one
   * of the story's bodies (orgs/outlets.ts). It stays in the list, with its mentions.
   */
  outlet: boolean;
}

export interface PolicyOption {
  id: string;
  kind: "policy-option";
  text: string;
  start: number;
  end: number;
  /** Name of the proposing person, or of the body that proposes; null when the outlet itself proposes. */
  proposer: string | null;
  /** Person.id of the proposer, when the proposer is a person in `people`. */
  proposerId: string | null;
  confidence: number;
  evidence: Evidence[];
}

export interface ExtractResult {
  schema: typeof RESULT_SCHEMA;
  lang: Lang;
  title: string;
  byline: string | null;
  published: string | null;
  url: string | null;
  canonicalUrl: string | null;
  /** False for home pages, search pages and other non-articles: then every list is empty. */
  isArticle: boolean;
  /** Why `isArticle` is false, in plain words; null for articles. */
  notArticleReason: string | null;
  /** The article's plain text; every offset points into it. */
  text: string;
  people: Person[];
  organisations: Organisation[];
  policyOptions: PolicyOption[];
  /**
   * Whose the text's own words are, who proposes what no one named does: "author" for a first-person post that names
   * no outlet as its source, "outlet" for a news story (voice.ts).
   */
  voice: "author" | "outlet";
}
