// The engine's speed and size. Over the Readability test pages and the labelled fixtures: engine time per
// page (median, p95, max), ms per 1,000 words, and the ratio of the engine's own work (everything after
// Readability) to Readability's parse of the same page in the same run. Then the engine's share of a
// content-script bundle, minified and gzipped.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { build } from "vite";
import { readArticle } from "../../src/extract/article";
import { extractFromDocument } from "../../src/extract/engine";
import { runPipeline } from "../../src/extract/pipeline";
import { taggerModels } from "../../src/tagger-models";
import { compareWithCompromise } from "./_compromise";

const ROOT = join(import.meta.dirname, "../..");
/** The packaged models, as the CLI and the extension use them. */
const tagger = taggerModels();
const SHARED = join(ROOT, "../shared");
const PAGE_DIRS = [join(SHARED, "data/readability-pages"), join(SHARED, "fixtures/pages")];
/** Runs per page; the fastest is kept: other processes share this machine, and their load only adds time. */
const RUNS = 3;
/** The goal: no page slower than this on this machine. */
const PAGE_BUDGET_MS = 50;
/** The goal for the engine's share of the content-script bundle. */
const BUNDLE_BUDGET_KB = 150;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

interface PageTiming {
  page: string;
  words: number;
  engine: number;
  readability: number;
  stages: number;
  /** The text stages with the learned tagger (the product), beside `stages` (the rules alone). */
  tagged: number;
}

