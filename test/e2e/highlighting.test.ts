// What a reader sees on a news page: the three kinds drawn in CSS.highlights, nothing outside the article,
// the hover card, history navigation, the display toggle, and screenshots in a light and a dark page.
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session, tabIdOf } from "../../scripts/lib/browser";
import { MARK_TAG } from "../../content-scripts/highlighter";
import { ROOT_TAG } from "../../content-scripts/ui-root";
import { NEEDS_SHARED } from "../support/shared";
import { REFERENCE, sharedFixture } from "./fixtures";

const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
const OTHER = sharedFixture("webmd-1");

/**
 * The page's whole DOM as markup (doctype, comments, every element with its attributes, every text), without
 * PolicyLens's own host element and, where the Highlight API is missing, with its <policylens-mark> wrappers
 * taken off. Runs in the page, so it is self-contained.
 */
function pageMarkup(doc: Document, rootTag: string, markTag: string): string {
  return [...doc.childNodes]
    .map((node) => {
      if (node.nodeType === 10) return `<!DOCTYPE ${(node as DocumentType).name}>`;
      if (node.nodeType === 8) return `<!--${(node as Comment).data}-->`;
      const copy = node.cloneNode(true) as Element;
      for (const host of copy.querySelectorAll(rootTag)) host.remove();
      if (!("highlights" in CSS))
        for (const mark of copy.querySelectorAll(markTag)) mark.replaceWith(...mark.childNodes);
      return copy.outerHTML;
    })
    .join("");
}

/** The text of every range of a highlight, in document order. */
const highlighted = (page: Page, name: string) =>
  page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);

async function sendToTab(session: Session, tabId: number, name: string, data: object) {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const reply = await ext.evaluate(
    ([id, n, d]) => chrome.tabs.sendMessage(id as number, { channel: "policylens/1", name: n, data: d }),
    [tabId, name, data] as const,
  );
  await ext.close();
  return reply;
}

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await launch([REFERENCE, ...(OTHER ? [OTHER] : [])]);
  page = await openArticle(session, REFERENCE.url);
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

