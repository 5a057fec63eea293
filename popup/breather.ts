// For long loops in the extension's own pages (exports, restores): `await breathe()` between steps lets the
// page paint and answer the reader once the loop has held the thread this long. Awaiting promises alone never
// does: a stream whose data is already there resolves read after read within one task.

/** How long a loop may run before it gives the page a turn. */
const BREATHE_MS = 30;

export function breather(): () => Promise<void> | void {
  let since = performance.now();
  return () => {
    if (performance.now() - since <= BREATHE_MS) return;
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      since = performance.now();
    });
  };
}
