// Popup entry: finds the tab it describes (`?tabId=<n>`, or the active tab) and renders the app.
import { render } from "preact";
import browser from "webextension-polyfill";
import { App } from "./App";
import { browserPopupApi, sidePanelOpener } from "./browser-api";
import { setMessageSource, t } from "./i18n";
import { requestPersistentStorage } from "./persist-storage";

async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get("tabId");
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

setMessageSource((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
const tabId = await targetTabId();
const root = document.getElementById("app")!;
requestPersistentStorage();
if (tabId === null) render(<p role="alert">{t("popupNoTab")}</p>, root);
else render(<App api={browserPopupApi(tabId)} onOpenSidePanel={sidePanelOpener(tabId) ?? undefined} />, root);
