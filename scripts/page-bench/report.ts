// The page benchmark's tables: one row per page, then the summary the speed goal is judged on. The goal is
// judged on the trace's attribution (attribute.ts): a long task is ours when our script ran for most of it, or
// for over 50 ms of it without a break.
import { LONG_TASK_MS, type TaskAttribution } from "./attribute";
import type { PageMeasure } from "./measure";

/** How many of the slowest pages the summary names. */
const WORST = 8;

const ms = (x: number | null) => (x === null ? "–" : x.toFixed(0));
const longest = (m: PageMeasure, ours: boolean) =>
  Math.max(0, ...(ours ? m.ourLongTasks : m.longTasks).map((t) => t.duration));
const withOurs = (m: PageMeasure) => m.traced.filter((t) => t.ours > 0);
const ourLongestRun = (m: PageMeasure) => Math.max(0, ...m.traced.map((t) => t.longestRun));
const causedByUs = (m: PageMeasure) => m.traced.filter((t) => t.causedByUs);

export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function tableHeader(): string {
  return (
    "| page | status | start (ms after navigation) | start→painted ms | highlights | not in page | long tasks (observer) | in our run (observer) | long tasks (trace) | with our script | our longest run in one, ms | caused by us | long tasks: at ms, ms long (CPU ms), ours ms (longest run, how it ran): our code / browser work |\n" +
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  );
}

export function tableRow(m: PageMeasure): string {
  const status = m.status === "not-article" || m.status === "annotated" ? m.status : `${m.status}: ${m.message ?? ""}`;
  return (
    `| ${m.name} | ${status} | ${ms(m.startedAt)} | ${ms(m.startToPainted)} | ${m.highlights} | ${m.detached} | ${m.longTasks.length} | ${m.ourLongTasks.length} | ` +
    `${m.traced.length} | ${withOurs(m).length} | ${ms(ourLongestRun(m))} | ${causedByUs(m).length} | ${m.traced.map(describeTask).join("; ")} |`
  );
}

/** "@812 72 ms (cpu 60), ours 70 (longest run 70, in RunMicrotasks): draw (content-scripts/controller.ts:95) 40 / MinorGC 5". */
function describeTask(t: TaskAttribution): string {
  const ours =
    t.ours > 0
      ? `, ours ${ms(t.ours)} (longest run ${ms(t.longestRun)}, in ${t.entry})${t.causedByUs ? " CAUSED BY US" : ""}`
      : "";
  const parts = [t.ourCode.join(", "), t.work.join(", ")].filter(Boolean).join(" / ");
  return `@${ms(t.start)} ${ms(t.duration)} ms (cpu ${ms(t.cpu)})${ours}${parts ? `: ${parts}` : ""}`;
}

/** How our code entered the tasks, and which of our functions ran longest: "EvaluateScript ×22, RunMicrotasks: (anonymous) (src/messages/in-parts.ts:33) ×14". */
function causes(tasks: TaskAttribution[]): string {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const what =
      t.entry === "EvaluateScript"
        ? "EvaluateScript (cold start)"
        : `${t.entry}: ${t.ourCode[0]?.replace(/ \d+$/, "") ?? "?"}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => `${what} ×${n}`)
      .join(", ") || "none"
  );
}

export function summary(all: PageMeasure[]): string {
  const done = all.filter((m) => m.startToPainted !== null);
  const times = done.map((m) => m.startToPainted!);
  const withLong = all.filter((m) => longest(m, false) > LONG_TASK_MS);
  const withLongInRun = all.filter((m) => longest(m, true) > LONG_TASK_MS);
  const traced = all.flatMap((m) => m.traced);
  const pagesWithOurs = all.filter((m) => withOurs(m).length > 0);
  const caused = all.filter((m) => causedByUs(m).length > 0);
  const causedCpu = all.filter((m) => causedByUs(m).some((t) => (t.cpu ?? Infinity) > LONG_TASK_MS));
  const runs = [...all]
    .sort((a, b) => ourLongestRun(b) - ourLongestRun(a))
    .filter((m) => ourLongestRun(m) > 0)
    .slice(0, WORST);
  const worst = [...done]
    .sort((a, b) => longest(b, true) - longest(a, true) || b.startToPainted! - a.startToPainted!)
    .slice(0, WORST);
  const count = (s: string) => all.filter((m) => m.status === s).length;
  return [
    `pages: ${all.length} (annotated ${count("annotated")}, not-article ${count("not-article")}, error ${count("error")}, timeout ${count("timeout")}, failed ${count("failed")})`,
    `start→painted ms: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`,
    `pages with a long task > ${LONG_TASK_MS} ms (observer): ${withLong.length} in all; ${withLongInRun.length} overlapping the content script's run`,
    `long tasks in the traces: ${traced.length} on ${all.filter((m) => m.traced.length > 0).length} pages (${traced.filter((t) => (t.cpu ?? Infinity) > LONG_TASK_MS).length} of them with over ${LONG_TASK_MS} ms of main-thread CPU time); with our script's code in them: ${traced.filter((t) => t.ours > 0).length} on ${pagesWithOurs.length} pages`,
    `our longest unbroken run inside a long task, ms: ${runs.map((m) => `${m.name} ${ms(ourLongestRun(m))}`).join(", ") || "none"}`,
    `pages with a long task caused by our script: ${caused.length} of ${all.length}${caused.length ? ` (${caused.map((m) => m.name).join(", ")})` : ""}`,
    `  of them, where that task had over ${LONG_TASK_MS} ms of main-thread CPU time (long without the machine's load): ${causedCpu.length}${causedCpu.length ? ` (${causedCpu.map((m) => m.name).join(", ")})` : ""}`,
    `  what our script was doing in those tasks: ${causes(all.flatMap(causedByUs))}`,
    `long-animation-frame script entries naming an extension's script: ${all.reduce((n, m) => n + m.loafExtensionScripts, 0)}`,
    `not-article pages with highlights (should be 0): ${all.filter((m) => m.status === "not-article" && m.highlights > 0).length}`,
    `pages with highlight ranges outside the page, never painted (should be 0): ${
      all
        .filter((m) => m.detached > 0)
        .map((m) => `${m.name} ${m.detached}/${m.highlights}`)
        .join(", ") || "none"
    }`,
    `worst pages (longest observed task in our run, then start→painted): ${worst.map((m) => `${m.name} ${ms(longest(m, true))}/${ms(m.startToPainted)} ms`).join(", ")}`,
    `goal (no long task > ${LONG_TASK_MS} ms caused by the content script): ${caused.length === 0 ? "MET" : "MISSED"}`,
  ].join("\n");
}
