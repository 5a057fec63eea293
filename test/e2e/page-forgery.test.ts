// The page's own scripts against the reader's UI: a script in the page's main world (Playwright's `evaluate`,
// not the content script's isolated world) tries to store a note, read one, and store a correction with
// synthetic events and the DOM. Each attempt must leave the library unchanged and learn nothing; the reader,
// with real input, still does all three (the other browser tests).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inPageUi, launch, openArticle, type Session, tabIdOf, tabState } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";
import { selectQuote } from "./select-quote";

const FORGED_QUOTE = "На фоне такого положения дел эксперт видит два варианта развития событий";
const READER_QUOTE = "В Казахстане оперируют десятки крупных российских недропользователей";
const SECRET = "частная заметка читателя 7f3a";
const SECRET_TAG = "тайныйтег";
/** Typed key by key with the real keyboard: Latin letters and digits as key presses, Cyrillic as text input. */
const TYPED_NOTE = "Zq private 42 заметка";
const TYPED_TAG = "xj8 тег";
/** Pieces of the typed text that cannot occur in the page by chance (the note's words reach none of it). */
const TYPED_PIECES = ["Zq", "private 42", "заметка", "xj8", "8 тег"];
const TYPED_QUOTE = "Мировая борьба за редкоземельные ресурсы выходит на новый уровень";
/** Time the page's script leaves the UI to react to each synthetic event. */
const SETTLE_MS = 400;

