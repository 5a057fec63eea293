// The real PopupApi and LibraryApi: typed messages to the background and the tab, and a few browser calls.
import browser from "webextension-polyfill";
import { callBackground, callTab } from "../src/messages/transport";
import { ensureContentScript } from "../src/tabs/ensure-content-script";
import { CANNOT_RUN, type LibraryApi, type PopupApi } from "./api";
import { downloadFile } from "./download";

const bg = browser.runtime;

const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path) });

export function browserPopupApi(tabId: number): PopupApi {
  return {
    tabId,
    async tabState() {
      if (!(await ensureContentScript(tabId))) throw new Error(CANNOT_RUN);
      return callTab(browser.tabs, tabId, "tab/state", {});
    },
    notes: (pageKeys) => callBackground(bg, "notes/list", { pageKeys }),
    saveNote: (note) => callBackground(bg, "notes/save", { note }),
    deleteNote: async (id) => (await callBackground(bg, "notes/delete", { id })).deleted,
    scrollTo: async (id) => (await callTab(browser.tabs, tabId, "tab/scroll-to", { id })).found,
    display: (data) => callTab(browser.tabs, tabId, "tab/display", data),
    run: async () => (await callTab(browser.tabs, tabId, "tab/run", {})).status,
    download: (file) => downloadFile(document, file),
    openPage,
  };
}

/**
 * Opens the side panel, where the browser has one: Firefox's sidebar (one per window) or Chromium's side panel
 * (opened beside this tab and the window's other tabs). Both open only during a user action, so this is called
 * straight from the click, with nothing awaited before it. Null where the browser has neither.
 */
export function sidePanelOpener(tabId: number): (() => Promise<void>) | null {
  if (browser.sidebarAction?.open) return () => browser.sidebarAction.open();
  if (typeof chrome !== "undefined" && chrome.sidePanel?.open) return () => chrome.sidePanel.open({ tabId });
  return null;
}

export function browserLibraryApi(): LibraryApi {
  return {
    pages: (limit) => callBackground(bg, "pages/list", { limit }),
    search: (query, limit) => callBackground(bg, "library/search", { query, limit }),
    entity: (kind, name) => callBackground(bg, "library/entity", { kind, name }),
    page: (key) => callBackground(bg, "library/page", { key }),
    recentNotes: (offset, limit) => callBackground(bg, "library/notes", { offset, limit }),
    exportSlice: (after, limit, filter) =>
      callBackground(bg, "library/export", { after, limit, ...(filter ? { filter } : {}) }),
    saveNote: (note) => callBackground(bg, "notes/save", { note }),
    deleteNote: async (id) => (await callBackground(bg, "notes/delete", { id })).deleted,
    getSetting: async (key) => (await callBackground(bg, "settings/get", { key })).value,
    setSetting: async (key, value) => void (await callBackground(bg, "settings/set", { key, value })),
    requestHosts: (origins) => browser.permissions.request({ origins }),
    removeHosts: async (origins) => void (await browser.permissions.remove({ origins })),
    shortcuts: async () =>
      (await browser.commands.getAll()).map((c) => ({
        name: c.name ?? "",
        description: c.description ?? "",
        shortcut: c.shortcut ?? "",
      })),
    download: (file) => downloadFile(document, file),
  };
}
