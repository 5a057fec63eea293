// The in-page UI as a reader sees it in a light and a dark page: the hover card, the selection toolbar, the note
// editor and the toast take the page's colour scheme (a light page keeps light cards when the system is dark), every
// control in them is styled in both, and the toolbar sits beside the selection, on one line, in English and
// Russian. Screenshots of each are kept in out/screenshots/ (in-page-<page>-<part>.png).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InPageUi, inPageUi, launch, openArticle, type Session } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";
import { selectQuote } from "./select-quote";

const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
const QUOTE = "Вскоре после этого в Москве заявили о готовности разрабатывать российский редкозем совместно с США";

const original = readFileSync(REFERENCE.file, "utf8");
const dir = mkdirSync(join(tmpdir(), `policylens-look-${process.pid}`), { recursive: true })!;
/** The reference page with more style before its own closes: the same article, another look. */
const restyled = (name: string, css: string, head = "") => {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, original.replace("</style>", `${css}\n</style>${head}`));
  return file;
};
/** Paints itself dark and says so, as a site's dark theme does. */
const DARK = restyled(
  "dark",
  ":root { color-scheme: dark; } html, body { background: #15181c; color: #e8eaed; } a { color: #8ab4f8; }",
);
/** Paints nothing and only declares dark (meta): the browser's dark canvas is what the reader sees. */
const DECLARED_DARK = restyled(
  "declared-dark",
  "body { color: #e8eaed; }",
  '<meta name="color-scheme" content="dark">',
);

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** Light surfaces are near white, dark ones near black; the text on each is the other way round. */
const looks = (bg: string, fg: string) =>
  luminance(bg) > 0.6 && luminance(fg) < 0.1 ? "light" : luminance(bg) < 0.1 && luminance(fg) > 0.6 ? "dark" : "mixed";

type Box = { top: number; left: number; bottom: number; right: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Background and text colour of each element, by test id, as the shadow root's styles make them. */
async function schemeOf(ui: InPageUi, testIds: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of testIds) {
    const [bg, fg] = await ui.evaluate(id, (el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    out[id] = looks(bg!, fg!);
  }
  return out;
}

/** A screenshot of one part of the UI and the page around it. */
async function shoot(page: Page, ui: InPageUi, testId: string, file: string, around: Box | null = null) {
  const box = await ui.evaluate(testId, (el) => el.getBoundingClientRect().toJSON() as Box);
  const top = Math.min(box.top, around?.top ?? box.top) - 24;
  const left = Math.min(box.left, around?.left ?? box.left) - 24;
  const bottom = Math.max(box.bottom, around?.bottom ?? box.bottom) + 24;
  const right = Math.max(box.right, around?.right ?? box.right) + 24;
  const clip = {
    x: Math.max(0, left),
    y: Math.max(0, top),
    width: right - Math.max(0, left),
    height: bottom - Math.max(0, top),
  };
  await page.screenshot({ path: resolve(SHOTS, file), clip });
}

/** Selects the quote and finishes the selection with a real key press; returns the selection's rectangle. */
async function select(page: Page, ui: InPageUi, quote: string): Promise<Box> {
  await page.evaluate(selectQuote, quote);
  await page.keyboard.press("Shift");
  await expect.poll(() => ui.count("selection-toolbar")).toBe(1);
  return page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as Box);
}

/** How many lines each button's text takes (one: it did not wrap). */
const lines = (ui: InPageUi, testId: string) =>
  ui.evaluate(testId, (el) => {
    const r = el.ownerDocument.createRange();
    r.selectNodeContents(el);
    return new Set([...r.getClientRects()].map((q) => Math.round(q.top))).size;
  });

let session: Session;
let page: Page;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launch([REFERENCE]);
  page = await openArticle(session, REFERENCE.url);
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

describe.each<[name: string, file: string, system: "light" | "dark", expected: "light" | "dark"]>([
  ["light", REFERENCE.file, "light", "light"],
  ["light-system-dark", REFERENCE.file, "dark", "light"],
  ["dark", DARK, "light", "dark"],
  ["declared-dark", DECLARED_DARK, "light", "dark"],
])("the in-page UI on the %s page (system %s)", (name, file, system, expected) => {
  let ui: InPageUi;
  beforeAll(async () => {
    session.routes.set(REFERENCE.url, { url: REFERENCE.url, file });
    await page.emulateMedia({ colorScheme: system });
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    ui = inPageUi(page);
  });

  it(`shows the hover card ${expected}, buttons included`, async () => {
    const at = await page.evaluate(() => {
      const b = ([...CSS.highlights.get("policylens-expert")!][0] as Range).getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2, box: b.toJSON() };
    });
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => ui.count("hover-card")).toBe(1);
    expect(await schemeOf(ui, ["hover-card", "card-add-note", "card-wrong"])).toEqual({
      "hover-card": expected,
      "card-add-note": expected,
      "card-wrong": expected,
    });
    await shoot(page, ui, "hover-card", `in-page-${name}-card.png`, at.box);
  });

  it(`shows the selection toolbar ${expected}, beside the selection, on one line`, async () => {
    // Off the highlight: the card closes (after its delay) and does not stand in the toolbar's screenshot.
    await page.mouse.move(5, 5);
    await expect.poll(() => ui.count("hover-card")).toBe(0);
    const selection = await select(page, ui, QUOTE);
    const bar = await ui.evaluate("selection-toolbar", (el) => el.getBoundingClientRect().toJSON() as Box);
    expect(overlaps(bar, selection)).toBe(false);
    // Lined up with the first selected word, which starts mid-line here.
    const start = await page.evaluate(() => getSelection()!.getRangeAt(0).getClientRects()[0]!.left);
    expect(start).toBeGreaterThan(selection.left + 100);
    expect(Math.abs(bar.left - start)).toBeLessThan(1);
    expect(await schemeOf(ui, ["selection-toolbar", "highlight", "add-note"])).toEqual({
      "selection-toolbar": expected,
      highlight: expected,
      "add-note": expected,
    });
    expect([await lines(ui, "highlight"), await lines(ui, "add-note")]).toEqual([1, 1]);
    await shoot(page, ui, "selection-toolbar", `in-page-${name}-toolbar.png`, selection);
  });

  it(`opens the note editor ${expected}: fields and buttons too`, async () => {
    await ui.click("add-note");
    await expect.poll(() => ui.count("note-editor")).toBe(1);
    await ui.fill("note-editor", "Проверить, кто ещё это предлагал");
    expect(await schemeOf(ui, ["note-panel", "note-editor", "note-tags", "save-note", "cancel-note"])).toEqual({
      "note-panel": expected,
      "note-editor": expected,
      "note-tags": expected,
      "save-note": expected,
      "cancel-note": expected,
    });
    await shoot(page, ui, "note-panel", `in-page-${name}-editor.png`);
    await ui.click("save-note");
    await expect.poll(() => ui.count("note-panel")).toBe(0);
  });

  it(`offers undo in a ${expected} toast when the note is deleted`, async () => {
    const at = await page.evaluate(() => {
      const b = ([...CSS.highlights.get("policylens-note")!][0] as Range).getClientRects()[0]!;
      return { x: b.left + 10, y: b.top + b.height / 2 };
    });
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => ui.count("delete-note")).toBe(1);
    await ui.click("delete-note");
    await expect.poll(() => ui.count("toast")).toBe(1);
    expect(await schemeOf(ui, ["toast", "undo-delete"])).toEqual({ toast: expected, "undo-delete": expected });
    await shoot(page, ui, "toast", `in-page-${name}-toast.png`);
  });
});

