// Gives the main thread back to the page between chunks of work, so no task grows long:
// scheduler.yield() where the browser has it (it keeps our place in the queue), a macrotask elsewhere.
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Work this long, then give the page its main thread back. */
const SLICE_MS = 8;

/**
 * For long loops on the page: `await slice()` between steps yields only once the current slice of work
 * has run its time, so short jobs never pause and long ones never hold the thread for long.
 */
export function slicer(win: Window): () => Promise<void> | void {
  let deadline = win.performance.now() + SLICE_MS;
  return () => {
    if (win.performance.now() <= deadline) return;
    return yieldToPage(win).then(() => {
      deadline = win.performance.now() + SLICE_MS;
    });
  };
}
