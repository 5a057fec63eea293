// Whose work a page's long tasks were: for each task over 50 ms on the page's main thread in a Chrome trace,
// how much of it was our content script's JavaScript (the sampling profiler's stacks, plus the script's own
// evaluation and calls as the timeline records them), our longest unbroken run in it, which of our functions
// ran, and the browser's biggest pieces of work in it (parsing, style, layout, paint, GC).
import type { TraceEvent } from "./trace";

/** The browser's definition of a long task. */
export const LONG_TASK_MS = 50;

/** Browser work worth naming in a task, as the timeline calls it. */
const NAMED_WORK = new Set([
  "ParseHTML",
  "UpdateLayoutTree",
  "Layout",
  "PrePaint",
  "Paint",
  "Layerize",
  "Commit",
  "HitTest",
  "MinorGC",
  "MajorGC",
  "EvaluateScript",
  "v8.compile",
  "FunctionCall",
  "RunMicrotasks",
  "TimerFire",
  "FireIdleCallback",
  "EventDispatch",
  "FireAnimationFrame",
  "ParseAuthorStyleSheet",
]);
/** Smaller pieces of a task are not named. */
const NAMED_WORK_MIN_MS = 5;
/** How many pieces of browser work, and of our functions, a task names. */
const NAMED_TOP = 3;
/** Timeline events by which script comes to run, innermost wins: how our code entered a task. */
const ENTRY_EVENTS = new Set([
  "EvaluateScript",
  "FireIdleCallback",
  "TimerFire",
  "EventDispatch",
  "FireAnimationFrame",
  "RunMicrotasks",
  "FunctionCall",
]);
/** Timeline events whose script address says whose code they run. */
const SCRIPT_EVENTS = new Set(["EvaluateScript", "v8.compile", "v8.run", "FunctionCall", "v8.callFunction"]);

export interface TaskAttribution {
  /** ms after navigation start (the page's performance.now() clock). */
  start: number;
  duration: number;
  /**
   * The main thread's CPU time in the task, ms (null if the trace has none). Far below `duration` means the
   * thread waited for a core: the machine's load, not the page's work, made the task long.
   */
  cpu: number | null;
  /** ms of the task in which our content script's code was running (or being compiled). */
  ours: number;
  /** Our longest unbroken stretch in the task, ms. */
  longestRun: number;
  /** Ours: our script ran for most of the task, or for over 50 ms of it without a break. */
  causedByUs: boolean;
  /**
   * How our code came to run in the task: "EvaluateScript" (its first run on the page, a cold start),
   * "FireIdleCallback", "RunMicrotasks" (an async step resumed), ...; null when it did not run.
   */
  entry: string | null;
  /** The browser's biggest pieces of work in the task, "Layout 143". */
  work: string[];
  /** Our functions that ran longest in it (on each sample, the innermost of ours on the stack), ms: "draw (content-scripts/controller.ts:95) 40". */
  ourCode: string[];
}

/** Maps a position in the built content script (0-based line and column) to its source, "file.ts:line". */
export type Locate = (line: number, column: number) => string | null;

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface Sample {
  at: number;
  /** "profile:node", see profileOf. */
  node: string;
}
type Interval = [number, number];

/**
 * The long tasks of the page at `pageUrl` in `events`, each attributed. `ourPrefix` is the content script's
 * address prefix (chrome-extension://ID/content-scripts/).
 */
