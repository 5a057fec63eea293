// Backup and restore from the library's Settings tab in Chromium with 10,000 and 100,000 notes: the backup
// download, a restore that replaces everything in a fresh profile, and a merge of the same file into the library
// it came from (every record already there), after the library's word index is built. For each: the time from the
// click (or the file chosen) to the result shown, how long the page waited on the background for each kind of
// message, and the library page's long tasks meanwhile. Skipped with a reason when Chromium is not installed.
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

const TIMEOUT_MS = 900_000;

interface Measure {
  ms: number;
  longTasks: number[];
  result: string;
  /** Seconds spent waiting on the background, by message name. */
  waits: Record<string, number>;
}

/** Runs in the library page before its scripts: how long each message to the background takes, by name. */
function timeMessages() {
  const waits: Record<string, number> = {};
  (window as unknown as { __waits: Record<string, number> }).__waits = waits;
  const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (m: unknown) => Promise<unknown>;
  (chrome.runtime as unknown as { sendMessage: (m: { name?: string }) => Promise<unknown> }).sendMessage = async (
    m,
  ) => {
    const start = performance.now();
    try {
      return await send(m);
    } finally {
      const name = String(m?.name);
      waits[name] = (waits[name] ?? 0) + (performance.now() - start) / 1000;
    }
  };
}

async function settings(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.addInitScript(timeMessages);
  await page.goto(`chrome-extension://${session.extensionId}/popup/library.html#settings`);
  await page.getByTestId("backup-export").waitFor();
  await forgetLongTasks(page);
  return page;
}

const waits = (page: Page) => page.evaluate(() => (window as unknown as { __waits: Record<string, number> }).__waits);

async function backUp(session: Session): Promise<Measure & { path: string }> {
  const page = await settings(session);
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT_MS }),
    page.getByTestId("backup-export").click(),
  ]);
  const path = await download.path();
  const ms = Date.now() - start;
  const m = {
    ms,
    longTasks: await longTasks(page),
    waits: await waits(page),
    result: (await page.getByTestId("backup-result").textContent()) ?? "",
    path,
  };
  await page.close();
  return m;
}

async function restore(session: Session, file: string, mode: "merge" | "replace"): Promise<Measure> {
  const page = await settings(session);
  await page.getByTestId(`backup-mode-${mode}`).check();
  if (mode === "replace") page.once("dialog", (d) => void d.accept());
  const start = Date.now();
  await page.getByTestId("backup-import").setInputFiles(file);
  const result = page.getByTestId("backup-result");
  await result.waitFor({ timeout: TIMEOUT_MS });
  const ms = Date.now() - start;
  const m = {
    ms,
    longTasks: await longTasks(page),
    waits: await waits(page),
    result: ((await result.textContent()) ?? "").replace(/\s+/g, " "),
  };
  await page.close();
  return m;
}

function row(size: number, step: string, m: Measure): string {
  const longest = m.longTasks.length ? Math.max(...m.longTasks).toFixed(0) : "–";
  const waited = Object.entries(m.waits)
    .filter(([name]) => name.startsWith("backup/"))
    .map(([name, s]) => `${name.slice(7)} ${s.toFixed(1)}`)
    .join(", ");
  return `| ${size} | ${step} | ${(m.ms / 1000).toFixed(1)} | ${waited} | ${m.longTasks.length} | ${longest} | ${m.result.slice(0, 60)} |`;
}

export default async function libraryRestoreBrowserBench(): Promise<void> {
  if (!hasChromium()) return;
  await buildExtension();
  console.log(
    `Backup and restore from the library's Settings tab in Chromium; long tasks are the library page's, over ${LONG_TASK_MS} ms.`,
  );
  console.log(
    "| notes | step | seconds | of which waiting on the background, s | long tasks | longest task ms | what the page said |",
  );
  console.log("| ---: | --- | ---: | --- | ---: | ---: | --- |");
  for (const size of SIZES) {
    const from = await launch([]);
    try {
      await seed(from, size);
      // Indexed first, as a library in use is: the index is built in the background, which also makes the backup.
      console.log(
        `| ${size} | (word index, first library open) | ${((await indexWords(from)) / 1000).toFixed(1)} | | | | |`,
      );
      const backup = await backUp(from);
      console.log(row(size, "back up (download)", backup));
      const fresh = await launch([]);
      try {
        console.log(
          row(size, "restore, replacing, into a fresh profile", await restore(fresh, backup.path, "replace")),
        );
      } finally {
        await fresh.close();
      }
      console.log(row(size, "restore, merging into the same library", await restore(from, backup.path, "merge")));
    } finally {
      await from.close();
    }
  }
}
