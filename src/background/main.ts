// Service-worker entry: connects the router, the badge and the commands to the browser. No logic lives here.
import browser, { type Runtime } from "webextension-polyfill";
import { pageIdentities } from "../page/normalise-url";
import { tellPanels } from "../messages/transport";
import { CHANNEL } from "../messages/types";
import { LIMITS } from "../limits";
import { collectParts, MESSAGE_PORT, parseMessage, READ_PAGE_PORT } from "../messages/in-parts";
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
// Pages, and messages too big for one send, arrive in parts over a port; once whole, they go through the
// router like any message, checked there.
browser.runtime.onConnect.addListener((port) => {
  const sender = port.sender;
  if (sender?.id !== browser.runtime.id) return port.disconnect();
  if (port.name === READ_PAGE_PORT)
    return collectParts(port, LIMITS.pageHtml, (html, url) =>
      handle({ channel: CHANNEL, name: "engine/read-page", data: { html, url } }, sender),
    );
  if (port.name === MESSAGE_PORT)
    return collectParts(port, LIMITS.pageHtml, (json) => handle(parseMessage(json), sender));
  port.disconnect();
});

registerCommands();
watchExtraSites();
