// Keyboard shortcuts and the context menu: they act on the active tab, injecting the content script first
// where the site is not annotated automatically (the gesture grants activeTab for that tab).
import browser from "webextension-polyfill";
import { callTab, type Tabs } from "../messages/transport";
import { type ContentScriptPresence, ensureContentScript } from "../tabs/ensure-content-script";

const MENU_ADD_NOTE = "policylens-add-note";

export interface CommandDeps {
  tabs: Tabs;
  ensure(tabId: number): Promise<ContentScriptPresence>;
}

export async function runCommand({ tabs, ensure }: CommandDeps, tabId: number, command: string): Promise<void> {
  const presence = await ensure(tabId);
  if (!presence) return;
  // On a page that had no PolicyLens until this key press, the script has just drawn its highlights: they
  // are what the reader asked to see, so the toggle must not hide them again.
  if (command === "toggle-highlights" && presence === "present") await callTab(tabs, tabId, "tab/display", {});
  if (command === "add-note") await callTab(tabs, tabId, "tab/add-note", {});
}

export function registerCommands(): void {
  const deps: CommandDeps = { tabs: browser.tabs, ensure: ensureContentScript };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ADD_NOTE,
      title: browser.i18n.getMessage("contextAddNote"),
      contexts: ["selection"],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ADD_NOTE && tab?.id !== undefined)
      void runCommand(deps, tab.id, "add-note").catch(warn("add-note"));
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await runCommand(deps, tab.id, command).catch(warn(command));
  });
}

const warn = (what: string) => (e: unknown) => console.warn(`PolicyLens: ${what} failed:`, e);