describe("selection toolbar placement", () => {
  it("goes below a selection at the top of the viewport, clear of it and on screen", async () => {
    session.routes.set(REFERENCE.url, REFERENCE);
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    const ui = inPageUi(page);
    await page.evaluate(selectQuote, QUOTE);
    // The selection's first line a few pixels under the top edge: no room above it.
    await page.evaluate(() => {
      const top = getSelection()!.getRangeAt(0).getBoundingClientRect().top;
      window.scrollBy(0, top - 8);
    });
    await page.keyboard.press("Shift");
    await expect.poll(() => ui.count("selection-toolbar")).toBe(1);
    const selection = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as Box);
    const bar = await ui.evaluate("selection-toolbar", (el) => el.getBoundingClientRect().toJSON() as Box);
    const viewport = await page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    }));
    expect(selection.top).toBeLessThan(20);
    expect(bar.top).toBeGreaterThanOrEqual(selection.bottom);
    expect(overlaps(bar, selection)).toBe(false);
    expect(bar.left >= 0 && bar.right <= viewport.width && bar.bottom <= viewport.height).toBe(true);
  });
});

describe("the toolbar in Russian", () => {
  it("keeps «Добавить заметку» on one line, clear of the selection", async () => {
    const ru = await launch([REFERENCE], undefined, { args: ["--lang=ru"] });
    try {
      const p = await openArticle(ru, REFERENCE.url);
      const ui = inPageUi(p);
      const selection = await select(p, ui, QUOTE);
      expect(await ui.evaluate("add-note", (el) => el.textContent)).toBe("Добавить заметку");
      expect([await lines(ui, "highlight"), await lines(ui, "add-note")]).toEqual([1, 1]);
      const bar = await ui.evaluate("selection-toolbar", (el) => el.getBoundingClientRect().toJSON() as Box);
      expect(overlaps(bar, selection)).toBe(false);
      await shoot(p, ui, "selection-toolbar", "in-page-ru-toolbar.png", selection);
      expect(ru.stray).toEqual([]);
    } finally {
      await ru.close();
    }
  });
});
