// The library's "Export the whole library" in Chromium with 10,000 and 100,000 notes: the time from the
// click to the saved file, the file's size, the library page's long tasks meanwhile (a PerformanceObserver),
// and the page's peak JS heap (CDP Runtime.getHeapUsage, sampled from outside the page). The notes are
// written straight into the extension's IndexedDB first: the same library the export bench reads (_library.ts).
// Skipped with a reason when Chromium is not installed.
import { statSync } from "node:fs";
import type { Page } from "playwright-core";
import { launch, type Session } from "../lib/browser";
import { buildExtension } from "../page-bench/build";
import {
  forgetLongTasks,
  indexWords,
  LONG_TASK_MS,
  longTasks,
  observeLongTasks,
  seed,
  SIZES,
} from "./_browser-library";
import { hasChromium } from "./_chromium";

const FORMATS: [string, string][] = [
  ["export-json", "JSON-LD"],
  ["export-csv", "CSV"],
  ["export-markdown", "Markdown"],
];
const HEAP_SAMPLE_MS = 100;
const EXPORT_TIMEOUT_MS = 600_000;

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
    void cdp.send("Runtime.getHeapUsage").then(
      (h) => (heap = Math.max(heap, h.usedSize)),
      () => undefined,
    );
  }, HEAP_SAMPLE_MS);
  // Only the export counts: long tasks of the library's own first render are dropped.
  await forgetLongTasks(lib);
  const start = Date.now();
  const [download] = await Promise.all([
    lib.waitForEvent("download", { timeout: EXPORT_TIMEOUT_MS }),
    group.getByTestId(button).click(),
  ]);
  const path = await download.path();
  const ms = Date.now() - start;
  clearInterval(sampler);
  const tasks = await longTasks(lib);
  await cdp.detach();
  await lib.close();
  return { ms, mb: statSync(path).size / 1e6, longTasks: tasks, heapMb: heap / 1e6 };
}

export default async function libraryExportBrowserBench(): Promise<void> {
  if (!hasChromium()) return;
  await buildExtension();
  console.log(
    `The library page's whole export in Chromium; long tasks are the library page's, over ${LONG_TASK_MS} ms.`,
  );
  console.log("| notes | format | click → file saved, s | file MB | long tasks | longest task ms | peak JS heap MB |");
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const size of SIZES) {
    const session = await launch([]);
    try {
      await seed(session, size);
      console.log(
        `| ${size} | (word index, first library open) | ${((await indexWords(session)) / 1000).toFixed(1)} | | | | |`,
      );
      for (const [button, label] of FORMATS) {
        const m = await exportOnce(session, button);
        const longest = m.longTasks.length ? Math.max(...m.longTasks).toFixed(0) : "–";
        console.log(
          `| ${size} | ${label} | ${(m.ms / 1000).toFixed(1)} | ${m.mb.toFixed(1)} | ${m.longTasks.length} | ${longest} | ${m.heapMb.toFixed(0)} |`,
        );
      }
    } finally {
      await session.close();
    }
  }
}
