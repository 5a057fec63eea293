// Sites the reader added get the content script automatically too: whenever the set of granted optional
// host permissions changes (or the worker starts), the dynamic content script is registered for exactly
// those origins. The manifest's own news sites are left to its static content script.
import browser from "webextension-polyfill";
import { CONTENT_SCRIPT } from "../tabs/ensure-content-script";

const SCRIPT_ID = "policylens-extra-sites";

export async function syncExtraSites(): Promise<void> {
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  const extra = origins.filter((o) => !builtIn.has(o) && o !== "*://*/*" && o !== "<all_urls>");
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!extra.length) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: extra, js: [CONTENT_SCRIPT], runAt: "document_idle", persistAcrossSessions: true },
  ]);
}

export function watchExtraSites(): void {
  const sync = () => void syncExtraSites().catch((e: unknown) => console.warn("PolicyLens: registering added sites failed:", e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
