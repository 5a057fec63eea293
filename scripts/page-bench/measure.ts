// Opens each page in Chromium with the built extension and measures the content script as a reader meets
// it: from its start to its highlights painted (the controller's `timing`, read through `tab/state`), the
// page's long tasks (a buffered PerformanceObserver installed before navigation), and the highlight count.
// The pages' own scripts are blocked by a CSP header: they are saved copies whose scripts would half-run
// against 204 answers, and their long tasks are not ours to measure.
import type { Page } from "playwright-core";
import type { TabState } from "../../src/messages";
import { launch, type Session } from "../../test/e2e/browser";
import type { BenchPage } from "./pages";

/** Longest wait for one page's content script to report that it has drawn. */
const PAINT_TIMEOUT_MS = 30_000;
/** How often tab/state is asked while waiting. */
const POLL_MS = 50;
/** Quiet time after painting, so work the script does after drawing (storage, notes) is counted too. */
const SETTLE_MS = 500;
/** Blocks the saved page's inline scripts; content scripts are exempt from the page's policy. */
const NO_PAGE_SCRIPTS = "script-src 'none'";
/** The browser's own definition of a long task. */
export const LONG_TASK_MS = 50;

export interface LongTask {
  start: number;
  duration: number;
}

export interface PageMeasure {
  name: string;
  status: TabState["status"] | "timeout" | "failed";
  /** Content-script start, ms after navigation began. */
  startedAt: number | null;
  /** Start → highlights drawn, ms. */
  startToPainted: number | null;
  /** Ranges in CSS.highlights (every kind, notes included). */
  highlights: number;
  /** Of those, ranges over nodes that are not in the page: counted, never painted (a bug when above 0). */
  detached: number;
  longTasks: LongTask[];
  /** Long tasks that overlap the content script's run (start to painted plus the settle time). */
  ourLongTasks: LongTask[];
  message: string | null;
}

/** Runs in the page before its first byte: records every long task, including those before we look. */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __policylensBench: unknown }).__policylensBench = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

export async function measurePages(pages: BenchPage[], onPage?: (m: PageMeasure) => void): Promise<PageMeasure[]> {
  const session = await launch(pages.map((p) => ({ url: p.url, file: p.file, headers: { "content-security-policy": NO_PAGE_SCRIPTS } })));
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const results: PageMeasure[] = [];
  try {
    for (const p of pages) {
      const m = await measureOne(session, ext, p);
      results.push(m);
      onPage?.(m);
    }
  } finally {
    await session.close();
  }
  return results;
}

async function measureOne(session: Session, ext: Page, p: BenchPage): Promise<PageMeasure> {
  const page = await session.context.newPage();
  const base: PageMeasure = { name: p.name, status: "failed", startedAt: null, startToPainted: null, highlights: 0, detached: 0, longTasks: [], ourLongTasks: [], message: null };
  try {
    await page.addInitScript(observeLongTasks);
    await page.goto(p.url, { waitUntil: "load", timeout: PAINT_TIMEOUT_MS });
    const state = await waitForPaint(ext, p.url);
    if (state?.status === "error") return { ...base, status: "error", message: state.message };
    if (!state?.timing?.paintedAt) return { ...base, status: "timeout", message: state?.message ?? null };
    await page.waitForTimeout(SETTLE_MS);
    const { tasks, highlights, detached } = await page.evaluate(() => ({
      tasks: (window as unknown as { __policylensBench: { start: number; duration: number }[] }).__policylensBench,
      highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      // A range over nodes outside the page (a clone's) is registered but never painted.
      detached: [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => !r.startContainer.isConnected || !r.endContainer.isConnected).length,
    }));
    const { startedAt, paintedAt } = state.timing;
    const until = paintedAt + SETTLE_MS;
    return {
      ...base,
      status: state.status,
      startedAt,
      startToPainted: paintedAt - startedAt,
      highlights,
      detached,
      longTasks: tasks,
      ourLongTasks: tasks.filter((t) => t.start + t.duration > startedAt && t.start < until),
      message: state.message,
    };
  } catch (e) {
    return { ...base, message: e instanceof Error ? e.message.split("\n")[0]! : String(e) };
  } finally {
    await page.close();
  }
}

/** Asks the tab's content script for its state until it has drawn, from one extension page kept open. */
async function waitForPaint(ext: Page, url: string): Promise<TabState | null> {
  return ext.evaluate(
    async ({ url, timeout, poll }) => {
      const deadline = performance.now() + timeout;
      let last: TabState | null = null;
      while (performance.now() < deadline) {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        if (tab?.id !== undefined) {
          const reply = await chrome.tabs
            .sendMessage(tab.id, { channel: "policylens/1", name: "tab/state", data: {} })
            .catch(() => null);
          if (reply?.ok) {
            last = reply.result as TabState;
            if (last.timing?.paintedAt != null || last.status === "error") return last;
          }
        }
        await new Promise((r) => setTimeout(r, poll));
      }
      return last;
    },
    { url, timeout: PAINT_TIMEOUT_MS, poll: POLL_MS },
  );
}
