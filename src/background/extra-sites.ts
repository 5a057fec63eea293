// Sites the reader added get the content script automatically too: whenever the set of granted optional
// host permissions changes (or the browser starts), the dynamic content script is registered for exactly
// those origins. The manifest's own news sites are left to its static content script.
import browser from "webextension-polyfill";
import { CONTENT_SCRIPT } from "../tabs/ensure-content-script";

const SCRIPT_ID = "policylens-extra-sites";
/** Grants that cover every site: never registered as "added sites" (the reader adds sites one by one). */
const ALL_SITES = new Set(["*://*/*", "<all_urls>"]);

interface Registration {
  id: string;
  matches: string[];
  js: string[];
  runAt: "document_idle";
  persistAcrossSessions: boolean;
}

export interface ExtraSitesDeps {
  /** The manifest's host_permissions: the sites the static content script already covers. */
  builtIn: readonly string[];
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    registerContentScripts(scripts: Registration[]): Promise<void>;
  };
}

/** The granted origins the reader added: neither a manifest site nor an all-sites grant. */
export function extraOrigins(granted: readonly string[], builtIn: readonly string[]): string[] {
  const known = new Set(builtIn);
  return granted.filter((o) => !known.has(o) && !ALL_SITES.has(o));
}

export async function syncExtraSites({ builtIn, permissions, scripting }: ExtraSitesDeps): Promise<void> {
  const { origins = [] } = await permissions.getAll();
  const extra = extraOrigins(origins, builtIn);
  const registered = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!extra.length) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: extra, js: [CONTENT_SCRIPT], runAt: "document_idle", persistAcrossSessions: true },
  ]);
}

/**
 * Runs the syncs one after another: two grants in quick succession (or a grant and a removal) would
 * otherwise interleave, and the second registration of the same id fails ("duplicate script id").
 */
export function serialSync(sync: () => Promise<void>, onError: (e: unknown) => void): () => Promise<void> {
  let last = Promise.resolve();
  return () => (last = last.then(sync).catch(onError));
}

export function watchExtraSites(): void {
  const deps: ExtraSitesDeps = {
    builtIn: browser.runtime.getManifest().host_permissions ?? [],
    permissions: browser.permissions,
    scripting: browser.scripting,
  };
  const sync = serialSync(
    () => syncExtraSites(deps),
    (e) => console.warn("PolicyLens: registering added sites failed:", e),
  );
  const run = () => void sync();
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
}
