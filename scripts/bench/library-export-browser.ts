// The library's "Export the whole library" in Chromium with 10,000 and 100,000 notes: the time from the
// click to the saved file, the file's size, the library page's long tasks meanwhile (a PerformanceObserver),
// and the page's peak JS heap (CDP Runtime.getHeapUsage, sampled from outside the page). The notes are
// written straight into the extension's IndexedDB first: the same library the export bench reads (_library.ts).
// Skipped with a reason when Chromium is not installed.
import { statSync } from "node:fs";
import type { Page } from "playwright-core";
import { chromiumPath, launch, type Session } from "../../test/e2e/browser";
import { buildExtension } from "../page-bench/build";
import { benchLibrary } from "./_library";

const SIZES = (process.env.POLICYLENS_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const FORMATS: [string, string][] = [["export-json", "JSON-LD"], ["export-csv", "CSV"], ["export-markdown", "Markdown"]];
const HEAP_SAMPLE_MS = 100;
const EXPORT_TIMEOUT_MS = 600_000;
const LONG_TASK_MS = 50;

/** Runs in the library page before its first script: every long task, kept for the bench to read. */
function observeLongTasks() {
  const tasks: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
}

/** Notes handed to the page per call: each call's records cross the DevTools protocol as one message. */
const NOTES_PER_CALL = 10_000;

/** Fills the extension's database (opened by the background at its current version) with `count` notes. */
async function seed(session: Session, count: number): Promise<void> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  // Any stored-data message makes the background open (and create) the database at its schema version.
  await ext.evaluate(() => chrome.runtime.sendMessage({ channel: "policylens/1", name: "pages/list", data: { limit: 1 } }));
  const { pages, notes } = benchLibrary(count);
  for (let start = 0; start < notes.length; start += NOTES_PER_CALL) {
    const slice = notes.slice(start, start + NOTES_PER_CALL);
    const keys = new Set(slice.map((n) => n.pageKey));
    await ext.evaluate(
      ([pageRecords, noteRecords]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("policylens");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(["pages", "notes"], "readwrite");
            for (const p of pageRecords) tx.objectStore("pages").put(p);
            for (const n of noteRecords) tx.objectStore("notes").put(n);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      [pages.filter((p) => keys.has(p.key)), slice] as const,
    );
  }
  await ext.close();
}

/**
 * The library's first open after the notes were written indexes their words (one search, as the library page
 * starts one): timed on its own, so the exports below measure the export alone.
 */
async function indexWords(session: Session): Promise<number> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const start = Date.now();
  const reply = await ext.evaluate(() => chrome.runtime.sendMessage({ channel: "policylens/1", name: "library/search", data: { query: "", limit: 1 } }));
  await ext.close();
  if (!reply?.ok) throw new Error(`library/search failed: ${JSON.stringify(reply)}`);
  return Date.now() - start;
}

interface Measure {
  ms: number;
  mb: number;
  longTasks: number[];
  heapMb: number;
}

async function exportOnce(session: Session, button: string): Promise<Measure> {
  const lib: Page = await session.context.newPage();
  await lib.addInitScript(observeLongTasks);
  await lib.goto(`chrome-extension://${session.extensionId}/popup/library.html`);
  const group = lib.getByTestId("library-export-all");
  await group.waitFor();
  const cdp = await session.context.newCDPSession(lib);
  // The extension's pages share one heap: what seeding left behind is collected before the export is sampled.
  await cdp.send("HeapProfiler.collectGarbage");
  let heap = 0;
  const sampler = setInterval(() => {
    void cdp.send("Runtime.getHeapUsage").then((h) => (heap = Math.max(heap, h.usedSize)), () => undefined);
  }, HEAP_SAMPLE_MS);
  // Only the export counts: long tasks of the library's own first render are dropped.
  await lib.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  const start = Date.now();
  const [download] = await Promise.all([lib.waitForEvent("download", { timeout: EXPORT_TIMEOUT_MS }), group.getByTestId(button).click()]);
  const path = await download.path();
  const ms = Date.now() - start;
  clearInterval(sampler);
  const longTasks = await lib.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await cdp.detach();
  await lib.close();
  return { ms, mb: statSync(path).size / 1e6, longTasks, heapMb: heap / 1e6 };
}

export default async function libraryExportBrowserBench(): Promise<void> {
  try {
    chromiumPath();
  } catch (e) {
    console.log(`skipped: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  await buildExtension();
  console.log(`The library page's whole export in Chromium; long tasks are the library page's, over ${LONG_TASK_MS} ms.`);
  console.log("| notes | format | click → file saved, s | file MB | long tasks | longest task ms | peak JS heap MB |");
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const size of SIZES) {
    const session = await launch([]);
    try {
      await seed(session, size);
      console.log(`| ${size} | (word index, first library open) | ${((await indexWords(session)) / 1000).toFixed(1)} | | | | |`);
      for (const [button, label] of FORMATS) {
        const m = await exportOnce(session, button);
        const longest = m.longTasks.length ? Math.max(...m.longTasks).toFixed(0) : "–";
        console.log(`| ${size} | ${label} | ${(m.ms / 1000).toFixed(1)} | ${m.mb.toFixed(1)} | ${m.longTasks.length} | ${longest} | ${m.heapMb.toFixed(0)} |`);
      }
    } finally {
      await session.close();
    }
  }
}
