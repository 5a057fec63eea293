// The protocol: every message between the popup, the background and the content script, declared once.
// Requests go in an envelope `{ channel, name, data }`; replies are `{ ok: true, result }` or `{ ok: false, error }`.
// The receiving side validates `data` with the checks below before it acts: a page is hostile ground.
// Transport is passed in (a `runtime`/`tabs` object), so this module stays pure and testable.
import type { SegmentRef } from "./extract/article-transfer";
import type { ArticleMeta } from "./extract/pipeline";
import type { AnnotationKind, ExtractResult, Lang } from "./extract/types";
import type { CorrectionRecord, NoteRecord, PageRecord } from "./store/records";
import type { EntityView, LibrarySearchResult, PageView } from "./store/library";
import type { ImportCounts } from "./export/backup";
import type { LibraryExportFilter, LibraryExportSlice } from "./store/library-export";
import { arr, bool, type Check, int, json, nullable, obj, oneOf, optional, str } from "./validate";

/** Marks our envelopes, so stray messages from other code are told apart. */
export const CHANNEL = "policylens/1";

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

/** What the content script of a tab reports to the popup. */
export interface TabState {
  page: PageInfo;
  pageKey: string | null;
  result: ExtractResult | null;
  /** Why there are no automatic annotations, when there are none (not an article, not yet run). */
  status: "annotated" | "not-article" | "not-run" | "error";
  message: string | null;
  highlightsVisible: boolean;
  kinds: Record<AnnotationKind, boolean>;
  /** Ids of notes that could not be placed on the page (orphans). */
  orphanIds: string[];
  /** When the content script started and first drew its highlights, in the page's performance.now() clock (for the page benchmark). */
  timing?: { startedAt: number; paintedAt: number | null };
  /** Where the article was read: in the extension's own document (off the page's thread) or, as a fallback, on the page. */
  articleReader?: "extension" | "page";
}

/** Messages the background answers. `from` says who may send it: content scripts run inside hostile pages. */
export interface BackgroundProtocol {
  /**
   * Runs the engine's text stages on an article's text. The content script reads the article from the DOM
   * and hands the text over, so the engine's work never blocks the page's main thread.
   */
  "engine/run": { data: { text: string; lang: Lang; meta: ArticleMeta }; result: ExtractResult };
  /**
   * Reads the article of a page's HTML (Readability, in a document of the extension's own) and runs the
   * engine on it: the page's main thread only serialises itself. Segments name the page's text nodes.
   */
  "engine/read-page": { data: { html: string; url: string }; result: { result: ExtractResult; segments: SegmentRef[] } };
  /** Liveness check; answers with the extension's version. */
  ping: { data: Record<string, never>; result: { version: string } };
  /** The content script annotated its page: store the page and its entities, set the badge. */
  "page/seen": { data: { page: PageInfo; annotations: AnnotationSummary[] }; result: { pageKey: string } };
  /** Notes of the pages with these keys. */
  "notes/list": { data: { pageKeys: string[] }; result: NoteRecord[] };
  /** Create or update a note (last write wins per note by `updatedAt`). */
  "notes/save": { data: { note: NoteRecord }; result: NoteRecord };
  /** Delete a note; the deleted record comes back so it can be restored (undo). */
  "notes/delete": { data: { id: string }; result: { deleted: NoteRecord | null } };
  /** Mark notes as orphaned or placed after re-anchoring. */
  "notes/set-orphaned": { data: { ids: string[]; orphaned: boolean }; result: { updated: number } };
  /** The reader's corrections that apply to a page (its own and the ones filed for every page). */
  "corrections/list": { data: { pageKey: string }; result: CorrectionRecord[] };
  /** File the reader's "Not an expert / wrong" on an annotation; it is respected on later visits. */
  "corrections/add": { data: { correction: CorrectionRecord }; result: CorrectionRecord };
  /** Read a setting. */
  "settings/get": { data: { key: string }; result: { value: unknown } };
  /** Write a setting (extension pages only). */
  "settings/set": { data: { key: string; value: unknown }; result: { value: unknown } };
  /** Every page known, newest first. */
  "pages/list": { data: { limit: number }; result: PageRecord[] };
  /** Library search over titles, entity names, quotes, note text and tags (word prefixes, all must match); "" only updates the index. */
  "library/search": { data: { query: string; limit: number }; result: LibrarySearchResult };
  /** Every article where an entity appears, newest first; `kind` null for any kind. */
  "library/entity": { data: { kind: AnnotationKind | null; name: string }; result: EntityView };
  /** One page of the library with its entities and notes. */
  "library/page": { data: { key: string }; result: PageView };
  /** Every note, newest-edited first, a slice at a time. */
  "library/notes": { data: { offset: number; limit: number }; result: NoteRecord[] };
  /**
   * A slice of the whole library for export (pages with their notes, stored entities and kept results), by
   * page key; with `filter`, of a selection only (listed pages, or an entity's pages).
   */
  "library/export": { data: { after: string | null; limit: number; filter?: LibraryExportFilter }; result: LibraryExportSlice };
  /** The next page of a full backup file; `cursor` null starts one. Concatenate the chunks until `next` is null. */
  "backup/export-chunk": { data: { cursor: string | null }; result: { chunk: string; next: string | null } };
  /** Starts restoring a backup of `totalChars` characters, sent in chunks (a message's size is capped). */
  "backup/import-begin": { data: { mode: "replace" | "merge"; totalChars: number }; result: { uploadId: string } };
  /** One chunk of the file, in order from 0. */
  "backup/import-chunk": { data: { uploadId: string; index: number; text: string }; result: { received: number } };
  /** Validates the whole file and restores it in one transaction; a bad file is refused and nothing changes. */
  "backup/import-commit": { data: { uploadId: string }; result: { counts: ImportCounts } };
  /** Drops an unfinished upload. */
  "backup/import-abort": { data: { uploadId: string }; result: { aborted: boolean } };
}

