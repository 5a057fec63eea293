// The background's message router: validates every message (envelope, sender, data) and runs its handler
// over the store. Invalid messages get an error reply and change nothing.
import type { ArticleTransfer } from "../extract/article-transfer";
import { detectLang } from "../extract/lang";
import { runPipeline, type ArticleMeta } from "../extract/pipeline";
import type { Lang } from "../extract/types";
import type { ExtensionModels } from "./tagger-models";
import type { BackgroundProtocol, DataOf, Envelope, PanelProtocol, Reply } from "../messages/types";
import { BACKGROUND_MESSAGES } from "../messages/checks";
import { checkEnvelope } from "../messages/transport";
import type { PolicyLensDb } from "../store/db";
import { addCorrection, listCorrections } from "../store/corrections";
import { deleteNote, listNotes, saveNote, setOrphaned } from "../store/notes";
import { findPage, listPages, recordPageVisit } from "../store/pages";
import { getSetting, setSetting } from "../store/settings";
import { createLibrary, entityView, pageView, recentNotes } from "../store/library";
import { openSearchDb } from "../store/search-index";
import { libraryExportSlice } from "../store/library-export";
import { createBackupTransfer } from "./backup-transfer";
import { createLastResults } from "./last-results";

/** The parts of `runtime.MessageSender` the router trusts. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface RouterDeps {
  db: PolicyLensDb;
  extensionId: string;
  /** This extension's page origin, e.g. "chrome-extension://abc/". */
  extensionOrigin: string;
  version: string;
  now: () => number;
  /** The normalised identities of a page (its key first). */
  identities: (page: { url: string; canonicalUrl: string | null; ogUrl: string | null }) => string[];
  /** Reads a page's article from its HTML in a document of the extension's own (see read-page.ts); tests without a DOM leave it out. */
  readPage?: (html: string, url: string) => Promise<ArticleTransfer>;
  /** Called after a content script reported its page, e.g. to set the tab's badge. */
  onPageSeen?: (tabId: number, annotationCount: number) => void;
  /** Tells the side panel (if one is open) what changed in a tab; the background's word, never a page's. */
  tellPanels?: <N extends keyof PanelProtocol>(name: N, data: DataOf<N>) => void;
  /** The learned tagger's models; the rules alone without them (tests of the store and messages). */
  models?: ExtensionModels;
  /** Ids for backup transfer sessions; random UUIDs unless a test pins them. */
  newId?: () => string;
}

type Handlers = {
  [N in keyof BackgroundProtocol]: (
    data: BackgroundProtocol[N]["data"],
    sender: Sender,
  ) => Promise<BackgroundProtocol[N]["result"]>;
};

