// The popup at its real size, 420 × 600, with a classic scrollbar taking its share of the width (headless
// Chromium hides scrollbars unless asked): no sideways scroll, every control in view, long names and notes
// wrapped inside their rows. Screenshots in out/screenshots/popup-420x600-{light,dark}.png.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session, tabIdOf } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";
import { selectQuote } from "./select-quote";

const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
const QUOTE = "Вскоре после этого в Москве заявили о готовности разрабатывать российский редкозем совместно с США";
/** A note no row is wide enough for: one unbroken word, and a long tag. */
const LONG_NOTE = `Проверить${"-и-перепроверить".repeat(12)} до публикации`;
const LONG_TAG = `редкоземельные${"_металлы".repeat(8)}`;

/** Waits until `check` holds (expect.poll is for tests, not hooks). */
async function until(check: () => Promise<boolean>, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let session: Session;
let popup: Page;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launch([REFERENCE], undefined, { scrollbars: true });
  const article = await openArticle(session, REFERENCE.url);
  const ui = inPageUi(article);
  await article.evaluate(selectQuote, QUOTE);
  await article.keyboard.press("Shift");
  await until(async () => (await ui.count("add-note")) === 1);
  await ui.click("add-note");
  await ui.fill("note-editor", LONG_NOTE);
  await ui.fill("note-tags", LONG_TAG);
  await ui.click("save-note");
  await until(async () => (await ui.count("note-editor")) === 0);
  const tabId = await tabIdOf(session, REFERENCE.url);
  popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=${tabId}`);
  await popup.getByTestId("section-notes").getByText(LONG_TAG.slice(0, 20)).waitFor();
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

describe("the popup at 420 × 600 with a scrollbar", () => {
  it("scrolls down but never sideways", async () => {
    const box = await popup.evaluate(() => {
      const s = document.scrollingElement!;
      return { scrollWidth: s.scrollWidth, clientWidth: s.clientWidth, scrollHeight: s.scrollHeight };
    });
    // The conditions of the bug: content taller than the popup, and a scrollbar that takes room.
    expect(box.scrollHeight).toBeGreaterThan(600);
    expect(box.clientWidth).toBeLessThan(420);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  });

  it("shows every control whole: the kind menu, the search, each section's switch and row", async () => {
    const cut = await popup.evaluate(() => {
      const width = document.scrollingElement!.clientWidth;
      const controls = document.querySelectorAll(
        "[data-testid=search], [data-testid=filter-kind], .switch, .section-toggle, .header-actions button, [data-testid=annotation-item], .note-row button",
      );
      return {
        count: controls.length,
        cut: [...controls]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < 0 || r.right > width || el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => `${el.className || el.getAttribute("data-testid")}: ${el.textContent?.slice(0, 30)}`),
      };
    });
    expect(cut.count).toBeGreaterThan(15);
    expect(cut.cut).toEqual([]);
  });

  it("wraps a long note and tag inside the note's row", async () => {
    const row = popup.locator(".note-row").filter({ hasText: LONG_TAG.slice(0, 20) });
    const [box, width] = await row.evaluate((el) => [
      el.getBoundingClientRect().toJSON(),
      document.scrollingElement!.clientWidth,
    ]);
    expect(box.right).toBeLessThanOrEqual(width);
    // The note alone is over 200 characters: wrapped, the row is several lines tall.
    expect(box.height).toBeGreaterThan(80);
  });

  it("looks right in light and dark (screenshots)", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: resolve(SHOTS, `popup-420x600-${scheme}.png`) });
      await popup.getByTestId("section-notes").scrollIntoViewIfNeeded();
      await popup.screenshot({ path: resolve(SHOTS, `popup-420x600-${scheme}-notes.png`) });
      await popup.evaluate(() => window.scrollTo(0, 0));
    }
  });
});
