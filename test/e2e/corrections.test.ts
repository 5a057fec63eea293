// The reader's own say over the page: "Not an expert / wrong" from the hover card (gone at once, and on the
// next visit), and the colours and kinds chosen in the settings.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session, tabIdOf } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";

let session: Session;
beforeAll(async () => {
  session = await launch([REFERENCE]);
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

const texts = (page: import("playwright-core").Page, name: string) =>
  page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);

it("keeps the reader's correction across visits", async () => {
  const page = await openArticle(session, REFERENCE.url);
  expect(await texts(page, "policylens-organisation")).toContain("АСПИР");
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get("policylens-organisation")!].find(
      (x) => (x as Range).toString() === "АСПИР",
    ) as Range;
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  const ui = inPageUi(page);
  await expect.poll(() => ui.count("card-wrong")).toBe(1);
  await ui.click("card-wrong");
  await expect.poll(() => texts(page, "policylens-organisation")).not.toContain("АСПИР");
  expect(await texts(page, "policylens-organisation")).toContain("КНБ");

  await page.reload();
  await page.waitForFunction(() => CSS.highlights.has("policylens-organisation"));
  await expect.poll(() => texts(page, "policylens-organisation")).toContain("КНБ");
  expect(await texts(page, "policylens-organisation")).not.toContain("АСПИР");

  // The popup lists and exports what the page shows: the refused organisation is in neither.
  const popup = await session.context.newPage();
  await popup.goto(
    `chrome-extension://${session.extensionId}/popup/index.html?tabId=${await tabIdOf(session, REFERENCE.url)}`,
  );
  const orgs = popup.getByTestId("section-organisations").getByTestId("annotation-item");
  await expect.poll(() => orgs.allTextContents()).toContainEqual(expect.stringContaining("КНБ"));
  expect((await orgs.allTextContents()).some((t) => t.includes("АСПИР"))).toBe(false);
  const [download] = await Promise.all([popup.waitForEvent("download"), popup.getByTestId("export-csv").click()]);
  const csv = readFileSync(await download.path(), "utf8");
  const organisationRows = csv.split("\n").filter((row) => row.includes(",organisation,"));
  expect(organisationRows.some((row) => row.includes("КНБ"))).toBe(true);
  // The option that names it is still there: only the organisation was refused.
  expect(organisationRows.some((row) => row.includes("АСПИР"))).toBe(false);
  await popup.close();
});

it("draws with the reader's colours and only the kinds they keep on", async () => {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/library.html#settings`);
  const set = (key: string, value: unknown) =>
    ext.evaluate(
      ([k, v]) =>
        chrome.runtime.sendMessage({ channel: "policylens/1", name: "settings/set", data: { key: k, value: v } }),
      [key, value] as const,
    );
  expect(
    await set("colours", { expert: "#ff0000", organisation: "#1e90ff", "policy-option": "#00c878" }),
  ).toMatchObject({ ok: true });
  expect(await set("kinds", { expert: true, organisation: false, "policy-option": true })).toMatchObject({ ok: true });
  const page = await openArticle(session, REFERENCE.url);
  await expect
    .poll(() =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--policylens-expert").trim()),
    )
    .toBe("rgba(255, 0, 0, 0.35)");
  expect(
    await page.evaluate(() => [CSS.highlights.has("policylens-expert"), CSS.highlights.has("policylens-organisation")]),
  ).toEqual([true, false]);
  await set("kinds", { expert: true, organisation: true, "policy-option": true });
});
