// The whole engine in Chromium, as the extension runs it: the offscreen document parses the page's HTML (as the
// content script sends it) with DOMParser and reads the article (readArticleForTransfer: Readability on that copy, then the text), and the background runs
// the text stages (runPipeline). Each page is timed inside the browser with performance.now(), best of a few
// runs after a warm-up, over the same pages as the Node engine bench.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { bundleForPage } from "./_page-bundle";

const ROOT = join(import.meta.dirname, "../..");
const SHARED = join(ROOT, "../shared");
const PAGE_DIRS = [join(SHARED, "data/readability-pages"), join(SHARED, "fixtures/pages")];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Runs per page after the warm-up; the fastest of each part is kept (other processes share this machine). */
const RUNS = 5;
/** The goal: no page slower than this on this machine. */
const PAGE_BUDGET_MS = 50;
/** Below this a page's Readability time is too near the browser clock's resolution to divide by. */
const MIN_MEASURABLE_MS = 0.5;
/** The address the pages are read under (as in the Node bench): not a home or search page. */
const PAGE_URL = "https://example.org/news/article";

/** What the page reports for one page, in ms: each part's fastest run. */
interface BrowserTiming {
  parse: number;
  readability: number;
  read: number;
  pipeline: number;
  annotations: number;
}
/** What the bundle puts on the page for the bench to call. */
type BenchGlobal = { policylensBench: (...args: unknown[]) => BrowserTiming };
interface Row extends BrowserTiming {
  page: string;
}

async function bundle(): Promise<string> {
  const src = join(ROOT, "src/extract");
  // The bundle's entry: one timing function for the page to call.
  return bundleForPage(
    `import { Readability } from "@mozilla/readability";
import { readArticleForTransfer } from ${JSON.stringify(join(src, "article-transfer.ts"))};
import { runPipeline } from ${JSON.stringify(join(src, "pipeline.ts"))};

/** The fastest of several runs of f; prepare makes each run's input untimed (a fresh parse, for a step that uses one up). */
const best = <T>(runs: number, f: (input: T) => void, prepare: () => T = () => undefined as T) => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t = performance.now();
    f(input);
    min = Math.min(min, performance.now() - t);
  }
  return min;
};
const freshParse = (html: string) => () => new DOMParser().parseFromString(html, "text/html");

/**
 * The page as the content script sends it (content-scripts/serialise-page.ts): scripts, but not JSON-LD, and styles
 * empty. Readability and the engine are both timed on this.
 */
const asSent = (source: string) => {
  const d = new DOMParser().parseFromString(source, "text/html");
  for (const el of Array.from(d.querySelectorAll("script, style")))
    if (!(el.nodeName === "SCRIPT" && /ld\\+json/i.test(el.getAttribute("type") ?? ""))) el.textContent = "";
  return "<!DOCTYPE html>" + d.documentElement.outerHTML;
};

(globalThis as any).policylensBench = (source: string, url: string, runs: number) => {
  const html = asSent(source);
  const parse = best(runs, () => new DOMParser().parseFromString(html, "text/html"));
  // Warm-up: the first run compiles the regexes and builds the lexicon indexes. Reading uses up its copy.
  let transfer = readArticleForTransfer(new DOMParser().parseFromString(html, "text/html"), url);
  let annotations = 0;
  const pipeline = () => {
    const { lang, ...meta } = transfer.article;
    const r = runPipeline(transfer.text, lang, meta);
    annotations = r.people.length + r.organisations.length + r.policyOptions.length;
  };
  pipeline();
  // Readability as it comes, on a fresh copy of the page: its parse, with no clone and its own serializer.
  const readability = best(runs, (fresh: Document) => new Readability(fresh).parse(), freshParse(html));
  const read = best(runs, (fresh: Document) => { transfer = readArticleForTransfer(fresh, url); }, freshParse(html));
  return { parse, readability, read, pipeline: best(runs, pipeline), annotations };
};
`,
    "PolicyLensBench",
  );
}

function pages(): { page: string; html: string }[] {
  const out: { page: string; html: string }[] = [];
  for (const base of PAGE_DIRS) {
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, "source.html");
      if (existsSync(file)) out.push({ page: name, html: readFileSync(file, "utf8") });
    }
  }
  return out;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}

