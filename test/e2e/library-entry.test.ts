// What enters the reader's library: an article they read (in the foreground for the read dwell) or wrote on,
// not every address a page passes through. A page's script flooding history.pushState with new article
// addresses records at most the one it settles on.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session } from "../../scripts/lib/browser";
import { READ_DWELL_MS } from "../../src/page/read-dwell";
import { selectQuote } from "./select-quote";
import { REFERENCE } from "./fixtures";

/** Addresses the page flips through, each held longer than the page watch's debounce (so each is annotated) and
 *  far shorter than the read dwell. */
const FLOOD = 6;
const FLOOD_GAP_MS = 1200;
/** Beyond the dwell: time for the last address to be annotated and entered. */
const ENTRY_SLACK_MS = 8000;

let session: Session;
beforeAll(async () => {
  session = await launch([REFERENCE]);
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

async function libraryPages(): Promise<{ url: string }[]> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/library.html`);
  const reply = await ext.evaluate(() =>
    chrome.runtime.sendMessage({ channel: "policylens/1", name: "pages/list", data: { limit: 100 } }),
  );
  await ext.close();
  if (!reply?.ok) throw new Error(`pages/list failed: ${JSON.stringify(reply)}`);
  return reply.result;
}

async function front(page: Page) {
  await page.bringToFront();
  return page;
}

describe("the library", () => {
  it("records at most one page of a pushState flood: the one the reader stays on", async () => {
    const page = await front(await openArticle(session, REFERENCE.url));
    await page.evaluate(
      async ([count, gap]) => {
        for (let i = 0; i < count; i++) {
          history.pushState({}, "", `/news/fake-article-${i}`);
          await new Promise((r) => setTimeout(r, gap));
        }
      },
      [FLOOD, FLOOD_GAP_MS] as const,
    );
    expect(await libraryPages()).toEqual([]);
    // The last address stays in the foreground: read, and entered.
    await expect
      .poll(async () => (await libraryPages()).map((p) => new URL(p.url).pathname), {
        timeout: READ_DWELL_MS + ENTRY_SLACK_MS,
      })
      .toEqual([`/news/fake-article-${FLOOD - 1}`]);
    await page.close();
  });

  it("holds an article glanced at only once the reader writes on it", async () => {
    const page = await front(await openArticle(session, REFERENCE.url));
    expect((await libraryPages()).map((p) => p.url)).not.toContain(REFERENCE.url);
    const ui = inPageUi(page);
    await page.evaluate(selectQuote, "Расул Рысмамбетов");
    await page.keyboard.press("Shift");
    await expect.poll(() => ui.count("highlight")).toBe(1);
    await ui.click("highlight");
    await expect.poll(async () => (await libraryPages()).map((p) => p.url)).toContain(REFERENCE.url);
    await page.close();
  });
});
