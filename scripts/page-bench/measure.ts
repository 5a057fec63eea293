// Opens each page in Chromium with the built extension and measures the content script as a reader meets
// it: from its start to its highlights painted (the controller's `timing`, read through `tab/state`), the
// page's long tasks (a buffered PerformanceObserver installed before navigation), whose work each long task
// was (a Chrome trace of the page, see attribute.ts), and the highlight count.
// The pages' own scripts are blocked by a CSP header: they are saved copies whose scripts would half-run
// against 204 answers, and their long tasks are not ours to measure.
import type { Page } from "playwright-core";
import type { TabState } from "../../src/messages/types";
import { launch, type Session } from "../lib/browser";
import { attributeLongTasks, type Locate, type TaskAttribution } from "./attribute";
import type { BenchPage } from "./pages";
import { startTrace, type TraceEvent } from "./trace";

/** Longest wait for one page's content script to report that it has drawn (the generated 100,000-paragraph page takes ~30 s). */
const PAINT_TIMEOUT_MS = 90_000;
/**
 * How often tab/state is asked while waiting. Each reply clones the page's whole result in the page: asked
 * often, the benchmark's own work would show up in the trace as our content script's.
 */
const POLL_MS = 200;
/** Quiet time after painting, so work the script does after drawing (storage, notes) is counted too. */
const SETTLE_MS = 500;
/** Blocks the saved page's inline scripts; content scripts are exempt from the page's policy. */
const NO_PAGE_SCRIPTS = "script-src 'none'";

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
  /** The trace's long tasks on the page's main thread, from just before navigation to after the settle time, attributed. */
  traced: TaskAttribution[];
  /** `long-animation-frame` script entries whose source is an extension's: a check on LoAF, not a figure. */
  loafExtensionScripts: number;
  message: string | null;
}

/**
 * Runs in the page before its first byte: records every long task, including those before we look, and counts
 * the long animation frames' script entries that name an extension's script.
 */
function observeLongTasks() {
  const seen = { tasks: [] as { start: number; duration: number }[], loafExtensionScripts: 0 };
  (window as unknown as { __policylensBench: unknown }).__policylensBench = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { scripts: { sourceURL: string }[] })[])
      seen.loafExtensionScripts += e.scripts.filter((s) => s.sourceURL.startsWith("chrome-extension://")).length;
  }).observe({ type: "long-animation-frame", buffered: true });
}

/** `locate` names a position in the built content script by its source (buildExtension gives it). */
export async function measurePages(
  pages: BenchPage[],
  onPage?: (m: PageMeasure) => void,
  locate: Locate = () => null,
): Promise<PageMeasure[]> {
  const session = await launch(
    pages.map((p) => ({ url: p.url, file: p.file, headers: { "content-security-policy": NO_PAGE_SCRIPTS } })),
  );
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const results: PageMeasure[] = [];
  try {
    for (const p of pages) {
      const m = await measureOne(session, ext, p, locate);
      results.push(m);
      onPage?.(m);
    }
  } finally {
    await session.close();
  }
  return results;
}

async function measureOne(session: Session, ext: Page, p: BenchPage, locate: Locate): Promise<PageMeasure> {
  const page = await session.context.newPage();
  let endTrace: (() => Promise<TraceEvent[]>) | null = null;
  const base: PageMeasure = {
    name: p.name,
    status: "failed",
    startedAt: null,
    startToPainted: null,
    highlights: 0,
    detached: 0,
    longTasks: [],
    ourLongTasks: [],
    traced: [],
    loafExtensionScripts: 0,
    message: null,
  };
  try {
    await page.addInitScript(observeLongTasks);
    endTrace = await startTrace(session.context, page);
    await page.goto(p.url, { waitUntil: "load", timeout: PAINT_TIMEOUT_MS });
    const state = await waitForPaint(ext, p.url);
    if (state?.status === "error") return { ...base, status: "error", message: state.message };
    if (!state?.timing?.paintedAt) return { ...base, status: "timeout", message: state?.message ?? null };
    await page.waitForTimeout(SETTLE_MS);
    const { seen, highlights, detached } = await page.evaluate(() => ({
      seen: (
        window as unknown as {
          __policylensBench: { tasks: { start: number; duration: number }[]; loafExtensionScripts: number };
        }
      ).__policylensBench,
      highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      // A range over nodes outside the page (a clone's) is registered but never painted.
      detached: [...CSS.highlights.values()]
        .flatMap((h) => [...h])
        .filter((r) => !r.startContainer.isConnected || !r.endContainer.isConnected).length,
    }));
    const traced = attributeLongTasks(
      await endTrace(),
      p.url,
      `chrome-extension://${session.extensionId}/content-scripts/`,
      locate,
    );
    const { tasks, loafExtensionScripts } = seen;
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
      traced,
      loafExtensionScripts,
      message: state.message,
    };
  } catch (e) {
    return { ...base, message: e instanceof Error ? e.message.split("\n")[0]! : String(e) };
  } finally {
    await endTrace?.().catch(() => undefined);
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
