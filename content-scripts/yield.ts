// Gives the main thread back to the page between chunks of work, so no task grows long:
// scheduler.yield() where the browser has it (it keeps our place in the queue), a macrotask elsewhere.
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
