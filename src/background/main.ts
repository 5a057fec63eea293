// Service-worker entry: connects the router, the badge and the commands to the browser. No logic lives here.
import browser, { type Runtime } from "webextension-polyfill";
import { pageIdentities } from "../page/normalise-url";
import { envelope, tellPanels } from "../messages/transport";
import { collectPageParts, READ_PAGE_PORT } from "../messages/page-stream";
import { openDb } from "../store/db";
import { createRouter } from "./router";
import { registerCommands } from "./commands";
import { readPageHtml } from "./read-page";
import { extensionModels } from "./tagger-models";
import { watchExtraSites } from "./extra-sites";

const db = openDb();

const handle = createRouter({
  db,
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(""),
  version: browser.runtime.getManifest().version,
  now: Date.now,
  readPage: readPageHtml,
  models: extensionModels({ fileUrl: (path) => browser.runtime.getURL(path) }),
  identities: (p) => pageIdentities({ url: p.url, canonical: p.canonicalUrl, ogUrl: p.ogUrl }),
  onPageSeen: (tabId, count) => {
    void browser.action.setBadgeText({ tabId, text: count ? String(count) : "" });
    void browser.action.setBadgeBackgroundColor({ tabId, color: "#2c3e50" });
  },
  tellPanels: (name, data) => tellPanels(browser.runtime, name, data),
});

// The listener returns the router's native Promise: Chrome drops replies that are other thenables (Dexie's).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message, sender));
// Pages arrive in parts over a port; once whole, they go through the router like any message.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== READ_PAGE_PORT || port.sender?.id !== browser.runtime.id) return port.disconnect();
  collectPageParts(port, (html, url) => handle(envelope("engine/read-page", { html, url }), port.sender!));
});

registerCommands();
watchExtraSites();