/** Messages a tab's content script answers (sent by the popup or the background). */
export interface TabProtocol {
  /** The page's identity, annotations and display state. */
  "tab/state": { data: Record<string, never>; result: TabState };
  /** Scroll to an annotation or note and flash it. */
  "tab/scroll-to": { data: { id: string }; result: { found: boolean } };
  /** Show or hide all highlights, or set which kinds are shown; with neither field it toggles visibility. */
  "tab/display": { data: { visible?: boolean; kinds?: Partial<Record<AnnotationKind, boolean>> }; result: { visible: boolean } };
  /** Open the note editor on the reader's selection (context menu, shortcut). */
  "tab/add-note": { data: Record<string, never>; result: { created: boolean } };
  /** Run the engine now (toolbar click or shortcut on a site that is not annotated automatically). */
  "tab/run": { data: Record<string, never>; result: { status: TabState["status"] } };
}

type Protocol = BackgroundProtocol & TabProtocol;
export type MessageName = keyof Protocol;
export type DataOf<N extends MessageName> = Protocol[N]["data"];
export type ResultOf<N extends MessageName> = Protocol[N]["result"];

export interface Envelope<N extends MessageName = MessageName> {
  channel: typeof CHANNEL;
  name: N;
  data: DataOf<N>;
}
export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };

// --- validation ------------------------------------------------------------------------------

/** Size limits: far above any real page, low enough that a hostile page cannot flood the database. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  name: 300,
  id: 200,
  noteText: 100_000,
  quote: 10_000,
  affix: 200,
  tags: 50,
  tag: 100,
  annotations: 5000,
  pageKeys: 1000,
  textOffset: 50_000_000,
  settingValue: 100_000,
  /** Longer than any article (War and Peace is about 3.2 million characters). */
  articleText: 4_000_000,
  /** A page's serialised HTML: news pages run to a few MB; under Chrome's 64 MiB message cap. */
  pageHtml: 30_000_000,
  /** A backup file: under V8's longest string (~536 million characters), which joining the chunks must make. */
  backupChars: 500_000_000,
  /**
   * One chunk of a backup upload. Posting a message holds the sending page while it is copied: a profile of a
   * 10,000-note restore in Chromium had 4,000,000-character chunks blocking the library page for 300–540 ms each.
   */
  backupChunk: 200_000,
  /** A stored page key: restored backups may hold keys up to the backup format's limit, longer than a URL. */
  storedKey: 65_536,
  /** Upload and export session ids, which the background makes. */
  sessionId: 100,
} as const;

const KINDS = ["expert", "organisation", "policy-option"] as const;
const LANGS = ["ru", "en", "kk", "other"] as const;
const empty = obj({});
const pageInfo = obj({
  url: str(LIMITS.url, 1),
  canonicalUrl: nullable(str(LIMITS.url)),
  ogUrl: nullable(str(LIMITS.url)),
  title: str(LIMITS.title),
  lang: oneOf(...LANGS),
});
const id = str(LIMITS.id, 1);
const offset = int(0, LIMITS.textOffset);
const note = obj({
  id,
  pageKey: str(LIMITS.url, 1),
  selectors: obj({
    quote: obj({
      type: oneOf("TextQuoteSelector"),
      exact: str(LIMITS.quote, 1),
      prefix: str(LIMITS.affix),
      suffix: str(LIMITS.affix),
    }),
    position: obj({ type: oneOf("TextPositionSelector"), start: offset, end: offset }),
  }),
  scope: oneOf("article", "body"),
  text: str(LIMITS.noteText),
  tags: arr(str(LIMITS.tag, 1), LIMITS.tags),
  color: str(30, 1),
  annotationId: nullable(id),
  orphaned: bool(),
  createdAt: int(0, Number.MAX_SAFE_INTEGER),
  updatedAt: int(0, Number.MAX_SAFE_INTEGER),
});
const kindFlags = obj(Object.fromEntries(KINDS.map((k) => [k, optional(bool())])));

