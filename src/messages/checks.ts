// The protocol's runtime checks: one declaration per message, which the receiver runs on `data` before it acts
// (a page is hostile ground). Each message's `data` type in ./types.ts is inferred from its check here, so the
// two cannot disagree; shapes declared elsewhere (records, the engine's metadata, the library's selection) are
// checked as `Check<ThatType>`, which compiles only while check and type agree both ways (../check.ts).
import { type AnyCheck, type Check, refine } from "../check";
import type { ArticleMeta } from "../extract/pipeline";
import type { AnnotationKind, Lang } from "../extract/types";
import type { AnnotationSummary, CorrectionRecord, NoteRecord, PageInfo } from "../records/types";
import type { LibraryExportFilter } from "../records/views";
import { arr, bool, byKey, int, json, nullable, obj, oneOf, optional, type OptionalCheck, str } from "../validate";
import { LIMITS } from "../limits";
import { notePositionProblem } from "../records/note-position";

const KINDS = ["expert", "organisation", "policy-option"] as const;
const LANGS = ["ru", "en", "kk", "other"] as const;
const kind: Check<AnnotationKind> = oneOf(...KINDS);
const lang: Check<Lang> = oneOf(...LANGS);
const empty = obj({});
const pageInfo: Check<PageInfo> = obj({
  url: str(LIMITS.url, 1),
  canonicalUrl: nullable(str(LIMITS.url)),
  ogUrl: nullable(str(LIMITS.url)),
  title: str(LIMITS.title),
  lang,
});
const id = str(LIMITS.id, 1);
/** A browser's tab id (Chromium's and Firefox's are non-negative integers). */
const tabId = int(0, Number.MAX_SAFE_INTEGER);
const offset = int(0, LIMITS.textOffset);
const noteRecord: Check<NoteRecord> = obj({
  id,
  pageKey: str(LIMITS.url, 1),
  selectors: refine(
    obj({
      quote: obj({
        type: oneOf("TextQuoteSelector"),
        exact: str(LIMITS.quote, 1),
        prefix: str(LIMITS.affix),
        suffix: str(LIMITS.affix),
      }),
      position: obj({ type: oneOf("TextPositionSelector"), start: offset, end: offset }),
    }),
    notePositionProblem,
  ),
  scope: oneOf("article", "body"),
  text: str(LIMITS.noteText),
  tags: arr(str(LIMITS.tag, 1), LIMITS.tags),
  color: str(30, 1),
  annotationId: nullable(id),
  orphaned: bool(),
  createdAt: int(0, Number.MAX_SAFE_INTEGER),
  updatedAt: int(0, Number.MAX_SAFE_INTEGER),
});
const correctionRecord: Check<CorrectionRecord> = obj({
  id: str(LIMITS.url + LIMITS.quote, 1),
  pageKey: str(LIMITS.url, 1),
  kind,
  name: str(LIMITS.quote, 1),
  verdict: oneOf("not-expert", "wrong"),
  createdAt: int(0, Number.MAX_SAFE_INTEGER),
});
const annotationSummary: Check<AnnotationSummary> = obj({
  id,
  kind,
  name: str(LIMITS.name, 1),
  role: nullable(str(LIMITS.name)),
  mentionCount: int(0, 1_000_000),
});
const articleMeta: Check<ArticleMeta> = obj({
  title: str(LIMITS.title),
  byline: nullable(str(LIMITS.title)),
  published: nullable(str(LIMITS.name)),
  url: nullable(str(LIMITS.url)),
  canonicalUrl: nullable(str(LIMITS.url)),
  isArticle: bool(),
  notArticleReason: nullable(str(LIMITS.title)),
});
const kindFlags = obj(
  Object.fromEntries(KINDS.map((k) => [k, optional(bool())])) as Record<AnnotationKind, OptionalCheck<boolean>>,
);

const storedKey = str(LIMITS.storedKey, 1);
/** A library export's selection: exactly one of its two shapes. */
const exportFilter: Check<LibraryExportFilter> = byKey(
  "entity",
  obj({ entity: obj({ kind: nullable(kind), name: str(LIMITS.name, 1) }) }),
  obj({ pageKeys: arr(storedKey, LIMITS.pageKeys) }),
);