describe("highlights on the reference page", () => {
  it("marks the economist at every mention", async () => {
    const experts = await highlighted(page, "policylens-expert");
    expect(experts).toContain("Расул Рысмамбетов");
    // Every later mention of the surname in the article, whatever its case ending.
    const inArticle = await page.evaluate(
      () => (document.querySelector("article")!.textContent!.match(/Рысмамбетов\S*/g) ?? []).length,
    );
    const surnames = experts.filter((t) => t.startsWith("Рысмамбетов") || t.endsWith("Рысмамбетов"));
    expect(surnames.length).toBe(inArticle);
  });

  it("marks the organisations, inflected forms included", async () => {
    const orgs = await highlighted(page, "policylens-organisation");
    for (const name of ["КНБ", "АСПИР", "Минфину", "Совбезом", "Казахмыс", "Казцинк"]) expect(orgs).toContain(name);
  });

  it("marks the proposals and not the forecast", async () => {
    const options = (await highlighted(page, "policylens-policy-option")).join("\n");
    expect(options).toContain("создать агентство стратегических активов");
    expect(options).toContain("должны одобряться Совбезом или парламентом");
    expect(options).not.toContain("можно ожидать, что иностранцы");
  });

  it("draws nothing outside the article", async () => {
    const outside = await page.evaluate(() => {
      const regions = [...document.querySelectorAll("aside, nav, footer, header")];
      const names = ["policylens-expert", "policylens-organisation", "policylens-policy-option"];
      return names
        .flatMap((n) => [...(CSS.highlights.get(n) ?? [])])
        .filter((r) => regions.some((el) => (r as Range).intersectsNode(el)))
        .map((r) => (r as Range).toString());
    });
    expect(outside).toEqual([]);
    expect(await page.locator("aside.popular").count()).toBe(1);
  });

  it("leaves the page's DOM as it was", async () => {
    // A tab of its own: its DOM is read once the parser is done (DOMContentLoaded, before the content script
    // starts at document_idle) and again once the page is annotated and a hover card has opened our UI.
    const fresh = await session.context.newPage();
    const markup = `(${pageMarkup})(document, ${JSON.stringify(ROOT_TAG)}, ${JSON.stringify(MARK_TAG)})`;
    await fresh.addInitScript(
      `document.addEventListener("DOMContentLoaded", () => { window.__domBefore = ${markup}; }, { once: true });`,
    );
    await fresh.bringToFront(); // a tab in the background gets no animation frames, and the hover card waits for one
    await fresh.goto(REFERENCE.url);
    await fresh.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    const box = await fresh.evaluate(() => {
      const b = ([...CSS.highlights.get("policylens-expert")!][0] as Range).getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await fresh.mouse.move(box.x, box.y);
    await expect.poll(() => inPageUi(fresh).count("hover-card"), { timeout: 5000 }).toBe(1);
    const before = await fresh.evaluate(() => (window as Window & { __domBefore?: string }).__domBefore);
    const after = await fresh.evaluate(markup);
    await fresh.close();
    await page.bringToFront();
    expect(before).toContain("Рысмамбетов");
    expect(after).toBe(before);
  });

  it("opens a hover card with the expert's role", async () => {
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get("policylens-expert")!][0] as Range;
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const ui = inPageUi(page);
    await expect.poll(() => ui.count("hover-card"), { timeout: 5000 }).toBe(1);
    const text = await ui.evaluate("hover-card", (el) => el.textContent);
    expect(text).toContain("Расул Рысмамбетов");
    expect(text).toContain("экономист");
    expect(text).toContain("cue: считает");
    await page.mouse.move(5, 5);
    await expect.poll(() => ui.count("hover-card"), { timeout: 5000 }).toBe(0);
  });

  it("hides and shows all highlights on the toggle", async () => {
    const tabId = await tabIdOf(session, REFERENCE.url);
    expect(await sendToTab(session, tabId, "tab/display", {})).toEqual({ ok: true, result: { visible: false } });
    expect(await page.evaluate(() => CSS.highlights.has("policylens-expert"))).toBe(false);
    expect(await sendToTab(session, tabId, "tab/display", {})).toEqual({ ok: true, result: { visible: true } });
    expect(await page.evaluate(() => CSS.highlights.has("policylens-expert"))).toBe(true);
    // One kind off, the others stay.
    await sendToTab(session, tabId, "tab/display", { kinds: { organisation: false } });
    expect(
      await page.evaluate(() => [
        CSS.highlights.has("policylens-organisation"),
        CSS.highlights.has("policylens-expert"),
      ]),
    ).toEqual([false, true]);
    await sendToTab(session, tabId, "tab/display", { kinds: { organisation: true } });
  });

  it("looks right in a light and a dark page (screenshots kept in out/screenshots)", async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.locator("article").scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS, "reference-light.png") });
    await page.addStyleTag({
      content:
        "html, body, main, article, aside, header, footer, nav { background: #15181c !important; color: #e8eaed !important; } a { color: #8ab4f8 !important; }",
    });
    await page.screenshot({ path: resolve(SHOTS, "reference-dark.png") });
    expect(readFileSync(resolve(SHOTS, "reference-dark.png")).length).toBeGreaterThan(10_000);
  });
});

describe("same-document navigation", () => {
  it.skipIf(!OTHER)(`replaces the highlights when the page moves to another article ${NEEDS_SHARED}`, async () => {
    const other = readFileSync(OTHER!.file, "utf8");
    const p = await openArticle(session, REFERENCE.url);
    await p.evaluate(
      ([html, url]) => {
        const next = new DOMParser().parseFromString(html, "text/html");
        history.pushState({}, "", url);
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
      },
      // Client-side routers stay on their own origin.
      [other, "/news/babies-who-eat-peanuts-early/"] as const,
    );
    await expect.poll(() => highlighted(p, "policylens-expert"), { timeout: 15_000 }).toContain("Katie Allen");
    const all = [...(await highlighted(p, "policylens-expert")), ...(await highlighted(p, "policylens-organisation"))];
    expect(all.some((t) => /Рысмамбетов|КНБ/.test(t))).toBe(false);
    await p.close();
  });
});
