// The same extension in Firefox (Debian's ESR, over WebDriver BiDi): the content script and the background
// page draw the reference page's highlights, the popup and the sidebar describe the tab (the sidebar opened from
// the popup's button), and nothing leaves the machine.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSION_UUID, type FirefoxSession, launchFirefox } from "./firefox";
import { REFERENCE, REFERENCE_OUTLET } from "./fixtures";
import { selectQuote } from "./select-quote";

const gold = REFERENCE.gold as unknown as { organisations: { name: string }[] };
const EXTENSION = `moz-extension://${EXTENSION_UUID}`;
const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
/** WebDriver's key value for Shift. */
const SHIFT = "\uE008";

/** The text of every range of a highlight, in document order. */
const highlighted = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString());

let firefox: FirefoxSession;
let article: string;
beforeAll(async () => {
  firefox = await launchFirefox([REFERENCE]);
  article = await firefox.open(REFERENCE.url);
  await firefox.waitFor(article, () => (CSS.highlights.get("policylens-expert")?.size ?? 0) > 0);
});
afterAll(async () => {
  expect(firefox.stray).toEqual([]);
  await firefox.close();
});

describe("Firefox: highlights on the reference page", () => {
  it("marks the economist at every mention", async () => {
    const experts = await firefox.evaluate(article, highlighted, "policylens-expert");
    expect(experts).toContain("Расул Рысмамбетов");
    const inArticle = await firefox.evaluate(
      article,
      () => (document.querySelector("article")!.textContent!.match(/Рысмамбетов\S*/g) ?? []).length,
    );
    expect(experts.filter((t) => t.includes("Рысмамбетов"))).toHaveLength(inArticle);
  });

  it("marks the organisations and the proposals, not the forecast", async () => {
    const orgs = await firefox.evaluate(article, highlighted, "policylens-organisation");
    for (const name of ["КНБ", "АСПИР", "Минфину", "Совбезом", "Казахмыс", "Казцинк"]) expect(orgs).toContain(name);
    const options = (await firefox.evaluate(article, highlighted, "policylens-policy-option")).join("\n");
    expect(options).toContain("создать агентство стратегических активов");
    expect(options).not.toContain("можно ожидать, что иностранцы");
  });

  it("draws nothing outside the article and leaves the DOM alone", async () => {
    const outside = await firefox.evaluate(article, () => {
      const regions = [...document.querySelectorAll("aside, nav, footer, header")];
      return ["policylens-expert", "policylens-organisation", "policylens-policy-option"]
        .flatMap((n) => [...(CSS.highlights.get(n) ?? [])])
        .filter((r) => regions.some((el) => (r as Range).intersectsNode(el)))
        .map((r) => (r as Range).toString());
    });
    expect(outside).toEqual([]);
    expect(await firefox.evaluate(article, () => document.querySelectorAll("policylens-mark").length)).toBe(0);
  });

  it("paints the highlights (screenshot kept in out/screenshots)", async () => {
    await firefox.evaluate(article, () => {
      const first = [...CSS.highlights.get("policylens-policy-option")!][0] as Range;
      first.startContainer.parentElement!.scrollIntoView({ block: "center" });
    });
    mkdirSync(SHOTS, { recursive: true });
    const file = resolve(SHOTS, "firefox-reference.png");
    await firefox.screenshot(article, file);
    // The painted colours are the highlight's own: read back what the page's style resolves them to.
    const colours = await firefox.evaluate(article, () =>
      ["expert", "organisation", "policy-option"].map((k) =>
        getComputedStyle(document.documentElement).getPropertyValue(`--policylens-${k}`).trim(),
      ),
    );
    expect(colours.every((c) => c !== "")).toBe(true);
  });
});

describe("Firefox: a reader's note", () => {
  const QUOTE = "Вскоре после этого в Москве заявили о готовности разрабатывать российский редкозем совместно с США";
  const noteTexts = () => [...(CSS.highlights.get("policylens-note") ?? [])].map((r) => (r as Range).toString());

  it("is written on a selection, stored by the add-on and drawn again after a reload", async () => {
    const page = await firefox.open(REFERENCE.url);
    await firefox.waitFor(page, () => CSS.highlights.has("policylens-organisation"));
    await firefox.evaluate(page, selectQuote, QUOTE);
    await firefox.press(page, SHIFT); // finishing a keyboard selection shows the toolbar
    await expect.poll(() => firefox.uiCount(page, "add-note"), { timeout: 20_000 }).toBe(1);
    await firefox.click(page, "add-note");
    await expect.poll(() => firefox.uiCount(page, "note-editor"), { timeout: 20_000 }).toBe(1);
    await firefox.type(page, "note-editor", "Москва и США");
    await firefox.click(page, "save-note");
    await expect.poll(() => firefox.uiCount(page, "note-editor"), { timeout: 20_000 }).toBe(0);
    expect(await firefox.evaluate(page, noteTexts)).toEqual([QUOTE]);

    await firefox.reload(page);
    expect(
      await firefox.waitFor(page, () =>
        CSS.highlights.get("policylens-note")?.size
          ? [...CSS.highlights.get("policylens-note")!].map((r) => (r as Range).toString())
          : null,
      ),
    ).toEqual([QUOTE]);
  });
});

