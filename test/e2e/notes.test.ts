// The reader's notes end to end: select text, add a note with tags, find it again after a reload, on a
// slightly changed page, as an orphan when its paragraph is gone, and after a browser restart.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session, tabIdOf, tabState } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";
import { selectQuote } from "./select-quote";

const QUOTE = "Вскоре после этого в Москве заявили о готовности разрабатывать российский редкозем совместно с США";
const original = readFileSync(REFERENCE.file, "utf8");
const dir = mkdtempSync(join(tmpdir(), "policylens-variants-"));
const variant = (name: string, html: string) => {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  return file;
};
// A new paragraph before the note and a word changed inside its quote: found again by fuzzy matching.
const EDITED = variant(
  "edited",
  original
    .replace("<p>По его словам, США", "<p>Редакция дополнила материал новыми данными.</p>\n<p>По его словам, США")
    .replace("Вскоре после этого в Москве", "Вскоре после того в Москве"),
);
// The note's whole paragraph removed: the note becomes an orphan and must still be listed.
const REMOVED = variant("removed", original.replace(/<p>По его словам, США[^]*?<\/p>/, ""));

let session: Session | null = null;
afterEach(async () => {
  if (session) expect(session.stray).toEqual([]);
  await session?.close();
  session = null;
});

/** Selects `quote` in the article and finishes the selection with a real key press (the toolbar appears then). */
async function select(page: Page, quote: string) {
  await page.evaluate(selectQuote, quote);
  await page.keyboard.press("Shift");
  await expect.poll(() => inPageUi(page).count("add-note")).toBe(1);
}

const noteTexts = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get("policylens-note") ?? [])].map((r) => (r as Range).toString()));

async function popupFor(s: Session, url: string) {
  const tabId = await tabIdOf(s, url);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup/index.html?tabId=${tabId}`);
  return popup;
}

describe("reader's notes", () => {
  it("keeps a note through reloads, page edits, a removed paragraph and a browser restart", async () => {
    session = await launch([REFERENCE]);
    const profile = session.profile;
    let page = await openArticle(session, REFERENCE.url);
    const ui = inPageUi(page);
    await select(page, QUOTE);
    await ui.click("add-note");
    await ui.fill("note-editor", "Москва и США: совместная добыча");
    await ui.fill("note-tags", "редкоземы, #Россия");
    await ui.click("save-note");
    await expect.poll(() => ui.count("note-editor")).toBe(0);
    expect(await noteTexts(page)).toEqual([QUOTE]);

    // Reload: drawn again and listed in the popup.
    await page.reload();
    await expect.poll(() => noteTexts(page), { timeout: 15_000 }).toEqual([QUOTE]);
    let popup = await popupFor(session, REFERENCE.url);
    await expect
      .poll(() => popup.getByTestId("section-notes").textContent(), { timeout: 10_000 })
      .toContain("Москва и США: совместная добыча");
    expect(await popup.getByTestId("section-notes").textContent()).toContain("Россия");
    await popup.close();

    // The page changed a little: still anchored, on the edited words.
    session.routes.set(REFERENCE.url, { url: REFERENCE.url, file: EDITED });
    await page.reload();
    await expect
      .poll(() => noteTexts(page), { timeout: 15_000 })
      .toEqual(["Вскоре после того в Москве заявили о готовности разрабатывать российский редкозем совместно с США"]);

    // The paragraph is gone: an orphan, kept and listed as one.
    session.routes.set(REFERENCE.url, { url: REFERENCE.url, file: REMOVED });
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.has("policylens-organisation"));
    await expect
      .poll(async () => (await tabState(session!, await tabIdOf(session!, REFERENCE.url))).orphanIds.length, {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await noteTexts(page)).toEqual([]);
    popup = await popupFor(session, REFERENCE.url);
    await expect.poll(() => popup.getByTestId("section-orphans").textContent(), { timeout: 10_000 }).toContain(QUOTE);

    // Browser restart with the same profile, original page again: the note is there and placed.
    await session.close();
    session = await launch([REFERENCE], profile);
    page = await openArticle(session, REFERENCE.url);
    await expect.poll(() => noteTexts(page), { timeout: 15_000 }).toEqual([QUOTE]);
  });

  it("edits and deletes a note in place, with undo", async () => {
    session = await launch([REFERENCE]);
    const page = await openArticle(session, REFERENCE.url);
    const ui = inPageUi(page);
    await select(page, QUOTE);
    await ui.click("highlight");
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
    // Clicking the highlight opens its editor.
    const box = await page.evaluate(() => {
      const b = ([...CSS.highlights.get("policylens-note")!][0] as Range).getClientRects()[0]!;
      return { x: b.left + 10, y: b.top + b.height / 2 };
    });
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.mouse.click(box.x, box.y);
    await ui.fill("note-editor", "теперь с текстом");
    await ui.click("save-note");
    await expect.poll(() => ui.count("note-editor")).toBe(0);
    await page.mouse.click(box.x, box.y);
    expect(await ui.evaluate("note-editor", (el) => (el as HTMLTextAreaElement).value)).toBe("теперь с текстом");
    await ui.click("delete-note");
    await expect.poll(() => noteTexts(page)).toEqual([]);
    await ui.click("undo-delete");
    await expect.poll(() => noteTexts(page)).toEqual([QUOTE]);
    await page.reload();
    await expect.poll(() => noteTexts(page), { timeout: 15_000 }).toEqual([QUOTE]);
  });
});

describe("a note on an automatic annotation", () => {
  it("is made from the hover card and attached to that annotation", async () => {
    session = await launch([REFERENCE]);
    const page = await openArticle(session, REFERENCE.url);
    const box = await page.evaluate(() => {
      const b = ([...CSS.highlights.get("policylens-expert")!][0] as Range).getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    const ui = inPageUi(page);
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => ui.count("card-add-note")).toBe(1);
    await ui.click("card-add-note");
    await ui.fill("note-editor", "спросить о других экспертах");
    await ui.click("save-note");
    await expect.poll(() => noteTexts(page)).toEqual(["Расул Рысмамбетов"]);
    const state = await tabState(session, await tabIdOf(session, REFERENCE.url));
    const expert = state.result!.people.find((p) => p.expert)!;
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup/library.html`);
    const notes = await ext.evaluate(
      (key) => chrome.runtime.sendMessage({ channel: "policylens/1", name: "notes/list", data: { pageKeys: [key] } }),
      state.pageKey!,
    );
    expect(notes.result.map((n: { annotationId: string; text: string }) => [n.annotationId, n.text])).toEqual([
      [expert.id, "спросить о других экспертах"],
    ]);
  });
});
