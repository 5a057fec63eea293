// The side panel beside the article, as a reader uses it: it lists the page's annotations as the popup does,
// follows the tab brought to the front and its navigation, scrolls the page to an item clicked in it, marks the
// row of the highlight under the pointer, and reads the page again when its annotations change. Its page is
// opened in a tab of the same window (Playwright does not drive Chromium's side panel), bound to the article's
// tab with `?tabId=` as the popup tests do; every tab is opened before it, so the panel's window holds only the
// tabs a test brings to the front. Last, the popup's button opens Chromium's own side panel. Light and dark
// screenshots are kept in out/screenshots.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type RoutedPage, type Session, tabIdOf } from "../../scripts/lib/browser";
import { REFERENCE, REFERENCE_OUTLET } from "./fixtures";

const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
/** A second article on the same site: the reference page with another economist, so the two lists differ. */
const OTHER: RoutedPage = (() => {
  const file = join(mkdtempSync(join(tmpdir(), "policylens-side-panel-")), "source.html");
  const html = readFileSync(REFERENCE.file, "utf8").replaceAll("Расул", "Арман").replaceAll("Рысмамбетов", "Жумабеков");
  writeFileSync(file, html);
  return { url: "https://www.caravan.kz/news/vtoraya-statya/", file };
})();
const gold = REFERENCE.gold as unknown as { organisations: { name: string }[] };