const storedKey = str(LIMITS.storedKey, 1);
const exportByPages = obj({ pageKeys: arr(storedKey, LIMITS.pageKeys) });
const exportByEntity = obj({ entity: obj({ kind: nullable(oneOf(...KINDS)), name: str(LIMITS.name, 1) }) });
/** A library export's selection: exactly one of its two shapes. */
const exportFilter: Check = (v, path) => {
  const hasEntity = typeof v === "object" && v !== null && Object.hasOwn(v, "entity");
  return (hasEntity ? exportByEntity : exportByPages)(v, path);
};

/** Who may send a message: "content" means any extension context, content scripts included. */
type Origin = "content" | "extension-page";

export const BACKGROUND_MESSAGES: Record<keyof BackgroundProtocol, { check: Check; from: Origin }> = {
  "engine/run": {
    check: obj({
      text: str(LIMITS.articleText),
      lang: oneOf(...LANGS),
      meta: obj({
        title: str(LIMITS.title),
        byline: nullable(str(LIMITS.title)),
        published: nullable(str(LIMITS.name)),
        url: nullable(str(LIMITS.url)),
        canonicalUrl: nullable(str(LIMITS.url)),
        isArticle: bool(),
        notArticleReason: nullable(str(LIMITS.title)),
      }),
    }),
    from: "content",
  },
  "engine/read-page": { check: obj({ html: str(LIMITS.pageHtml, 1), url: str(LIMITS.url, 1) }), from: "content" },
  ping: { check: empty, from: "content" },
  "page/seen": {
    check: obj({
      page: pageInfo,
      annotations: arr(
        obj({ id, kind: oneOf(...KINDS), name: str(LIMITS.name, 1), role: nullable(str(LIMITS.name)), mentionCount: int(0, 1_000_000) }),
        LIMITS.annotations,
      ),
    }),
    from: "content",
  },
  "notes/list": { check: obj({ pageKeys: arr(str(LIMITS.url, 1), LIMITS.pageKeys) }), from: "content" },
  "notes/save": { check: obj({ note }), from: "content" },
  "notes/delete": { check: obj({ id }), from: "content" },
  "notes/set-orphaned": { check: obj({ ids: arr(id, LIMITS.annotations), orphaned: bool() }), from: "content" },
  "corrections/list": { check: obj({ pageKey: str(LIMITS.url, 1) }), from: "content" },
  "corrections/add": {
    check: obj({
      correction: obj({
        id: str(LIMITS.url + LIMITS.quote, 1),
        pageKey: str(LIMITS.url, 1),
        kind: oneOf(...KINDS),
        name: str(LIMITS.quote, 1),
        verdict: oneOf("not-expert", "wrong"),
        createdAt: int(0, Number.MAX_SAFE_INTEGER),
      }),
    }),
    from: "content",
  },
  "settings/get": { check: obj({ key: str(LIMITS.name, 1) }), from: "content" },
  "settings/set": { check: obj({ key: str(LIMITS.name, 1), value: json(LIMITS.settingValue) }), from: "extension-page" },
  "pages/list": { check: obj({ limit: int(1, 100_000) }), from: "extension-page" },
  "library/search": { check: obj({ query: str(LIMITS.name), limit: int(1, 1000) }), from: "extension-page" },
  "library/entity": { check: obj({ kind: nullable(oneOf(...KINDS)), name: str(LIMITS.name, 1) }), from: "extension-page" },
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
    check: obj({ uploadId: str(LIMITS.sessionId, 1), index: int(0, LIMITS.backupChars), text: str(LIMITS.backupChunk, 1) }),
    from: "extension-page",
  },
  "backup/import-commit": { check: obj({ uploadId: str(LIMITS.sessionId, 1) }), from: "extension-page" },
  "backup/import-abort": { check: obj({ uploadId: str(LIMITS.sessionId, 1) }), from: "extension-page" },
};

export const TAB_MESSAGES: Record<keyof TabProtocol, Check> = {
  "tab/state": empty,
  "tab/scroll-to": obj({ id }),
  "tab/display": obj({ visible: optional(bool()), kinds: optional(kindFlags) }),
  "tab/add-note": empty,
  "tab/run": empty,
};

