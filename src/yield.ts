// Giving the main thread back between chunks of work, so no task grows long: in the reader's page (the content
// script serialising and reading it) and in the extension's own pages (exports, restores). Awaiting promises
// alone never yields: a stream whose data is already there resolves read after read within one task.

/** What yielding needs of a window: a page's, an extension page's, or a test's stand-in. */
export interface YieldHost {
  setTimeout(handler: () => void, ms: number): unknown;
  performance: { now(): number };
  scheduler?: { yield?: () => Promise<void> };
}

/** A slice on the reader's page: well inside one frame, so scrolling and typing never wait on us. */
export const PAGE_SLICE_MS = 8;
/** A slice in the extension's own pages: more work per turn for long exports, still far from a 50 ms long task. */
export const OWN_PAGE_SLICE_MS = 30;

/** scheduler.yield() where the browser has it (it keeps our place in the queue), a macrotask elsewhere. */
export function yieldToPage(host: YieldHost): Promise<void> {
  if (host.scheduler?.yield) return host.scheduler.yield();
  return new Promise((resolve) => host.setTimeout(resolve, 0));
}

/**
 * For long loops: `await slice()` between steps yields only once the current slice of work has run `sliceMs`,
 * so short jobs never pause and long ones never hold the thread for long. The next slice counts from the turn.
 */
export function slicer(host: YieldHost, sliceMs: number): () => Promise<void> | void {
  let deadline = host.performance.now() + sliceMs;
  return () => {
    if (host.performance.now() <= deadline) return;
    return yieldToPage(host).then(() => {
      deadline = host.performance.now() + sliceMs;
    });
  };
}
