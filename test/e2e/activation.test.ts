// Where the content script runs, in a real Chromium: not on a site outside the manifest's list until the
// reader adds that site (Settings asks for the host permission; the background registers a dynamic content
// script) or clicks the toolbar button there (activeTab: the popup injects the script); the keyboard
// shortcut toggles the highlights, injecting the script first on such a site; the add-note shortcut opens
// the note editor.
//
// What Chromium lets automation do here, and how:
// - chrome.permissions.request shows a native prompt that nothing in CDP can answer. A site the reader has
//   already allowed on chrome://extensions ("Site access", "Add a site": developerPrivate.addHostPermission)
//   is granted by permissions.request without a prompt, so the test allows the site there first and then
//   goes through the Settings form as the reader does; only the prompt's own "Allow" is not exercised.
// - The toolbar click is CDP's Extensions.triggerAction (needs --enable-unsafe-extension-debugging and
//   Playwright's pipe connection): it opens the popup and grants activeTab as a real click does.
// - Playwright's keyboard.press does not reach extension commands (its "keyDown" events go to the page);
//   a raw CDP "rawKeyDown" passes through the browser's shortcut handling as a real key press does.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";
import { selectQuote } from "./select-quote";

/** The reference article served on sites outside the manifest's list. */
const at = (url: string) => ({ ...REFERENCE, url });
const ADDED = at("https://news.example.org/2026/11/rare-earths/");
const ADDED_SUBDOMAIN = at("https://www.news.example.org/2026/11/rare-earths-again/");
const ELSEWHERE = at("https://daily.example.net/economy/rare-earths/");
const CLICKED = at("https://clicked.example.com/rare-earths/");
const NOT_CLICKED = at("https://unclicked.example.com/rare-earths/");
const KEYED = at("https://keyed.example.com/rare-earths/");
/** What the Settings form asks for when the reader types "news.example.org": the site and its subdomains. */
const ADDED_PATTERN = "*://*.news.example.org/*";
const EXPERT = "Расул Рысмамбетов";
/** A sentence of the reference article, for a note. */
const QUOTE = "Вскоре после этого в Москве заявили о готовности разрабатывать российский редкозем совместно с США";
/** CDP's modifier bits: Alt is 1, Shift is 8. */
const ALT_SHIFT = 1 | 8;

let session: Session;
/** An extension page kept open: it asks the browser and the tabs as the popup does, without taking focus later. */
let control: Page;

/** Starts Chromium, or restarts it on the same profile, with CDP's Extensions domain on. */
async function start(profile?: string): Promise<void> {
  session = await launch([REFERENCE, ADDED, ADDED_SUBDOMAIN, ELSEWHERE, CLICKED, NOT_CLICKED, KEYED], profile, {
    args: ["--enable-unsafe-extension-debugging"],
  });
  control = await session.context.newPage();
  await control.goto(`chrome-extension://${session.extensionId}/popup/library.html`);
}

async function restart(): Promise<void> {
  expect(session.stray).toEqual([]);
  await session.close();
  await start(session.profile);
}

beforeAll(() => start());
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

/** The texts PolicyLens marked as experts on a page. */
const experts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get("policylens-expert") ?? [])].map((r) => (r as Range).toString()));

/** Opens a page and makes its tab the active one; answers the tab's id (the extension cannot read these URLs). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const tabId = await control.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
  );
  return { page, tabId };
}

/** Whether a content script in the tab answers `tab/state`; without one, Chrome says nobody is listening. */
const answers = (tabId: number) =>
  control.evaluate(
    (id) =>
      chrome.tabs.sendMessage(id, { channel: "policylens/1", name: "tab/state", data: {} }).then(
        (r) => r?.ok === true,
        () => false,
      ),
    tabId,
  );

/**
 * A page on a listed site, loaded after the pages under test, has been annotated: had the browser been due
 * to put the content script into those, it would have started there by then.
 */
async function afterAnotherArticle(): Promise<void> {
  const clock = await openArticle(session, REFERENCE.url);
  await clock.close();
}

/** What the reader does on chrome://extensions: Site access, "On specific sites", Add a site. */
async function allowOnChromeExtensionsPage(pattern: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto("chrome://extensions/");
  await page.evaluate(
    ([id, p]) =>
      (
        chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }
      ).developerPrivate.addHostPermission(id, p),
    [session.extensionId, pattern] as const,
  );
  await page.close();
}

/** A click on the extension's toolbar button over a page's tab. */
async function clickToolbarButton(page: Page): Promise<void> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target shows ${page.url()}`);
  await cdp.send("Extensions.triggerAction", { id: session.extensionId, targetId: tab.targetId });
  await cdp.detach();
}

/** The text of the open popup, read from another page of the extension. */
const popupText = () =>
  control.evaluate(() =>
    chrome.extension
      .getViews({ type: "popup" })
      .map((w) => w.document.body.innerText)
      .join("\n"),
  );

/** Alt+Shift+key as the keyboard sends it: a raw key-down goes through the browser's shortcuts first. */
async function pressAltShift(page: Page, key: string): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const code = key.toUpperCase().charCodeAt(0);
  for (const type of ["rawKeyDown", "keyUp"] as const)
    await cdp.send("Input.dispatchKeyEvent", {
      type,
      modifiers: ALT_SHIFT,
      key: key.toUpperCase(),
      code: `Key${key.toUpperCase()}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  await cdp.detach();
}

const hasPermission = (origin: string) =>
  control.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);
const registeredMatches = () =>
  control.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));

