// The page benchmark's tables: one row per page, then the summary the speed goal is judged on.
import { LONG_TASK_MS, type PageMeasure } from "./measure";

/** How many of the slowest pages the summary names. */
const WORST = 8;

const ms = (x: number | null) => (x === null ? "–" : x.toFixed(0));
const longest = (m: PageMeasure, ours: boolean) => Math.max(0, ...(ours ? m.ourLongTasks : m.longTasks).map((t) => t.duration));

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function tableHeader(): string {
  return "| page | status | start (ms after navigation) | start→painted ms | highlights | not in page | long tasks (all) | longest (all) ms | long tasks in our run | longest in our run ms |\n" +
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
}

export function tableRow(m: PageMeasure): string {
  const status = m.status === "not-article" || m.status === "annotated" ? m.status : `${m.status}: ${m.message ?? ""}`;
  return `| ${m.name} | ${status} | ${ms(m.startedAt)} | ${ms(m.startToPainted)} | ${m.highlights} | ${m.detached} | ${m.longTasks.length} | ${ms(longest(m, false))} | ${m.ourLongTasks.length} | ${ms(longest(m, true))} |`;
}

export function summary(all: PageMeasure[]): string {
  const done = all.filter((m) => m.startToPainted !== null);
  const times = done.map((m) => m.startToPainted!);
  const withLong = all.filter((m) => longest(m, false) > LONG_TASK_MS);
  const withOurs = all.filter((m) => longest(m, true) > LONG_TASK_MS);
  const worst = [...done].sort((a, b) => longest(b, true) - longest(a, true) || b.startToPainted! - a.startToPainted!).slice(0, WORST);
  const count = (s: string) => all.filter((m) => m.status === s).length;
  return [
    `pages: ${all.length} (annotated ${count("annotated")}, not-article ${count("not-article")}, error ${count("error")}, timeout ${count("timeout")}, failed ${count("failed")})`,
    `start→painted ms: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`,
    `pages with a long task > ${LONG_TASK_MS} ms: ${withLong.length} in all; ${withOurs.length} during the content script's run`,
    `not-article pages with highlights (should be 0): ${all.filter((m) => m.status === "not-article" && m.highlights > 0).length}`,
    `pages with highlight ranges outside the page, never painted (should be 0): ${all.filter((m) => m.detached > 0).map((m) => `${m.name} ${m.detached}/${m.highlights}`).join(", ") || "none"}`,
    `worst pages (longest task in our run, then start→painted): ${worst.map((m) => `${m.name} ${ms(longest(m, true))}/${ms(m.startToPainted)} ms`).join(", ")}`,
    `goal (no long task > ${LONG_TASK_MS} ms from the content script): ${withOurs.length === 0 ? "MET" : "MISSED"}`,
  ].join("\n");
}
