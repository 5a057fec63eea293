// The popup for the reference page, as a reader sees it: who speaks, which organisations, what is proposed
// and by whom; clicking an item scrolls the page to it; light and dark screenshots kept in out/screenshots.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openArticle, type Session, tabIdOf } from "../../scripts/lib/browser";
import { REFERENCE, REFERENCE_OUTLET } from "./fixtures";

const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
const gold = REFERENCE.gold as unknown as { organisations: { name: string }[] };

let session: Session;
let article: Page;
let popup: Page;
beforeAll(async () => {
  session = await launch([REFERENCE]);
  article = await openArticle(session, REFERENCE.url);
  const tabId = await tabIdOf(session, REFERENCE.url);
  popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=${tabId}`);
  await popup.getByTestId("section-experts").waitFor();
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

describe("popup for the reference page", () => {
  it("lists the economist with his role", async () => {
    const experts = await popup.getByTestId("section-experts").textContent();
    expect(experts).toContain("Расул Рысмамбетов");
    expect(experts).toContain("экономист");
  });

  it("lists the story's organisations, and the outlet it comes from as the page's source", async () => {
    const section = popup.getByTestId("section-organisations");
    const items = await section.getByTestId("annotation-item").allTextContents();
    const bodies = gold.organisations.filter((o) => o.name !== REFERENCE_OUTLET);
    for (const { name } of bodies)
      expect(
        items.some((t) => t.includes(name)),
        name,
      ).toBe(true);
    expect(items).toHaveLength(bodies.length);
    expect(await popup.getByTestId("page-source").textContent()).toBe(`Source: ${REFERENCE_OUTLET}`);
  });

  it("lists the options with their proposer", async () => {
    const section = popup.getByTestId("section-policy-options");
    const items = await section.getByTestId("annotation-item").allTextContents();
    const create = items.find((t) => t.includes("создать агентство стратегических активов"));
    expect(create).toContain("Расул Рысмамбетов");
    expect(items.some((t) => t.includes("можно ожидать"))).toBe(false);
  });

  it("scrolls the page to an item when it is clicked", async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const target = popup
      .getByTestId("section-policy-options")
      .getByTestId("annotation-item")
      .filter({ hasText: "Казахстан должен учитывать" });
    await target.click();
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(100);
    expect(await article.evaluate(() => CSS.highlights.has("policylens-flash"))).toBe(true);
  });

  it("filters the lists as the reader types", async () => {
    await popup.getByTestId("search").fill("Минфин");
    const visible = await popup.getByTestId("annotation-item").allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((t) => t.includes("Минфин"))).toBe(true);
    await popup.getByTestId("search").fill("");
  });

  it("looks right in light and dark themes", async () => {
    mkdirSync(SHOTS, { recursive: true });
    await popup.emulateMedia({ colorScheme: "light" });
    await popup.screenshot({ path: resolve(SHOTS, "popup-light.png"), fullPage: true });
    await popup.emulateMedia({ colorScheme: "dark" });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.screenshot({ path: resolve(SHOTS, "popup-dark.png"), fullPage: true });
    // Dark theme means a dark background, not just dark text on white.
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
  });
});