describe("Firefox: the popup for the tab", () => {
  it("lists the expert with his role and every organisation", async () => {
    const page = await firefox.open(`${EXTENSION}/popup/index.html?tabId=0`);
    const tabId = await firefox.evaluate(
      page,
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null,
      REFERENCE.url,
    );
    expect(tabId).not.toBeNull();
    const popup = await firefox.open(`${EXTENSION}/popup/index.html?tabId=${tabId}`);
    const experts = await firefox.waitFor(
      popup,
      () => document.querySelector('[data-testid="section-experts"]')?.textContent,
    );
    expect(experts).toContain("Расул Рысмамбетов");
    expect(experts).toContain("экономист");
    const orgs = await firefox.evaluate(popup, () =>
      [...document.querySelectorAll('[data-testid="section-organisations"] [data-testid="annotation-item"]')].map(
        (e) => e.textContent ?? "",
      ),
    );
    for (const { name } of gold.organisations.filter((o) => o.name !== REFERENCE_OUTLET))
      expect(
        orgs.some((t) => t.includes(name)),
        name,
      ).toBe(true);
    const source = await firefox.evaluate(
      popup,
      () => document.querySelector('[data-testid="page-source"]')?.textContent,
    );
    expect(source).toBe(`Source: ${REFERENCE_OUTLET}`);
    // The note written above, read back from the add-on's database.
    expect(
      await firefox.waitFor(popup, () => document.querySelector('[data-testid="section-notes"]')?.textContent),
    ).toContain("Москва и США");
  });
});

describe("Firefox: the sidebar", () => {
  it("is declared to Firefox and lists the tab's annotations and notes as the popup does", async () => {
    const page = await firefox.open(`${EXTENSION}/popup/side-panel.html?tabId=0`);
    // Firefox read its own key: the sidebar's page is ours.
    const getPanel = () =>
      (
        globalThis as unknown as { browser: { sidebarAction: { getPanel(d: object): Promise<string> } } }
      ).browser.sidebarAction.getPanel({});
    expect(await firefox.evaluate(page, getPanel)).toBe(`${EXTENSION}/popup/side-panel.html`);
    const tabId = await firefox.evaluate(
      page,
      async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id ?? null,
      REFERENCE.url,
    );
    expect(tabId).not.toBeNull();
    const sidebar = await firefox.open(`${EXTENSION}/popup/side-panel.html?tabId=${tabId}`);
    const experts = await firefox.waitFor(
      sidebar,
      () => document.querySelector('[data-testid="side-panel"] [data-testid="section-experts"]')?.textContent,
    );
    expect(experts).toContain("Расул Рысмамбетов");
    expect(experts).toContain("экономист");
    expect(
      await firefox.waitFor(
        sidebar,
        () => document.querySelector('[data-testid="side-panel"] [data-testid="section-notes"]')?.textContent,
      ),
    ).toContain("Москва и США");
  });

  it("opens from the popup's button and describes the tab brought to the front", async () => {
    const probe = await firefox.open(`${EXTENSION}/popup/index.html?tabId=0`);
    const tabId = await firefox.evaluate(
      probe,
      async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id ?? null,
      REFERENCE.url,
    );
    const popup = await firefox.open(`${EXTENSION}/popup/index.html?tabId=${tabId}`);
    await firefox.waitFor(popup, () => document.querySelector('[data-testid="open-side-panel"]') !== null || null);
    await firefox.click(popup, "open-side-panel"); // real input: Firefox opens the sidebar only on a user action
    const sidebarOpen = await firefox.waitFor(popup, async () => {
      const ff = globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } };
      return (await ff.browser.sidebarAction.isOpen({})) || null;
    });
    expect(sidebarOpen).toBe(true);
    // The popup here is a tab, so the sidebar first describes it; the article brought to the front, it follows.
    await firefox.evaluate(popup, (id) => browser.tabs.update(id!, { active: true }).then(() => null), tabId);
    const experts = await firefox.waitFor(
      popup,
      () =>
        (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser.extension
          .getViews({ type: "sidebar" })[0]
          ?.document.querySelector('[data-testid="side-panel"] [data-testid="section-experts"]')?.textContent,
    );
    expect(experts).toContain("Расул Рысмамбетов");
  });
});