/** Checks an incoming value is one of our envelopes with valid data; returns the error or null. */
export function checkEnvelope(value: unknown, table: Record<string, Check | { check: Check }>): string | null {
  if (typeof value !== "object" || value === null) return "message must be an object";
  const m = value as Partial<Envelope>;
  if (m.channel !== CHANNEL) return "not a PolicyLens message";
  if (typeof m.name !== "string" || !Object.hasOwn(table, m.name)) return `unknown message "${String(m.name)}"`;
  const entry = table[m.name]!;
  return (typeof entry === "function" ? entry : entry.check)(m.data, m.name);
}

// --- sending ---------------------------------------------------------------------------------

export function envelope<N extends MessageName>(name: N, data: DataOf<N>): Envelope<N> {
  return { channel: CHANNEL, name, data };
}

/** Unwraps a reply; an error reply or a missing one (the receiver did not answer) throws with its message. */
export function unwrap<R>(reply: unknown, name: string): R {
  if (typeof reply !== "object" || reply === null || !("ok" in reply)) throw new Error(`No answer to "${name}"`);
  const r = reply as Reply<R>;
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

export interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}
/** A content script's runtime: messages, and ports for what is too big for one message. */
export interface ContentRuntime extends Runtime {
  connect(info: { name: string }): PortLike;
}
export interface Tabs {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export async function callBackground<N extends keyof BackgroundProtocol>(
  runtime: Runtime,
  name: N,
  data: DataOf<N>,
): Promise<ResultOf<N>> {
  return unwrap<ResultOf<N>>(await runtime.sendMessage(envelope(name, data)), name);
}

export async function callTab<N extends keyof TabProtocol>(
  tabs: Tabs,
  tabId: number,
  name: N,
  data: DataOf<N>,
): Promise<ResultOf<N>> {
  return unwrap<ResultOf<N>>(await tabs.sendMessage(tabId, envelope(name, data)), name);
}

// --- a page's HTML, in parts --------------------------------------------------------------------

/**
 * A whole page is too big to send in one message without blocking the page while it is copied, so the
 * content script streams it over a port in parts and gets `engine/read-page`'s reply back on the port.
 */
export const READ_PAGE_PORT = "policylens/read-page";
/** Characters per part: a trace showed 200,000 cost up to 29 ms of the page's time to post; a quarter of that stays small. */
export const PAGE_PART_CHARS = 50_000;

export type PagePart = { channel: typeof CHANNEL; part: string } | { channel: typeof CHANNEL; end: true; url: string };

export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** Sends `html` in parts (pausing between them) and resolves to the background's `engine/read-page` result. */
export function readPageOverPort(
  port: PortLike,
  html: string,
  url: string,
  pause: () => Promise<void>,
): Promise<ResultOf<"engine/read-page">> {
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((reply) => {
      port.disconnect();
      try {
        resolve(unwrap<ResultOf<"engine/read-page">>(reply, "engine/read-page"));
      } catch (e) {
        reject(e);
      }
    });
    port.onDisconnect.addListener(() => reject(new Error("the background closed the page reader")));
    void (async () => {
      for (let i = 0; i < html.length; i += PAGE_PART_CHARS) {
        port.postMessage({ channel: CHANNEL, part: html.slice(i, i + PAGE_PART_CHARS) } satisfies PagePart);
        await pause();
      }
      port.postMessage({ channel: CHANNEL, end: true, url } satisfies PagePart);
    })().catch(reject);
  });
}

/** The background's side: collects the parts of one page, within the size limit, then hands the page on. */
export function collectPageParts(port: PortLike, done: (html: string, url: string) => Promise<Reply<unknown>>): void {
  const parts: string[] = [];
  let size = 0;
  port.onMessage.addListener((message) => {
    const m = message as Partial<{ channel: string; part: unknown; end: unknown; url: unknown }> | null;
    const fail = (error: string) => {
      port.postMessage({ ok: false, error } satisfies Reply<never>);
      port.disconnect();
    };
    if (m?.channel !== CHANNEL) return fail("not a PolicyLens message");
    if (typeof m.part === "string") {
      size += m.part.length;
      if (m.part.length > PAGE_PART_CHARS || size > LIMITS.pageHtml) return fail(`the page is too large (over ${LIMITS.pageHtml} characters)`);
      parts.push(m.part);
      return;
    }
    if (m.end === true && typeof m.url === "string") {
      void done(parts.join(""), m.url).then((reply) => port.postMessage(reply), (e: unknown) => fail(String(e)));
      return;
    }
    fail("invalid page part");
  });
}