let session: Session;
let page: Page;
beforeAll(async () => {
  session = await launch([REFERENCE]);
  page = await openArticle(session, REFERENCE.url);
  await page.bringToFront();
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

/** Sends a background message from an extension page, as the popup and the library do. */
async function send<T>(name: string, data: unknown): Promise<T> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/library.html`);
  const reply = await ext.evaluate(
    ([n, d]) => chrome.runtime.sendMessage({ channel: "policylens/1", name: n, data: d }),
    [name, data] as const,
  );
  await ext.close();
  if (!reply?.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
  return reply.result as T;
}

const storedNotes = () => send<{ text: string }[]>("library/notes", { offset: 0, limit: 100 });

// Page-world scripts: self-contained, since only their source crosses into the page.

/** Selects a passage, lifts a synthetic pointer, then drives "Add note" → editor → "Save" in our shadow root. */
async function forgeNote([quote, text, settleMs]: readonly [string, string, number]): Promise<string[]> {
  const log: string[] = [];
  const settle = () => new Promise((r) => setTimeout(r, settleMs));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(quote);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + quote.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    const b = r.getBoundingClientRect();
    document.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, clientX: b.right, clientY: b.bottom }));
    document.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true, key: "Shift", shiftKey: true }));
    break;
  }
  await settle();
  const root = document.querySelector("policylens-root")?.shadowRoot;
  log.push(root ? "shadow root open" : "no shadow root");
  root?.querySelector<HTMLElement>('[data-testid="add-note"]')?.click();
  await settle();
  const editor = root?.querySelector<HTMLTextAreaElement>('[data-testid="note-editor"]');
  if (editor) {
    log.push("editor reached");
    editor.value = text;
    editor.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
    root!.querySelector<HTMLElement>('[data-testid="save-note"]')?.click();
    editor.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, composed: true, key: "Enter", ctrlKey: true }));
  }
  await settle();
  return log;
}

/** Clicks a drawn highlight (the one on `text`, or the first) with a synthetic click, at the centre of its first box. */
async function syntheticClickOn([highlight, text, settleMs]: readonly [string, string, number]): Promise<void> {
  getSelection()!.removeAllRanges();
  const ranges = [...(CSS.highlights.get(highlight) ?? [])] as Range[];
  const range = ranges.find((r) => r.toString().includes(text));
  if (!range) throw new Error(`nothing drawn as ${highlight} on "${text}"`);
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: "center" });
  const b = range.getClientRects()[0]!;
  const at = { clientX: b.left + b.width / 2, clientY: b.top + b.height / 2 };
  const target = document.elementFromPoint(at.clientX, at.clientY) ?? document.body;
  target.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, ...at }));
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, ...at }));
  await new Promise((r) => setTimeout(r, settleMs));
}

/**
 * Listens as a key logger would: capture listeners on window (which run before anything in the page) and on the
 * document for every event typing makes, and a MutationObserver on the whole document. Records each key, each
 * input's data and each mutation's text or attribute value, on the window for the test to read.
 */
function listenAsKeyLogger(): void {
  const heard: string[] = [];
  (window as Window & { __logged?: string[] }).__logged = heard;
  const TYPES = ["keydown", "keyup", "keypress", "beforeinput", "input", "textInput", "paste"];
  const COMPOSITION = ["compositionstart", "compositionupdate", "compositionend"];
  const log = (e: Event) => {
    const k = e as KeyboardEvent & InputEvent & CompositionEvent;
    for (const v of [k.key, k.data, (e.target as HTMLInputElement | null)?.value])
      if (typeof v === "string") heard.push(v);
  };
  for (const target of [window, document])
    for (const type of [...TYPES, ...COMPOSITION]) target.addEventListener(type, log, true);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "attributes") heard.push((r.target as Element).getAttribute(r.attributeName!) ?? "");
      if (r.type === "characterData") heard.push((r.target as CharacterData).data);
      for (const n of r.addedNodes) heard.push(n.textContent ?? "", n instanceof Element ? n.outerHTML : "");
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Everything of ours a page's script can read after opening a note: the DOM, the shadow root, the registry. */
function readableByPage(): string {
  const root = document.querySelector("policylens-root")?.shadowRoot;
  const fields = [...(root?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("textarea, input") ?? [])];
  return JSON.stringify({
    dom: document.documentElement.outerHTML,
    shadow: root?.innerHTML ?? null,
    fields: fields.map((f) => f.value),
    active: (document.activeElement as HTMLTextAreaElement | null)?.value ?? null,
    selection: getSelection()?.toString() ?? "",
    highlights: [...CSS.highlights.keys()],
  });
}

describe("a page's own script", () => {
  it("cannot store a note through the in-page UI", async () => {
    const log = await page.evaluate(forgeNote, [FORGED_QUOTE, "forged by the page", SETTLE_MS] as const);
    expect(await storedNotes()).toEqual([]);
    expect(log).not.toContain("editor reached");
  });

  it("cannot read the reader's note text or tags", async () => {
    // The page listens to what bubbles up to its document (capture listeners: the test after this one).
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as Window & { __heard?: string[] }).__heard = heard;
      for (const type of ["keydown", "keyup", "keypress", "beforeinput", "input"])
        document.addEventListener(type, (e) => heard.push(String((e as KeyboardEvent).key ?? (e as InputEvent).data)));
    });
    // The reader writes a note with real input.
    const ui = inPageUi(page);
    await page.evaluate(selectQuote, READER_QUOTE);
    await page.keyboard.press("Shift"); // finishing a keyboard selection shows the toolbar
    await expect.poll(() => ui.count("add-note")).toBe(1);
    await ui.click("add-note");
    await ui.fill("note-editor", SECRET);
    await ui.fill("note-tags", SECRET_TAG);
    await ui.click("save-note");
    await expect.poll(() => ui.count("note-editor")).toBe(0);
    expect((await storedNotes()).map((n) => n.text)).toContain(SECRET);
    expect((await page.evaluate(() => (window as Window & { __heard?: string[] }).__heard!)).join("")).not.toContain(
      SECRET,
    );

    // The page clicks the note's highlight and reads whatever it can reach.
    await page.evaluate(syntheticClickOn, ["policylens-note", READER_QUOTE, SETTLE_MS] as const);
    const seen = await page.evaluate(readableByPage);
    expect(seen).not.toContain(SECRET);
    expect(seen).not.toContain(SECRET_TAG);
    // Which passages carry notes stays visible through the document's highlight registry: that is accepted.
    expect(JSON.parse(seen).highlights).toContain("policylens-note");
    // Nor did the synthetic click open the editor for the page to wait on.
    expect(await ui.count("note-editor")).toBe(0);
  });

  it("hears none of the reader's typing in the note editor, even with capture listeners", async () => {
    await page.evaluate(listenAsKeyLogger);
    const ui = inPageUi(page);
    await page.evaluate(selectQuote, TYPED_QUOTE);
    await page.keyboard.press("Shift");
    await expect.poll(() => ui.count("add-note")).toBe(1);
    await ui.click("add-note");
    await expect.poll(() => ui.count("note-editor")).toBe(1);
    await ui.click("note-editor");
    await page.keyboard.type(TYPED_NOTE);
    await ui.click("note-tags");
    await page.keyboard.type(TYPED_TAG);
    await ui.click("save-note");
    await expect.poll(() => ui.count("note-editor")).toBe(0);
    const saved = (await send<{ text: string; tags: string[] }[]>("library/notes", { offset: 0, limit: 100 })).find(
      (n) => n.text === TYPED_NOTE,
    );
    expect(saved?.tags).toEqual(["xj8", "тег"]);
    const logged = await page.evaluate(() => (window as Window & { __logged?: string[] }).__logged!);
    // Not one typed character (no key, no input's data, no field's value), nor any of the text in the DOM.
    const typed = new Set([...TYPED_NOTE, ...TYPED_TAG].filter((c) => c !== " "));
    expect(logged.filter((v) => v.length === 1 && typed.has(v))).toEqual([]);
    expect(logged.filter((v) => TYPED_PIECES.some((piece) => v.includes(piece)))).toEqual([]);
    // Nor does the page learn the frame's address, whose fragment carries the secret of the port's handover.
    const timeline = await page.evaluate(() => performance.getEntries().map((e) => e.name));
    expect(timeline.filter((name) => name.includes("editor-frame"))).toEqual([]);
  });

  it("cannot store a correction through the hover card", async () => {
    await page.evaluate(syntheticClickOn, ["policylens-expert", "", SETTLE_MS] as const);
    const log = await page.evaluate(async (settleMs) => {
      const root = document.querySelector("policylens-root")?.shadowRoot;
      const wrong = root?.querySelector<HTMLElement>('[data-testid="card-wrong"]');
      wrong?.click();
      await new Promise((r) => setTimeout(r, settleMs));
      return [root ? "shadow root open" : "no shadow root", wrong ? "card reached" : "no card"];
    }, SETTLE_MS);
    const { pageKey } = await tabState(session, await tabIdOf(session, REFERENCE.url));
    expect(await send("corrections/list", { pageKey })).toEqual([]);
    expect(log).not.toContain("card reached");
    expect(await page.evaluate(() => CSS.highlights.get("policylens-expert")?.size ?? 0)).toBeGreaterThan(0);
  });
});