export function createRouter(deps: RouterDeps) {
  const { db } = deps;
  // The library's word index sits in a database named after the main one, so each test database has its own.
  const searchDb = openSearchDb(`${db.name}-search`);
  let library = createLibrary(db, searchDb);
  const backup = createBackupTransfer({ db, now: deps.now, newId: deps.newId ?? (() => crypto.randomUUID()) });
  // Results wait here for their page's `page/seen`, which names the page they are kept under.
  const lastResults = createLastResults();
  /** How many of a page's annotations it shows: each name once, without the ones the reader refused. */
  const countShown = async (key: string, annotations: { kind: string; name: string }[]) => {
    const refused = new Set((await listCorrections(db, key)).map((c) => `${c.kind}:${c.name}`));
    return new Set(annotations.map((a) => `${a.kind}:${a.name}`).filter((a) => !refused.has(a))).size;
  };
  /** One of the extension's own pages (popup, library, side panel), even when it is open in a tab. */
  const isExtensionPage = (sender: Sender) =>
    typeof sender.url === "string" && sender.url.startsWith(deps.extensionOrigin);
  /** The tab a content script speaks for: the browser's word for it, so a page can only speak of its own tab. */
  const tabOf = (sender: Sender) => {
    if (sender.tab?.id === undefined || isExtensionPage(sender))
      throw new Error("only a tab's content script reports its page");
    return sender.tab.id;
  };
  /** Notes changed: the panel showing that page's tab (or any, when an extension page changed them) reads them again. */
  const notesChanged = (sender: Sender) =>
    deps.tellPanels?.("panel/changed", { tabId: isExtensionPage(sender) ? null : (sender.tab?.id ?? null) });
  /** The engine on an article's text, with the tagger's model of its language once loaded. */
  const runEngine = async (text: string, lang: Lang | undefined, meta: ArticleMeta) => {
    const language = lang ?? detectLang(text);
    if (!deps.models) return runPipeline(text, language, meta);
    await deps.models.ready(language);
    return runPipeline(text, language, meta, { tagger: deps.models.lookup });
  };
  const handlers: Handlers = {
    "engine/run": async ({ text, lang, meta }, sender) => {
      const result = await runEngine(text, lang, meta);
      lastResults.remember(sender.tab?.id, meta.url, result);
      return result;
    },
    "engine/read-page": async ({ html, url }, sender) => {
      if (!deps.readPage) throw new Error("this context cannot parse pages");
      const { article, text, segments } = await deps.readPage(html, url);
      const { lang, ...meta } = article;
      const result = await runEngine(text, lang, meta);
      lastResults.remember(sender.tab?.id, url, result);
      return { result, segments };
    },
    ping: async () => ({ version: deps.version }),
    "page/hover": async ({ id }, sender) => {
      deps.tellPanels?.("panel/hover", { tabId: tabOf(sender), id });
      return null;
    },
    "page/drawn": async (_, sender) => {
      deps.tellPanels?.("panel/changed", { tabId: tabOf(sender) });
      return null;
    },
    "page/seen": async ({ page, annotations, lookup }, sender) => {
      const identities = deps.identities(page);
      if (!identities.length) throw new Error(`the page address "${page.url}" cannot identify a page`);
      // A page the reader has not read yet (nor written on) is looked up, never entered: the library holds
      // what the reader read, not every address a page's script moved through. Its result waits for the entry.
      if (lookup) {
        const key = (await findPage(db, identities))?.key ?? identities[0]!;
        if (sender.tab?.id !== undefined) deps.onPageSeen?.(sender.tab.id, await countShown(key, annotations));
        return { pageKey: key };
      }
      // The result is this page's only if the engine read it at one of the page's own addresses.
      const sameUrl = (url: string) =>
        deps.identities({ url, canonicalUrl: null, ogUrl: null }).some((i) => identities.includes(i));
      const result = lastResults.take(sender.tab?.id, sameUrl);
      const { page: rec, indexed } = await recordPageVisit(db, page, identities, annotations, deps.now(), result);
      if (sender.tab?.id !== undefined) deps.onPageSeen?.(sender.tab.id, indexed);
      return { pageKey: rec.key };
    },
    "notes/list": async ({ pageKeys }) => listNotes(db, pageKeys),
    "notes/save": async ({ note }, sender) => {
      const saved = await saveNote(db, note);
      notesChanged(sender);
      return saved;
    },
    "notes/delete": async ({ id }, sender) => {
      const deleted = await deleteNote(db, id);
      notesChanged(sender);
      return { deleted };
    },
    "notes/set-orphaned": async ({ ids, orphaned }, sender) => {
      const updated = await setOrphaned(db, ids, orphaned);
      notesChanged(sender);
      return { updated };
    },
    "corrections/list": async ({ pageKey }) => listCorrections(db, pageKey),
    "corrections/add": async ({ correction }) => addCorrection(db, correction),
    "settings/get": async ({ key }) => ({ value: await getSetting(db, key) }),
    "settings/set": async ({ key, value }) => ({ value: await setSetting(db, key, value) }),
    "pages/list": async ({ limit }) => listPages(db, limit),
    "library/search": async ({ query, limit }) => library.search(query, limit),
    "library/entity": async ({ kind, name }) => entityView(db, kind, name),
    "library/page": async ({ key }) => pageView(db, key),
    "library/notes": async ({ offset, limit }) => recentNotes(db, offset, limit),
    "library/export": async ({ after, limit, filter }) => libraryExportSlice(db, after, limit, filter),
    "backup/export-chunk": async ({ cursor }) => backup.exportChunk(cursor),
    "backup/import-begin": async ({ mode, totalChars }) => backup.beginImport(mode, totalChars),
    "backup/import-chunk": async ({ uploadId, index, text }) => backup.importChunk(uploadId, index, text),
    "backup/import-commit": async ({ uploadId }) => {
      const result = await backup.commitImport(uploadId);
      // Restored records carry their old times, which the search index's incremental sync skips: a fresh
      // library reconciles the index with every record on its first search.
      library = createLibrary(db, searchDb);
      return result;
    },
    "backup/import-abort": async ({ uploadId }) => backup.abortImport(uploadId),
  };

  /** Always resolves to a reply: a native Promise, as Chrome's message channel requires. */
  return async function handle(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    if (sender.id !== deps.extensionId) return { ok: false, error: "message from another extension or page refused" };
    const problem = checkEnvelope(message, BACKGROUND_MESSAGES);
    if (problem) return { ok: false, error: `invalid message: ${problem}` };
    const { name, data } = message as Envelope<keyof BackgroundProtocol>;
    if (BACKGROUND_MESSAGES[name].from === "extension-page" && !isExtensionPage(sender))
      return { ok: false, error: `"${name}" may only be sent from the extension's own pages` };
    try {
      const handler = handlers[name] as (d: unknown, s: Sender) => Promise<unknown>;
      return { ok: true, result: await handler(data, sender) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
