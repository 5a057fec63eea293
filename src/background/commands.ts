// Keyboard shortcuts and the context menu: they act on the active tab, injecting the content script first
// where the site is not annotated automatically (the gesture grants activeTab for that tab).
import browser from "webextension-polyfill";
import { callTab } from "../messages";
import { ensureContentScript } from "../tabs/ensure-content-script";

const MENU_ADD_NOTE = "policylens-add-note";

async function act(tabId: number, command: string): Promise<void> {
  if (!(await ensureContentScript(tabId))) return;
  if (command === "toggle-highlights") await callTab(browser.tabs, tabId, "tab/display", {});
  if (command === "add-note") await callTab(browser.tabs, tabId, "tab/add-note", {});
}

export function registerCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ADD_NOTE, title: browser.i18n.getMessage("contextAddNote"), contexts: ["selection"] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ADD_NOTE && tab?.id !== undefined) void act(tab.id, "add-note").catch(warn("add-note"));
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await act(tab.id, command).catch(warn(command));
  });
}

const warn = (what: string) => (e: unknown) => console.warn(`PolicyLens: ${what} failed:`, e);