/** Who may send a message: "content" means any extension context, content scripts included. */
type Origin = "content" | "extension-page";

/** The background's messages: each one's check of `data`, and who may send it. */
export const BACKGROUND_MESSAGES = {
  "engine/run": { check: obj({ text: str(LIMITS.articleText), lang, meta: articleMeta }), from: "content" },
  "engine/read-page": { check: obj({ html: str(LIMITS.pageHtml, 1), url: str(LIMITS.url, 1) }), from: "content" },
  ping: { check: empty, from: "content" },
  // The side panel's live view: the sender's tab is the one they are about (a page cannot name another tab).
  "page/hover": { check: obj({ id: nullable(id) }), from: "content" },
  "page/drawn": { check: empty, from: "content" },
  "page/seen": {
    // `lookup`: only find the page's key (and set the badge); the library is changed only without it.
    check: obj({ page: pageInfo, annotations: arr(annotationSummary, LIMITS.annotations), lookup: optional(bool()) }),
    from: "content",
  },
  "notes/list": { check: obj({ pageKeys: arr(str(LIMITS.url, 1), LIMITS.pageKeys) }), from: "content" },
  "notes/save": { check: obj({ note: noteRecord }), from: "content" },
  "notes/delete": { check: obj({ id }), from: "content" },
  "notes/set-orphaned": { check: obj({ ids: arr(id, LIMITS.annotations), orphaned: bool() }), from: "content" },
  "corrections/list": { check: obj({ pageKey: str(LIMITS.url, 1) }), from: "content" },
  "corrections/add": { check: obj({ correction: correctionRecord }), from: "content" },
  "settings/get": { check: obj({ key: str(LIMITS.name, 1) }), from: "content" },
  "settings/set": {
    check: obj({ key: str(LIMITS.name, 1), value: json(LIMITS.settingValue) }),
    from: "extension-page",
  },
  "pages/list": { check: obj({ limit: int(1, 100_000) }), from: "extension-page" },
  "library/search": { check: obj({ query: str(LIMITS.name), limit: int(1, 1000) }), from: "extension-page" },
  "library/entity": { check: obj({ kind: nullable(kind), name: str(LIMITS.name, 1) }), from: "extension-page" },
  "library/page": { check: obj({ key: str(LIMITS.url, 1) }), from: "extension-page" },
  "library/notes": { check: obj({ offset: int(0, 10_000_000), limit: int(1, 10_000) }), from: "extension-page" },
  "library/export": {
    check: obj({ after: nullable(storedKey), limit: int(1, 1000), filter: optional(exportFilter) }),
    from: "extension-page",
  },
  "backup/export-chunk": { check: obj({ cursor: nullable(str(LIMITS.sessionId, 1)) }), from: "extension-page" },
  "backup/import-begin": {
    check: obj({ mode: oneOf("replace", "merge"), totalChars: int(1, LIMITS.backupChars) }),
    from: "extension-page",
  },
  "backup/import-chunk": {
    check: obj({
      uploadId: str(LIMITS.sessionId, 1),
      index: int(0, LIMITS.backupChars),
      text: str(LIMITS.backupChunk, 1),
    }),
    from: "extension-page",
  },
  "backup/import-commit": { check: obj({ uploadId: str(LIMITS.sessionId, 1) }), from: "extension-page" },
  "backup/import-abort": { check: obj({ uploadId: str(LIMITS.sessionId, 1) }), from: "extension-page" },
} as const satisfies Record<string, { check: AnyCheck; from: Origin }>;

/** The content script's messages: each one's check of `data` (any extension context may send them). */
export const TAB_MESSAGES = {
  "tab/state": empty,
  "tab/scroll-to": obj({ id }),
  "tab/display": obj({ visible: optional(bool()), kinds: optional(kindFlags) }),
  "tab/add-note": empty,
  "tab/run": empty,
} as const satisfies Record<string, AnyCheck>;

/** The side panel's messages: each one's check of `data`. Only the background sends them (checked on receipt). */
export const PANEL_MESSAGES = {
  "panel/hover": obj({ tabId, id: nullable(id) }),
  "panel/changed": obj({ tabId: nullable(tabId) }),
} as const satisfies Record<string, AnyCheck>;
