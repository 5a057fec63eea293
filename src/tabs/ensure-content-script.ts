// Puts the content script into a tab that does not have it yet (a site outside the automatic list),
// using the activeTab grant of a toolbar click or shortcut. Answers whether the script is there now.
import browser from "webextension-polyfill";
import { callTab } from "../messages";

export const CONTENT_SCRIPT = "content-scripts/main.js";

export async function ensureContentScript(tabId: number): Promise<boolean> {
  try {
    await callTab(browser.tabs, tabId, "tab/state", {});
    return true;
  } catch {
    // No listener in the tab: inject. Pages the browser protects (the store, settings) refuse, and that is fine.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}
