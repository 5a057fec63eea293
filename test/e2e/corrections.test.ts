// The reader's "Not an expert / wrong" from the hover card: the highlight goes at once and stays gone on
// the next visit, and the toolbar badge counts what is on the page.
import { afterAll, beforeAll, expect, it } from "vitest";
import { launch, openArticle, type Session } from "./browser";
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
    const r = [...CSS.highlights.get("policylens-organisation")!].find((x) => (x as Range).toString() === "АСПИР") as Range;
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.getByTestId("card-wrong").click();
  await expect.poll(() => texts(page, "policylens-organisation")).not.toContain("АСПИР");
  expect(await texts(page, "policylens-organisation")).toContain("КНБ");

  await page.reload();
  await page.waitForFunction(() => CSS.highlights.has("policylens-organisation"));
  await expect.poll(() => texts(page, "policylens-organisation")).toContain("КНБ");
  expect(await texts(page, "policylens-organisation")).not.toContain("АСПИР");
});
