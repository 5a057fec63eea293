// Side-panel entry (Chromium's side panel, Firefox's sidebar, or this page in a tab with `?tabId=<n>`): finds
// the panel's window and first tab, and connects the browser's tab events and the background's messages to it.
import { render } from "preact";
import browser, { type Runtime, type Tabs } from "webextension-polyfill";
import { readPanelMessage } from "../src/messages/transport";
import { browserPopupApi } from "./browser-api";
import { setMessageSource } from "./i18n";
import { panelEventOf, type PanelEvent } from "./panel-state";
import { SidePanel } from "./SidePanel";

setMessageSource((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = browser.i18n.getUILanguage();

// Undefined in a real side panel or sidebar; a tab when the page is opened in one (then it never describes itself).
const own = await browser.tabs.getCurrent();
const windowId = own?.windowId ?? (await browser.windows.getCurrent()).id ?? null;
const fromQuery = new URLSearchParams(location.search).get("tabId");
const [active] = windowId === null ? [] : await browser.tabs.query({ active: true, windowId });
const tabId = fromQuery && /^\d+$/.test(fromQuery) ? Number(fromQuery) : active?.id !== own?.id ? active?.id : null;

function subscribe(push: (event: PanelEvent) => void): () => void {
  const activated = ({ tabId, windowId }: Tabs.OnActivatedActiveInfoType) =>
    push({ type: "activated", tabId, windowId });
  const updated = (tabId: number, { status }: Tabs.OnUpdatedChangeInfoType) => push({ type: "updated", tabId, status });
  // Returns nothing, so the panel never answers a message: the popup's requests to the background pass by here too.
  const message = (value: unknown, sender: Runtime.MessageSender) => {
    const checked = readPanelMessage(value, sender, browser.runtime.id);
    if (checked) push(panelEventOf(checked));
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.runtime.onMessage.addListener(message);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.runtime.onMessage.removeListener(message);
  };
}

render(
  <SidePanel
    initial={{ windowId, ownTabId: own?.id ?? null, tabId: tabId ?? null, revision: 0, hovered: null }}
    apiFor={browserPopupApi}
    subscribe={subscribe}
  />,
  document.getElementById("app")!,
);