export function attributeLongTasks(
  events: TraceEvent[],
  pageUrl: string,
  ourPrefix: string,
  locate: Locate,
): TaskAttribution[] {
  const main = pageMainThread(events, pageUrl);
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const origin = navigationStart(onMain, pageUrl) ?? onMain.reduce((min, e) => Math.min(min, e.ts), Infinity);
  const { samples, nodes } = profileOf(events, main);
  const ourFrame = innermostOurFrame(nodes, ourPrefix);
  const ourEvents = onMain.filter((e) => e.ph === "X" && SCRIPT_EVENTS.has(e.name) && isOurs(e, ourPrefix));
  return longTasks(onMain).map((task) => {
    const [from, to] = [task.ts, task.ts + task.dur!];
    const byFunction = new Map<string, number>();
    const ourSpans: Interval[] = [];
    samples.forEach((s, i) => {
      const frame = ourFrame(s.node);
      const [a, b] = [Math.max(s.at, from), Math.min(samples[i + 1]?.at ?? s.at, to)];
      if (!frame || b <= a) return;
      ourSpans.push([a, b]);
      const name = describe(frame, locate);
      byFunction.set(name, (byFunction.get(name) ?? 0) + (b - a));
    });
    for (const e of ourEvents) {
      const [a, b] = [Math.max(e.ts, from), Math.min(e.ts + e.dur!, to)];
      if (b > a) ourSpans.push([a, b]);
    }
    const merged = merge(ourSpans);
    const ours = merged.reduce((n, [a, b]) => n + b - a, 0) / 1000;
    const duration = task.dur! / 1000;
    const longestRun = Math.max(0, ...merged.map(([a, b]) => (b - a) / 1000));
    return {
      start: (from - origin) / 1000,
      duration,
      cpu: task.tdur === undefined ? null : task.tdur / 1000,
      ours,
      longestRun,
      causedByUs: ours > duration / 2 || longestRun > LONG_TASK_MS,
      entry: merged.length ? entryOf(onMain, merged[0]![0]) : null,
      work: namedWork(onMain, from, to),
      ourCode: [...byFunction]
        .sort((x, y) => y[1] - x[1])
        .slice(0, NAMED_TOP)
        .map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`),
    };
  });
}

/** The renderer main thread that parsed the page. */
function pageMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const parse = events.find(
    (e) => e.name === "ParseHTML" && (e.args?.beginData as { url?: string } | undefined)?.url === pageUrl,
  );
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

/** The page's time origin, so task starts read like the page's own performance.now(). */
function navigationStart(onMain: TraceEvent[], pageUrl: string): number | null {
  const marks = onMain.filter(
    (e) =>
      e.name === "navigationStart" &&
      (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === pageUrl,
  );
  return marks.at(-1)?.ts ?? null;
}

/** Top-level scheduler tasks over the long-task threshold (a RunTask inside another is part of it). */
function longTasks(onMain: TraceEvent[]): TraceEvent[] {
  const tasks = onMain
    .filter((e) => e.name === "RunTask" && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1)!.ts + top.at(-1)!.dur!) top.push(t);
  return top.filter((t) => t.dur! > LONG_TASK_MS * 1000);
}

/**
 * The sampling profiler's samples of one thread, in time order, and its call tree. A thread may have more than
 * one profile (node ids are per profile): nodes are keyed "profile:node".
 */
function profileOf(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
): { samples: Sample[]; nodes: Map<string, ProfileNode> } {
  const nodes = new Map<string, ProfileNode>();
  const samples: Sample[] = [];
  for (const profile of events.filter((e) => e.name === "Profile" && e.pid === thread.pid && e.tid === thread.tid)) {
    let at = (profile.args?.data as { startTime: number }).startTime;
    const chunks = events
      .filter((e) => e.name === "ProfileChunk" && e.pid === thread.pid && e.id === profile.id)
      .sort((a, b) => a.ts - b.ts);
    for (const chunk of chunks) {
      const data = chunk.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(`${profile.id}:${n.id}`, n);
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        at += data.timeDeltas?.[i] ?? 0;
        samples.push({ at, node: `${profile.id}:${node}` });
      });
    }
  }
  return { samples: samples.sort((a, b) => a.at - b.at), nodes };
}

/** For a profile node, the innermost frame on its stack that is our content script's, or null. */
function innermostOurFrame(nodes: Map<string, ProfileNode>, ourPrefix: string): (key: string) => CallFrame | null {
  const memo = new Map<string, CallFrame | null>();
  const find = (key: string): CallFrame | null => {
    if (memo.has(key)) return memo.get(key)!;
    const node = nodes.get(key);
    const profile = key.slice(0, key.indexOf(":"));
    const found = !node
      ? null
      : node.callFrame.url?.startsWith(ourPrefix)
        ? node.callFrame
        : node.parent === undefined
          ? null
          : find(`${profile}:${node.parent}`);
    memo.set(key, found);
    return found;
  };
  return find;
}

function isOurs(e: TraceEvent, ourPrefix: string): boolean {
  const url =
    (e.args?.data as { url?: string } | undefined)?.url ?? (e.args as { fileName?: string } | undefined)?.fileName;
  return typeof url === "string" && url.startsWith(ourPrefix);
}

function describe(frame: CallFrame, locate: Locate): string {
  const where = frame.lineNumber !== undefined ? locate(frame.lineNumber, frame.columnNumber ?? 0) : null;
  return `${frame.functionName || "(anonymous)"}${where ? ` (${where})` : ""}`;
}

/** The innermost entry event running at `at`; a FunctionCall names the callback kind around it when there is one. */
function entryOf(onMain: TraceEvent[], at: number): string {
  const around = onMain
    .filter((e) => e.ph === "X" && ENTRY_EVENTS.has(e.name) && e.ts <= at && at < e.ts + e.dur!)
    .sort((a, b) => b.ts - a.ts);
  return (around.find((e) => e.name !== "FunctionCall") ?? around[0])?.name ?? "?";
}

/** The biggest named pieces of timeline work inside [from, to], "Layout 143". */
function namedWork(onMain: TraceEvent[], from: number, to: number): string[] {
  return onMain
    .filter(
      (e) => e.ph === "X" && NAMED_WORK.has(e.name) && e.ts >= from && e.ts < to && e.dur! >= NAMED_WORK_MIN_MS * 1000,
    )
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, NAMED_TOP)
    .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)}`);
}

function merge(spans: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