function timePage(page: string, html: string): PageTiming {
  const doc = new JSDOM(html, { url: "https://example.org/news/article", virtualConsole: new VirtualConsole() }).window
    .document;
  let words = 0;
  const engine: number[] = [],
    readability: number[] = [],
    stages: number[] = [],
    tagged: number[] = [];
  extractFromDocument(doc); // warm-up: the first run compiles the regexes and lexicon indexes
  const { dom, lang, ...meta } = readArticle(doc, null);
  for (let i = 0; i < RUNS; i++) {
    readability.push(time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    engine.push(
      time(() => {
        words = extractFromDocument(doc, { tagger }).text.split(/\s+/).filter(Boolean).length;
      }),
    );
    // What the extension runs in its background: the text stages on the article's text.
    stages.push(time(() => runPipeline(dom.text, lang, meta)));
    tagged.push(time(() => runPipeline(dom.text, lang, meta, { tagger })));
  }
  return {
    page,
    words,
    engine: Math.min(...engine),
    readability: Math.min(...readability),
    stages: Math.min(...stages),
    tagged: Math.min(...tagged),
  };
}

async function bundleSize(): Promise<{ engine: number; readabilityOnly: number }> {
  // Inside the repository (node_modules/.cache), so the entry files resolve the project's packages.
  const cache = join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "policylens-bundle-"));
  const gz = async (name: string, code: string) => {
    const entry = join(dir, `${name}-entry.ts`);
    writeFileSync(entry, code);
    await build({
      configFile: false,
      logLevel: "silent",
      root: ROOT,
      build: {
        outDir: join(dir, name),
        emptyOutDir: true,
        minify: true,
        write: true,
        lib: { entry, formats: ["iife"], name: "PolicyLens", fileName: () => "bundle.js" },
      },
    });
    return gzipSync(readFileSync(join(dir, name, "bundle.js")), { level: 9 }).length / 1024;
  };
  try {
    const engine = await gz(
      "engine",
      `import { extractFromDocument } from ${JSON.stringify(join(ROOT, "src/extract/engine.ts"))};\n(globalThis as any).policylens = extractFromDocument;\n`,
    );
    const readabilityOnly = await gz(
      "readability",
      `import { Readability } from "@mozilla/readability";\n(globalThis as any).R = Readability;\n`,
    );
    return { engine, readabilityOnly };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  const timings: PageTiming[] = [];
  for (const base of PAGE_DIRS) {
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, "source.html");
      if (existsSync(file)) timings.push(timePage(name, readFileSync(file, "utf8")));
    }
  }
  const after = timings.map((t) => Math.max(0, t.engine - t.readability));
  const perKWords = timings.filter((t) => t.words > 0).map((t) => t.engine / (t.words / 1000));
  const slowest = timings.reduce((a, b) => (b.engine > a.engine ? b : a));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `pages: ${timings.length} (Readability test pages + fixtures), best of ${RUNS} runs each, Node ${process.version}`,
  );
  console.log(
    `engine per page (extractFromDocument, Readability included): median ${f(median(timings.map((t) => t.engine)))} ms, p95 ${f(
      quantile(
        timings.map((t) => t.engine),
        0.95,
      ),
    )} ms, max ${f(slowest.engine)} ms (${slowest.page})`,
  );
  console.log(`Readability parse alone: median ${f(median(timings.map((t) => t.readability)))} ms`);
  console.log(`engine work after Readability: median ${f(median(after))} ms, p95 ${f(quantile(after, 0.95))} ms`);
  console.log(
    `ratio after-Readability / Readability: total ${(sum(after) / sum(timings.map((t) => t.readability))).toFixed(2)}, median per page ${median(timings.map((t, i) => after[i]! / t.readability)).toFixed(2)} (goal ≤ 1.0)`,
  );
  console.log(`ms per 1,000 words (whole engine): median ${f(median(perKWords))}`);
  const slowest5 = (xs: { page: string; ms: number }[]) =>
    [...xs]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((x) => `${x.page} ${f(x.ms)} ms`)
      .join(", ");
  const overAll = timings.filter((t) => t.engine > PAGE_BUDGET_MS).length;
  const afterByPage = timings.map((t, i) => ({ page: t.page, ms: after[i]! }));
  console.log(
    `pages over ${PAGE_BUDGET_MS} ms, whole engine with Readability: ${overAll} of ${timings.length}; slowest: ${slowest5(timings.map((t) => ({ page: t.page, ms: t.engine })))}`,
  );
  console.log(
    `pages over ${PAGE_BUDGET_MS} ms, engine work after Readability: ${afterByPage.filter((x) => x.ms > PAGE_BUDGET_MS).length} of ${timings.length}; slowest: ${slowest5(afterByPage)}`,
  );
  const stages = timings.map((t) => ({ page: t.page, ms: t.stages }));
  console.log(
    `text stages alone, the rules without the tagger (sentences → organisations → people → options): median ${f(median(stages.map((x) => x.ms)))} ms, p95 ${f(
      quantile(
        stages.map((x) => x.ms),
        0.95,
      ),
    )} ms; over ${PAGE_BUDGET_MS} ms: ${stages.filter((x) => x.ms > PAGE_BUDGET_MS).length} of ${timings.length}; slowest: ${slowest5(stages)}`,
  );
  const withTagger = timings.map((t) => ({ page: t.page, ms: t.tagged }));
  console.log(
    `text stages with the learned tagger (what ships): median ${f(median(withTagger.map((x) => x.ms)))} ms, p95 ${f(
      quantile(
        withTagger.map((x) => x.ms),
        0.95,
      ),
    )} ms; ratio to the rules alone: total ${(sum(withTagger.map((x) => x.ms)) / sum(stages.map((x) => x.ms))).toFixed(2)}; over ${PAGE_BUDGET_MS} ms: ${withTagger.filter((x) => x.ms > PAGE_BUDGET_MS).length} of ${timings.length}; slowest: ${slowest5(withTagger)}`,
  );
  const rows = compareWithCompromise(join(SHARED, "fixtures/pages"));
  if (rows.length) {
    const mean = (xs: number[]) => sum(xs) / xs.length;
    console.log(
      `\nthe engine's text stages beside compromise (people() + organizations()) on the English fixtures, best of runs:`,
    );
    console.log(
      "| page | ours ms | compromise ms | orgs F1 ours | orgs F1 compromise | experts found ours | experts found compromise |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of rows)
      console.log(
        `| ${r.page} | ${f(r.ours)} | ${f(r.theirs)} | ${r.oursOrgF1.toFixed(2)} | ${r.theirsOrgF1.toFixed(2)} | ${r.oursExpertRecall.toFixed(2)} | ${r.theirsExpertRecall.toFixed(2)} |`,
      );
    console.log(
      `ratio ours / compromise (time): ${(sum(rows.map((r) => r.ours)) / sum(rows.map((r) => r.theirs))).toFixed(2)}; orgs F1 mean ours ${mean(rows.map((r) => r.oursOrgF1)).toFixed(2)} vs ${mean(rows.map((r) => r.theirsOrgF1)).toFixed(2)}`,
    );
  } else console.log("ratio to compromise: skipped — the English fixtures in ../shared/fixtures/pages are not here");
  const size = await bundleSize();
  console.log(
    `content-script share, iife minified + gzip -9: engine ${f(size.engine)} KB (of which Readability alone ${f(size.readabilityOnly)} KB); goal < ${BUNDLE_BUDGET_KB} KB`,
  );
}
