// The records the database holds, and the page shapes it builds them from. Plain data: they cross contexts in
// messages and leave in backups. Shared by store/, export/, the protocol and the popup, which is why it sits
// apart from all of them (store/ uses export/'s backup format; neither may need the other for these shapes).
// Their checks: ./checks.ts (a backup file's records) and ../messages/checks.ts (records sent by a page).
import type { NoteSelectors } from "../anchor/selectors";
import type {
  AnnotationKind,
  ExtractResult,
  Lang,
  Mention,
  Organisation,
  Person,
  PolicyOption,
} from "../extract/types";

/** The newest schema version of the database (../store/db.ts declares its versions); backups carry it. */
export const SCHEMA_VERSION = 4;

/** What a content script knows of its page's identity. */
export interface PageInfo {
  url: string;
  canonicalUrl: string | null;
  ogUrl: string | null;
  title: string;
  lang: Lang;
}

/** One entity or option on the page, as the background indexes it for the library. */
export interface AnnotationSummary {
  id: string;
  kind: AnnotationKind;
  name: string;
  role: string | null;
  mentionCount: number;
}

/** One article, keyed by its normalised URL. */
export interface PageRecord {
  /** Normalised URL (no tracking parameters, no fragment): the page's identity. */
  key: string;
  url: string;
  canonicalUrl: string | null;
  /** Other normalised URLs seen for the same article (canonical, og:url, AMP). */
  aliases: string[];
  title: string;
  lang: Lang;
  firstSeen: number;
  lastSeen: number;
}

/** What the text selectors are relative to: the article's text, or the whole body when the reader selected outside it. */
export type NoteScope = "article" | "body";

export interface NoteRecord {
  /** A UUID; exported as `urn:uuid:<id>`. */
  id: string;
  pageKey: string;
  selectors: NoteSelectors;
  scope: NoteScope;
  /** The reader's text, plain or Markdown; empty for a bare highlight. */
  text: string;
  tags: string[];
  /** A CSS colour name or #rrggbb. */
  color: string;
  /** The automatic annotation (entity or option id) this note is attached to, if any. */
  annotationId: string | null;
  /** True when the quote could not be found on the last visit. Orphans are kept, never dropped. */
  orphaned: boolean;
  createdAt: number;
  updatedAt: number;
}

/** One entity or option seen on a page: the reader's index of who says what across the news. */
export interface EntityRecord {
  /** `${pageKey}#${kind}:${name}` */
  id: string;
  pageKey: string;
  kind: AnnotationKind;
  name: string;
  role: string | null;
  mentionCount: number;
  seenAt: number;
}

/** The reader's verdict on an automatic annotation ("Not an expert / wrong"), respected on later visits. */
export interface CorrectionRecord {
  /** `${pageKey}#${kind}:${name}`, or `*#${kind}:${name}` for every page. */
  id: string;
  pageKey: string;
  kind: AnnotationKind;
  name: string;
  verdict: "not-expert" | "wrong";
  createdAt: number;
}

/**
 * The engine's result for a page, cut to what the exporters read: experts, organisations and policy options
 * with their offsets, and the article text, which the exporters need for each quote's prefix and suffix.
 */
export interface ResultRecord {
  pageKey: string;
  /** The article's plain text; every offset points into it. */
  text: string;
  published: string | null;
  experts: (Pick<Person, "id" | "name" | "role" | "roles" | "affiliation" | "confidence"> & { mentions: Mention[] })[];
  organisations: (Pick<Organisation, "id" | "name" | "outlet" | "confidence"> & { mentions: Mention[] })[];
  policyOptions: Pick<PolicyOption, "id" | "text" | "start" | "end" | "proposer" | "proposerId" | "confidence">[];
  /** Whose the text's own words are (the author's post or the outlet's story): who proposes what no one named. */
  voice: ExtractResult["voice"];
  /** When the engine produced it: a merge import keeps the newer analysis. */
  analysedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
