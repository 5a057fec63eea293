// The pages the page benchmark opens: Readability's 122 test pages, the committed reference page and the
// labelled fixtures, each served at an address on a default news site so the content script starts by
// itself, as it does for a reader, without a toolbar click.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const shared = resolve(root, "../shared");
/** Source folders, in report order; a name seen twice (the reference page) is benchmarked once. */
const SOURCES = [join(root, "test/pages"), join(shared, "fixtures/pages"), join(shared, "data/readability-pages")];
/** A host the manifest's content_scripts match, and a path no index-page rule mistakes for a section page. */
const BENCH_ORIGIN = "https://www.theguardian.com";

export interface BenchPage {
  name: string;
  file: string;
  url: string;
}

export function benchPages(): BenchPage[] {
  const seen = new Map<string, BenchPage>();
  for (const dir of SOURCES) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, "source.html");
      if (seen.has(name) || !existsSync(file)) continue;
      seen.set(name, { name, file, url: `${BENCH_ORIGIN}/bench/${encodeURIComponent(name)}/` });
    }
  }
  return [...seen.values()];
}
