// Puts the content script into a tab that does not have it yet (a site outside the automatic list),
// using the activeTab grant of a toolbar click or shortcut. Answers whether the script was there already,
// has just been put in (and has had its first run), or cannot be.
import browser from "webextension-polyfill";
import { callTab, type Tabs } from "../messages/transport";

export const CONTENT_SCRIPT = "content-scripts/main.js";

/** Between two questions to a freshly injected script: it starts listening only once the page is idle. */
export const ANSWER_POLL_MS = 100;
/**
 * How long to wait for an injected script's first run: its deferred start (up to a second) plus the engine.
 * Past this the caller goes on with a script that is still running (the popup then offers "Run").
 */
export const FIRST_RUN_WITHIN_MS = 10_000;

export type ContentScriptPresence = "present" | "injected" | null;

export interface InjectDeps {
  tabs: Tabs;
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  sleep(ms: number): Promise<void>;
}

/** "not-run" while the first run is going on; null while the script does not answer yet. */
async function statusOf(tabs: Tabs, tabId: number) {
  try {
    return (await callTab(tabs, tabId, "tab/state", {})).status;
  } catch {
    return null;
  }
}

/**
 * "present" when the tab's script answered, "injected" when it has just been put in, null when the browser
 * refuses (its own pages, the store). Truthy whenever the tab can be talked to.
 */
export async function ensureContentScriptWith(
  { tabs, scripting, sleep }: InjectDeps,
  tabId: number,
): Promise<ContentScriptPresence> {
  if ((await statusOf(tabs, tabId)) !== null) return "present";
  try {
    await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch {
    return null;
  }
  // The file has run, but its listener and first run come after the page's idle time: a caller that asks
  // the tab straight away would get "receiving end does not exist", or a state with nothing in it yet.
  for (let waited = 0; waited < FIRST_RUN_WITHIN_MS; waited += ANSWER_POLL_MS) {
    const status = await statusOf(tabs, tabId);
    if (status !== null && status !== "not-run") break;
    await sleep(ANSWER_POLL_MS);
  }
  return "injected";
}

export const ensureContentScript = (tabId: number): Promise<ContentScriptPresence> =>
  ensureContentScriptWith(
    { tabs: browser.tabs, scripting: browser.scripting, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    tabId,
  );