let session: Session;
let article: Page;
let other: Page;
let panel: Page;
let tabId: number;
beforeAll(async () => {
  session = await launch([REFERENCE, OTHER]);
  article = await openArticle(session, REFERENCE.url);
  other = await openArticle(session, OTHER.url);
  tabId = await tabIdOf(session, REFERENCE.url);
  panel = await session.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${session.extensionId}/popup/side-panel.html?tabId=${tabId}`);
  await panel.getByTestId("side-panel").getByTestId("section-experts").waitFor();
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

const side = () => panel.getByTestId("side-panel");
const experts = () => side().getByTestId("section-experts").textContent();
const marked = () => side().locator('[data-testid="annotation-item"][data-marked="true"]').allTextContents();

/**
 * The centre of the first drawn range of a highlight whose text is `text` (or the first one), once the page has
 * stopped scrolling: a smooth scroll asked for while the tab was in the background (the panel's click-to-scroll)
 * runs when it comes to the front, and would carry the range away from the point measured.
 */
const centreOf = (page: Page, highlight: string, text?: string) =>
  page.evaluate(
    async ([name, wanted]) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const still = async () => {
        for (let last = NaN, same = 0; same < 3;) {
          await frame();
          same = scrollY === last ? same + 1 : 0;
          last = scrollY;
        }
      };
      await still();
      const ranges = [...CSS.highlights.get(name!)!] as Range[];
      const range = ranges.find((r) => wanted === undefined || r.toString() === wanted)!;
      range.startContainer.parentElement!.scrollIntoView({ block: "center" });
      await still();
      const b = range.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [highlight, text] as const,
  );

describe("the side panel beside the reference page", () => {
  it("lists the experts with their role and proposals, the organisations and the options with proposers", async () => {
    const listed = await experts();
    expect(listed).toContain("Расул Рысмамбетов");
    expect(listed).toContain("экономист");
    expect(listed).toContain("создать агентство стратегических активов");
    const orgs = await side().getByTestId("section-organisations").getByTestId("annotation-item").allTextContents();
    expect(orgs).toHaveLength(gold.organisations.filter((o) => o.name !== REFERENCE_OUTLET).length);
    expect(await side().getByTestId("page-source").textContent()).toBe(`Source: ${REFERENCE_OUTLET}`);
    const options = await side().getByTestId("section-policy-options").getByTestId("annotation-item").allTextContents();
    expect(options.find((t) => t.includes("создать агентство стратегических активов"))).toContain("Расул Рысмамбетов");
    expect(await side().getByTestId("section-notes").count()).toBe(1);
  });

  it("scrolls the page to an item clicked in it and flashes it", async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    await side()
      .getByTestId("section-policy-options")
      .getByTestId("annotation-item")
      .filter({ hasText: "Казахстан должен учитывать" })
      .click();
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(100);
    expect(await article.evaluate(() => CSS.highlights.has("policylens-flash"))).toBe(true);
  });

  it("marks the row of the highlight under the reader's pointer, and unmarks it when the pointer leaves", async () => {
    // The page must be in front: a background tab gets no animation frames, and hover waits for one.
    await article.bringToFront();
    const at = await centreOf(article, "policylens-expert");
    await article.mouse.move(at.x, at.y);
    await expect.poll(marked, { timeout: 5000 }).toEqual([expect.stringContaining("Расул Рысмамбетов")]);
    const org = await centreOf(article, "policylens-organisation", "КНБ");
    await article.mouse.move(org.x, org.y);
    await expect.poll(marked, { timeout: 5000 }).toEqual([expect.stringContaining("КНБ")]);
    await article.mouse.move(2, 2);
    await expect.poll(marked, { timeout: 5000 }).toEqual([]);
  });

  it("follows the tab brought to the front, and back", async () => {
    await other.bringToFront();
    await expect.poll(experts, { timeout: 10_000 }).toContain("Арман Жумабеков");
    expect(await experts()).not.toContain("Рысмамбетов");
    // The panel's own tab in front is no switch: it keeps describing the other article.
    await panel.bringToFront();
    await panel.waitForTimeout(300);
    expect(await experts()).toContain("Арман Жумабеков");
    await article.bringToFront();
    await expect.poll(experts, { timeout: 10_000 }).toContain("Расул Рысмамбетов");
  });

  it("reads the page again when its annotations change (an organisation marked wrong on the page)", async () => {
    const orgs = side().getByTestId("section-organisations").getByTestId("annotation-item");
    expect(await orgs.allTextContents()).toContainEqual(expect.stringContaining("АСПИР"));
    await article.bringToFront();
    const at = await centreOf(article, "policylens-organisation", "АСПИР");
    await article.mouse.click(at.x, at.y);
    const ui = inPageUi(article);
    await expect.poll(() => ui.count("card-wrong")).toBe(1);
    await ui.click("card-wrong");
    await expect
      .poll(async () => (await orgs.allTextContents()).some((t) => t.includes("АСПИР")), { timeout: 5000 })
      .toBe(false);
    expect(await orgs.allTextContents()).toContainEqual(expect.stringContaining("КНБ"));
  });

  it("shows a kind switched off in the popup as off, and on again", async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=${tabId}`);
    // The popup's page is a tab here: the article goes back to the front, and the panel with it.
    await article.bringToFront();
    await expect.poll(experts).toContain("Расул Рысмамбетов");
    const popupSwitch = popup.getByTestId("section-experts").getByRole("switch");
    const panelSwitch = side().getByTestId("section-experts").getByRole("switch");
    expect(await panelSwitch.isChecked()).toBe(true);
    await popupSwitch.uncheck();
    await expect.poll(() => panelSwitch.isChecked(), { timeout: 5000 }).toBe(false);
    await popupSwitch.check();
    await expect.poll(() => panelSwitch.isChecked(), { timeout: 5000 }).toBe(true);
    await popup.close();
  });

  it("follows the tab to another page and back", async () => {
    await article.goto(OTHER.url);
    await expect.poll(experts, { timeout: 20_000 }).toContain("Арман Жумабеков");
    await article.goBack();
    await expect.poll(experts, { timeout: 20_000 }).toContain("Расул Рысмамбетов");
    await article.waitForFunction(() => CSS.highlights.has("policylens-expert"), null, { timeout: 20_000 });
  });

  it("lists a note saved elsewhere at once: the background tells it the notes changed", async () => {
    const QUOTE = "Казахстану важно защитить стратегические активы";
    const saved = await panel.evaluate(
      async ([tab, quote]) => {
        const state = await chrome.tabs.sendMessage(tab as number, {
          channel: "policylens/1",
          name: "tab/state",
          data: {},
        });
        const now = Date.now();
        const note = {
          id: crypto.randomUUID(),
          pageKey: state.result.pageKey,
          selectors: {
            quote: { type: "TextQuoteSelector", exact: quote, prefix: "", suffix: "" },
            position: { type: "TextPositionSelector", start: 0, end: (quote as string).length },
          },
          scope: "article",
          text: "проверить, кто ещё это говорит",
          tags: ["активы"],
          color: "yellow",
          annotationId: null,
          orphaned: false,
          createdAt: now,
          updatedAt: now,
        };
        return chrome.runtime.sendMessage({ channel: "policylens/1", name: "notes/save", data: { note } });
      },
      [tabId, QUOTE] as const,
    );
    expect(saved).toMatchObject({ ok: true });
    await expect
      .poll(() => side().getByTestId("section-notes").textContent(), { timeout: 5000 })
      .toContain("проверить, кто ещё это говорит");
  });

  it("looks right in light and dark themes, with the row under the pointer marked", async () => {
    mkdirSync(SHOTS, { recursive: true });
    await article.bringToFront();
    const at = await centreOf(article, "policylens-expert");
    await article.mouse.move(at.x, at.y);
    await expect.poll(marked, { timeout: 5000 }).toHaveLength(1);
    await panel.mouse.move(0, 0); // the panel's own pointer off its rows: only the mark shows

    await panel.emulateMedia({ colorScheme: "light" });
    await panel.screenshot({ path: resolve(SHOTS, "side-panel-light.png"), fullPage: true });
    await panel.emulateMedia({ colorScheme: "dark" });
    const bg = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await panel.screenshot({ path: resolve(SHOTS, "side-panel-dark.png"), fullPage: true });
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
  });
});

describe("Chromium's own side panel", () => {
  it("opens from the popup's button and describes the tab brought to the front", async () => {
    const tabId = await tabIdOf(session, REFERENCE.url);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=${tabId}`);
    await popup.getByTestId("open-side-panel").click(); // a real click: the browser opens it only in a user gesture
    const contexts = () =>
      popup.evaluate(async () => (await chrome.runtime.getContexts({})).map((c) => c.contextType as string));
    await expect.poll(contexts, { timeout: 5000 }).toContain("SIDE_PANEL");
    // Playwright does not reach the panel's page; the extension's own pages do, as views of the extension.
    const panelExperts = () =>
      popup.evaluate(
        () =>
          chrome.extension
            .getViews()
            .find((w) => w.location.pathname.endsWith("/popup/side-panel.html"))
            ?.document.querySelector('[data-testid="side-panel"] [data-testid="section-experts"]')?.textContent ?? null,
      );
    // The popup here is a tab, so the panel first describes it; the article brought to the front, it follows.
    await article.bringToFront();
    await expect.poll(panelExperts, { timeout: 10_000 }).toContain("Расул Рысмамбетов");
    await popup.close();
  });
});
