// Records a Chrome trace of one page over the DevTools protocol, the way the Performance panel does: the
// timeline (tasks, parsing, style, layout, paint, GC, script entry points) and the V8 sampling profiler,
// whose stacks say whose JavaScript ran at each moment. LoAF (`long-animation-frame`) cannot do this: in
// Chromium 156 its `scripts[]` named no content script over all 123 pages, while the traces found our code
// in 82 long tasks (measure.ts keeps counting, as a check).
import type { BrowserContext, CDPSession, Page } from "playwright-core";

/** What is recorded: the timeline, script entry points, the scheduler's tasks and the JS sampling profiler. */
const CATEGORIES = [
  "devtools.timeline",
  "blink.user_timing",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "toplevel",
  "disabled-by-default-v8.cpu_profiler",
];
/** Bytes asked for per IO.read: a page's trace is a few MB. */
const READ_CHUNK = 1 << 20;

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds, one clock for the whole trace. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, microseconds. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

/** Starts tracing the browser for `page`; the returned function ends it and gives back every event. */
export async function startTrace(context: BrowserContext, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Tracing.start", { categories: CATEGORIES.join(","), transferMode: "ReturnAsStream" });
  let ended: Promise<TraceEvent[]> | null = null;
  // Idempotent: a page that failed still ends its trace, so the next page can start one.
  return () => (ended ??= endTrace(cdp));
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  const { stream } = await complete;
  if (!stream) throw new Error("the trace came back without a stream");
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send("IO.read", { handle: stream, size: READ_CHUNK });
    chunks.push(base64Encoded ? Buffer.from(data, "base64").toString("utf8") : data);
    if (eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(chunks.join("")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
