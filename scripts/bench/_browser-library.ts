// The reader's library written straight into the extension's IndexedDB in Chromium (the same library the Node
// benches read, _library.ts), and a long-task observer for the library page: shared by the library's browser benches.
import type { Page } from "playwright-core";
import type { Session } from "../lib/browser";
import { benchLibrary } from "./_library";

/** Library sizes in notes; POLICYLENS_BENCH_SIZES=10000 runs the small one alone. */
export const SIZES = (process.env.POLICYLENS_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
/** The browser's own threshold for a long task. */
export const LONG_TASK_MS = 50;

/** Runs in the library page before its first script: every long task, kept for the bench to read. */
export function observeLongTasks() {
  const tasks: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
}

type LongTaskWindow = { __longTasks: number[] };

/** The long tasks `observeLongTasks` has seen in the page so far. */
export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as LongTaskWindow).__longTasks);

/** Forgets the long tasks seen so far, so only what follows is measured. */
export const forgetLongTasks = (page: Page) =>
  page.evaluate(() => void ((window as unknown as LongTaskWindow).__longTasks.length = 0));

/** Notes handed to the page per call: each call's records cross the DevTools protocol as one message. */
const NOTES_PER_CALL = 10_000;

/** Fills the extension's database (opened by the background at its current version) with `count` notes. */
export async function seed(session: Session, count: number): Promise<void> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  // Any stored-data message makes the background open (and create) the database at its schema version.
  await ext.evaluate(() =>
    chrome.runtime.sendMessage({ channel: "policylens/1", name: "pages/list", data: { limit: 1 } }),
  );
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
 * starts one): timed on its own, so what is measured after it is not slowed by it.
 */
export async function indexWords(session: Session): Promise<number> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const start = Date.now();
  const reply = await ext.evaluate(() =>
    chrome.runtime.sendMessage({ channel: "policylens/1", name: "library/search", data: { query: "", limit: 1 } }),
  );
  await ext.close();
  if (!reply?.ok) throw new Error(`library/search failed: ${JSON.stringify(reply)}`);
  return Date.now() - start;
}
