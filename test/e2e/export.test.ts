// Export and backup in a real Chromium: the popup's export buttons save the reference page as JSON-LD,
// Markdown and CSV files, and the library backs everything up to a file that restores into the same profile
// (merged: nothing doubled) and into a fresh one (the note comes back).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import type { NoteRecord } from "../../src/records/types";
import { launch, openArticle, readArticle, type Session, tabIdOf } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";
import { makeNote } from "../support/records";

const SHOTS = resolve(import.meta.dirname, "../../out/screenshots");
const downloads = mkdtempSync(join(tmpdir(), "policylens-downloads-"));

let session: Session | null = null;
afterEach(async () => {
  if (session) expect(session.stray).toEqual([]);
  await session?.close();
  session = null;
});

/** Clicks `button` (or the element with that test id) and keeps the file it downloads (Chromium deletes downloads when the browser closes). */
async function download(page: Page, button: string | Locator): Promise<{ name: string; path: string; bytes: Buffer }> {
  const target = typeof button === "string" ? page.getByTestId(button) : button;
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 20_000 }), target.click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

async function popupFor(s: Session, url: string): Promise<Page> {
  const tabId = await tabIdOf(s, url);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup/index.html?tabId=${tabId}`);
  // The export reads the tab's state: wait until the popup shows it.
  await expect
    .poll(() => popup.getByTestId("section-organisations").textContent(), { timeout: 15_000 })
    .toContain("КНБ");
  return popup;
}

/** Sends a background message from an extension page, as the popup and the library do. */
async function send<T>(page: Page, name: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([n, d]) => chrome.runtime.sendMessage({ channel: "policylens/1", name: n, data: d }),
    [name, data] as const,
  );
  if (!reply?.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
  return reply.result as T;
}

async function library(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup/library.html#settings`);
  await page.getByTestId("backup-export").waitFor({ timeout: 10_000 });
  return page;
}

async function restore(page: Page, file: string, mode: "merge" | "replace"): Promise<string> {
  await page.getByTestId(`backup-mode-${mode}`).check();
  // Replacing asks first; a merge asks nothing (an unexpected dialog would be dismissed and nothing restored).
  if (mode === "replace") page.once("dialog", (d) => void d.accept());
  await page.getByTestId("backup-import").setInputFiles(file);
  const result = page.getByTestId("backup-result");
  await expect.poll(() => result.textContent(), { timeout: 20_000 }).toMatch(/Restored|Failed/);
  return (await result.textContent()) ?? "";
}

interface Item {
  motivation: string;
  body?: { purpose: string; value: string }[];
  target: { source: string; selector: [{ type: string; exact: string }, { type: string; start: number; end: number }] };
}

const NOTE: NoteRecord = makeNote({
  id: "3f0c9a4e-5b7d-4c1a-9e2f-8d6b1a2c3e4f",
  pageKey: "https://caravan.kz/news/kazakhstanu-vazhno-zashhitit-strategicheskie-aktivy",
  selectors: {
    quote: { type: "TextQuoteSelector", exact: "Расул Рысмамбетов", prefix: "экономист ", suffix: " считает" },
    position: { type: "TextPositionSelector", start: 120, end: 137 },
  },
  text: "Резервная копия 😀 — «проверка» <b>не HTML</b>",
  tags: ["бэкап", "редкоземы"],
  createdAt: Date.UTC(2026, 10, 27, 9),
  updatedAt: Date.UTC(2026, 10, 27, 10),
});

describe("export", () => {
  it("saves the reference page from the popup as JSON-LD, Markdown and CSV", async () => {
    session = await launch([REFERENCE]);
    await openArticle(session, REFERENCE.url);
    const popup = await popupFor(session, REFERENCE.url);

    const json = await download(popup, "export-json");
    expect(json.name).toMatch(/\.jsonld$/);
    const doc = JSON.parse(json.bytes.toString("utf8"));
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    expect(doc.first.type).toBe("AnnotationPage");
    const items = doc.first.items as Item[];
    expect(items.length).toBeGreaterThan(5);
    expect(doc.total).toBe(items.length);
    for (const item of items) {
      expect(item.target.source).toBe(REFERENCE.url);
      expect(item.target.selector[0].type).toBe("TextQuoteSelector");
      expect(item.target.selector[1].type).toBe("TextPositionSelector");
    }
    const expert = items.find(
      (i) =>
        i.motivation === "classifying" &&
        i.body?.some((b) => b.purpose === "identifying" && b.value === "Расул Рысмамбетов"),
    );
    expect(expert?.body).toContainEqual({ type: "TextualBody", purpose: "classifying", value: "expert" });
    expect(expert?.target.selector[0].exact).toContain("Рысмамбетов");

    const md = await download(popup, "export-markdown");
    expect(md.name).toMatch(/\.md$/);
    const markdown = md.bytes.toString("utf8");
    expect(markdown.startsWith(`# ${REFERENCE.gold.title}`)).toBe(true);
    expect(markdown).toContain("Рысмамбетов");
    expect(markdown).toContain("## Policy options");

    const csv = await download(popup, "export-csv");
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("page title,url,kind,text,name,role,proposer,note,tags,created");
    expect(lines.some((l) => l.includes("Расул Рысмамбетов") && l.includes("expert"))).toBe(true);
  });
});