export default async function bench(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    return;
  }
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>engine bench</title>");
    await page.addScriptTag({ content: code });
    for (const { page: name, html } of pages()) {
      const t = await page.evaluate(
        ([h, u, n]) => (globalThis as unknown as BenchGlobal).policylensBench(h, u, n) as BrowserTiming,
        [html, PAGE_URL, RUNS] as const,
      );
      rows.push({ page: name, ...t });
    }
    const version = browser.version();
    report(rows, version);
  } finally {
    await browser.close();
  }
}

function report(rows: Row[], version: string): void {
  const f = (x: number) => x.toFixed(1);
  const total = rows.map((r) => ({ page: r.page, ms: r.read + r.pipeline }));
  const after = rows.map((r) => ({ page: r.page, ms: Math.max(0, r.read + r.pipeline - r.readability) }));
  // Per page only where Readability took measurable time: the page's clock ticks in steps of up to 0.1 ms, and a
  // page Readability gives up on at once would divide by zero.
  const ratio = rows.flatMap((r, i) =>
    r.readability >= MIN_MEASURABLE_MS ? [{ page: r.page, ms: after[i]!.ms / r.readability }] : [],
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const slowest = (xs: { page: string; ms: number }[]) =>
    [...xs]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((x) => `${x.page} ${f(x.ms)} ms`)
      .join(", ");
  const line = (label: string, xs: { page: string; ms: number }[]) => {
    const ms = xs.map((x) => x.ms);
    const over = ms.filter((x) => x > PAGE_BUDGET_MS).length;
    console.log(
      `${label}: median ${f(median(ms))} ms, p95 ${f(quantile(ms, 0.95))} ms, max ${f(Math.max(...ms))} ms; over ${PAGE_BUDGET_MS} ms: ${over} of ${xs.length}; slowest: ${slowest(xs)}`,
    );
  };
  console.log(
    `pages: ${rows.length} (Readability test pages + fixtures), Chromium ${version} headless, best of ${RUNS} runs after a warm-up, timed in the page, on each page's HTML as the content script sends it (script and style text left out)`,
  );
  console.log(
    `DOMParser parse (not counted below): median ${f(median(rows.map((r) => r.parse)))} ms, max ${f(Math.max(...rows.map((r) => r.parse)))} ms`,
  );
  console.log(
    `Readability parse alone: median ${f(median(rows.map((r) => r.readability)))} ms, p95 ${f(
      quantile(
        rows.map((r) => r.readability),
        0.95,
      ),
    )} ms`,
  );
  line("(a) Readability + engine (readArticleForTransfer + runPipeline)", total);
  // Where the time of each page over budget goes: Readability's own parse, our reading around it, the text stages.
  const overBudget = rows
    .filter((r) => r.read + r.pipeline > PAGE_BUDGET_MS)
    .sort((a, b) => b.read + b.pipeline - a.read - a.pipeline);
  for (const r of overBudget)
    console.log(
      `  over ${PAGE_BUDGET_MS} ms: ${r.page}: reading the article ${f(r.read)} ms (Readability as it comes, alone: ${f(r.readability)} ms), text stages ${f(r.pipeline)} ms`,
    );
  line("(b) engine work after Readability", after);
  line(
    "text stages alone (runPipeline)",
    rows.map((r) => ({ page: r.page, ms: r.pipeline })),
  );
  const ratios = ratio.map((x) => x.ms);
  console.log(
    `(c) ratio after-Readability / Readability: total ${(sum(after.map((x) => x.ms)) / sum(rows.map((r) => r.readability))).toFixed(2)}, median per page ${median(ratios).toFixed(2)}, p95 ${quantile(ratios, 0.95).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (${[...ratio].sort((a, b) => b.ms - a.ms)[0]?.page}); pages above 1.0: ${ratios.filter((x) => x > 1).length} of ${ratios.length} with Readability ≥ ${MIN_MEASURABLE_MS} ms (goal ≤ 1.0)`,
  );
  console.log(
    `annotations found in the browser (people + organisations + options, all pages): ${sum(rows.map((r) => r.annotations))}`,
  );
}
