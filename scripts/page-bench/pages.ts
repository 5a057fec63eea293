// The pages the page benchmark opens: Readability's 122 test pages, the committed reference page and the
// labelled fixtures, each served at an address on a default news site so the content script starts by
// itself, as it does for a reader, without a toolbar click.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** The huge page's size: the 100,000 paragraphs, each a sentence of the reference article (~10 M characters). */
const HUGE_PARAGRAPHS = 100_000;
const REFERENCE_PAGE = join(root, "test/pages/caravan-rare-earths/source.html");

/**
 * A generated page of HUGE_PARAGRAPHS paragraphs (the reference article's sentences, over and over, in its <article>):
 * the size at which one pass over the page's text (mapping, drawing) grows into a long task of its own.
 */
function hugePage(): BenchPage {
  const name = `generated-${HUGE_PARAGRAPHS}-paragraphs`;
  const url = `${BENCH_ORIGIN}/bench/${name}/`;
  // Made once per version of the reference page and kept: the same bytes every time.
  const html = readFileSync(REFERENCE_PAGE, "utf8");
  const version = createHash("sha256").update(html).digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `policylens-bench-${name}-${version}`);
  const file = join(dir, "source.html");
  if (existsSync(file)) return { name, file, url };
  const start = html.indexOf("<article");
  const end = html.indexOf("</article>");
  const sentences = (html.slice(start, end).match(/<p>[\s\S]*?<\/p>/g) ?? []).flatMap((p) =>
    p.replace(/<\/?p>/g, "").split(/(?<=[.!?»])\s+(?=[«А-ЯA-Z])/),
  );
  const body = Array.from({ length: HUGE_PARAGRAPHS }, (_, i) => `<p>${sentences[i % sentences.length]}</p>`).join(
    "\n",
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${html.slice(0, start)}<article class="article">\n${body}\n${html.slice(end)}`);
  return { name, file, url };
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
  return [...seen.values(), hugePage()];
}