describe("a site outside the manifest's list", () => {
  it("gets no content script by default", async () => {
    const { page, tabId } = await openTab(ADDED.url);
    await afterAnotherArticle();
    expect(await answers(tabId)).toBe(false);
    expect(await experts(page)).toEqual([]);
    await page.close();
  });

  it("is annotated automatically once the reader adds it in Settings, after a restart too, and no longer once it is removed", async () => {
    await allowOnChromeExtensionsPage(ADDED_PATTERN);
    // Allowed on chrome://extensions only: not yet the extension's, and no content script registered.
    expect(await hasPermission(ADDED_PATTERN)).toBe(false);

    let settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.extensionId}/popup/library.html#settings`);
    await settings.getByTestId("site-input").fill("news.example.org");
    await settings.getByTestId("add-site").click();
    await expect
      .poll(() => settings.getByTestId("settings").locator("ul").first().textContent())
      .toContain("news.example.org");
    expect(await hasPermission(ADDED_PATTERN)).toBe(true);
    await expect.poll(registeredMatches).toEqual([ADDED_PATTERN]);

    // New pages on the site and its subdomains are highlighted without a click.
    for (const url of [ADDED.url, ADDED_SUBDOMAIN.url]) {
      const page = await openArticle(session, url);
      expect(await experts(page)).toContain(EXPERT);
      await page.close();
    }
    // Another unlisted site still is not.
    const elsewhere = await openTab(ELSEWHERE.url);
    await afterAnotherArticle();
    expect(await answers(elsewhere.tabId)).toBe(false);
    expect(await experts(elsewhere.page)).toEqual([]);

    // The added site outlives a browser restart.
    await restart();
    expect(await hasPermission(ADDED_PATTERN)).toBe(true);
    const added = await openArticle(session, ADDED.url);
    expect(await experts(added)).toContain(EXPERT);

    // The reader removes the site: the permission goes, and so does the registration.
    settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.extensionId}/popup/library.html#settings`);
    await settings.getByRole("button", { name: /news\.example\.org/ }).click();
    await expect.poll(() => hasPermission(ADDED_PATTERN)).toBe(false);
    await expect.poll(registeredMatches).toEqual([]);
    await added.reload();
    await afterAnotherArticle();
    expect(await experts(added)).toEqual([]);
    await Promise.all([added.close(), settings.close()]);
  }, 150_000);
});

describe("the toolbar button on a site outside the list", () => {
  it("lets the popup put the script in (activeTab): the page is highlighted and the popup lists the expert", async () => {
    const { page, tabId } = await openTab(CLICKED.url);
    await afterAnotherArticle();
    expect(await answers(tabId)).toBe(false);
    await page.bringToFront();
    await clickToolbarButton(page);
    await expect.poll(() => experts(page), { timeout: 20_000 }).toContain(EXPERT);
    // The popup waited for the injected script instead of reporting that nobody answered.
    await expect.poll(popupText, { timeout: 20_000 }).toContain(EXPERT);
    expect(await popupText()).not.toMatch(/Receiving end|cannot run/i);
    await page.close();
  });

  it("grants nothing without the click: the popup opened as a plain page cannot run there", async () => {
    const { page, tabId } = await openTab(NOT_CLICKED.url);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator("[role=alert]").textContent())
      .toContain("PolicyLens cannot run on this page.");
    expect(await answers(tabId)).toBe(false);
    expect(await experts(page)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("the keyboard shortcut (Alt+Shift+H)", () => {
  it("hides and shows all highlights on a listed site", async () => {
    const page = await openArticle(session, REFERENCE.url);
    await page.bringToFront();
    const shown = () =>
      page.evaluate(() =>
        ["expert", "organisation", "policy-option"].map((k) => CSS.highlights.has(`policylens-${k}`)),
      );
    expect(await shown()).toEqual([true, true, true]);
    await pressAltShift(page, "h");
    await expect.poll(shown).toEqual([false, false, false]);
    await pressAltShift(page, "h");
    await expect.poll(shown).toEqual([true, true, true]);
    await page.close();
  });

  it("puts the script into a page outside the list and shows its highlights", async () => {
    const { page, tabId } = await openTab(KEYED.url);
    await afterAnotherArticle();
    expect(await answers(tabId)).toBe(false);
    await page.bringToFront();
    await pressAltShift(page, "h");
    await expect.poll(() => experts(page), { timeout: 20_000 }).toContain(EXPERT);
    // Shown, not toggled off again: the reader pressed the key to see them.
    const state = await control.evaluate(
      (id) => chrome.tabs.sendMessage(id, { channel: "policylens/1", name: "tab/state", data: {} }),
      tabId,
    );
    expect(state).toMatchObject({ ok: true, result: { highlightsVisible: true, status: "annotated" } });
    await page.close();
  });
});

describe("the add-note shortcut", () => {
  it("gets every suggested key: Chromium silently leaves a key it uses itself unassigned", async () => {
    const keys = await control.evaluate(async () =>
      Object.fromEntries((await chrome.commands.getAll()).map((c) => [c.name, c.shortcut])),
    );
    expect(keys).toEqual({
      _execute_action: "Alt+Shift+L",
      "toggle-highlights": "Alt+Shift+H",
      "add-note": "Alt+Shift+M",
    });
  });

  it("opens the note editor on the selected text", async () => {
    const page = await openArticle(session, REFERENCE.url);
    await page.bringToFront();
    await page.evaluate(selectQuote, QUOTE);
    const ui = inPageUi(page);
    expect(await ui.count("note-editor")).toBe(0);
    await pressAltShift(page, "m");
    await expect.poll(() => ui.count("note-editor")).toBe(1);
    await page.close();
  });
});