/** The expert's automatic annotations in a downloaded JSON-LD file, checked to point into the reference page. */
function expertAnnotations(bytes: Buffer): Item[] {
  const doc = JSON.parse(bytes.toString("utf8"));
  expect(doc.type).toBe("AnnotationCollection");
  expect(doc.total).toBe(doc.first.items.length);
  return (doc.first.items as Item[]).filter(
    (i) =>
      i.motivation === "classifying" &&
      i.target.source === REFERENCE.url &&
      i.body?.some((b) => b.purpose === "identifying" && b.value === "Расул Рысмамбетов"),
  );
}

describe("library export", () => {
  it("includes the automatic annotations of the pages read, for the whole library and for a search", async () => {
    session = await launch([REFERENCE]);
    await readArticle(session, REFERENCE.url);
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/popup/library.html`);
    await lib.getByTestId("annotation-item").first().waitFor({ timeout: 10_000 });

    const all = await download(lib, lib.getByTestId("library-export-all").getByTestId("export-json"));
    const experts = expertAnnotations(all.bytes);
    expect(experts.length).toBeGreaterThan(0);
    for (const e of experts) {
      const [quote, position] = e.target.selector;
      expect(quote.exact).toContain("Рысмамбетов");
      expect(position.end - position.start).toBe(quote.exact.length);
    }

    await lib.getByTestId("search").fill("Рысмамбетов");
    const selection = lib.getByTestId("library-export-filtered");
    await selection.waitFor({ timeout: 10_000 });
    const found = await download(lib, selection.getByTestId("export-json"));
    expect(expertAnnotations(found.bytes)).toEqual(experts);
    mkdirSync(SHOTS, { recursive: true });
    await lib.screenshot({ path: join(SHOTS, "library-search-export.png") });

    // The article's own view shows what the popup shows: the expert with his role and what he proposes, and
    // the options in article order with their proposers.
    await lib.getByTestId("search").fill("");
    await lib.getByTestId("annotation-item").first().locator("[data-primary]").click();
    const rows = lib.getByTestId("page-detail").getByTestId("detail-item");
    await rows.first().waitFor({ timeout: 10_000 });
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain("Расул Рысмамбетов");
    expect(texts[0]).toContain("экономист");
    expect(texts.filter((t) => t.includes("Proposed by Расул Рысмамбетов")).length).toBeGreaterThan(0);
    for (const scheme of ["light", "dark"] as const) {
      await lib.emulateMedia({ colorScheme: scheme });
      await lib.screenshot({ path: join(SHOTS, `library-article-${scheme}.png`), fullPage: true });
    }
  });
});

describe("backup", () => {
  it("backs up from the library and restores into the same profile and a fresh one", async () => {
    session = await launch([REFERENCE]);
    await readArticle(session, REFERENCE.url);
    let lib = await library(session);
    expect(await send(lib, "notes/save", { note: NOTE })).toEqual(NOTE);

    const backup = await download(lib, "backup-export");
    expect(backup.name).toMatch(/^policylens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await lib.getByTestId("backup-result").textContent()).toBe(`Backup saved as ${backup.name}`);
    const saved = JSON.parse(backup.bytes.toString("utf8"));
    expect(saved.format).toBe("policylens.backup");
    expect(saved.tables.notes).toEqual([NOTE]);
    expect(saved.tables.pages.map((p: { url: string }) => p.url)).toContain(REFERENCE.url);
    expect(saved.tables.entities.some((e: { name: string }) => e.name === "Расул Рысмамбетов")).toBe(true);

    // Merged back into the profile it came from: every record is already there, nothing is doubled.
    const same = await restore(lib, backup.path, "merge");
    expect(same).toContain("Notes: 0 added, 0 updated, 1 already here");
    expect(same).toContain(`Pages: 0 added, 0 updated, ${saved.tables.pages.length} already here`);
    expect(await send(lib, "library/notes", { offset: 0, limit: 100 })).toEqual([NOTE]);
    expect(await send<unknown[]>(lib, "pages/list", { limit: 100 })).toHaveLength(saved.tables.pages.length);

    // A damaged file is refused with the reason, and changes nothing.
    const damaged = join(downloads, "damaged.json");
    writeFileSync(damaged, backup.bytes.subarray(0, backup.bytes.length - 50));
    expect(await restore(lib, damaged, "replace")).toMatch(/Failed: .*not valid JSON/);
    expect(await send(lib, "library/notes", { offset: 0, limit: 100 })).toEqual([NOTE]);
    await session.close();

    // A fresh profile: the note, its page and its entities come back, and the library search finds the note.
    session = await launch([REFERENCE]);
    lib = await library(session);
    expect(await send(lib, "library/notes", { offset: 0, limit: 100 })).toEqual([]);
    const fresh = await restore(lib, backup.path, "replace");
    expect(fresh).toContain("Notes: 1 added, 0 updated, 0 already here");
    expect(await send(lib, "library/notes", { offset: 0, limit: 100 })).toEqual([NOTE]);
    expect(await send<unknown[]>(lib, "pages/list", { limit: 100 })).toEqual(saved.tables.pages);
    const found = await send<{ notes: NoteRecord[] }>(lib, "library/search", { query: "резервная", limit: 10 });
    expect(found.notes.map((n) => n.id)).toEqual([NOTE.id]);
  });
});
