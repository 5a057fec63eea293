// The learned tagger's cost, per language (issue 13: at most 1.5 MB gzipped per model, at most 5 ms per 1,000
// words in Chromium): each model file's size, raw and gzipped; its load time; and the time to tag the article
// text of real pages, per 1,000 words, in Node and in Chromium, beside Readability's parse of the same pages in
// the same run. English: the Readability test pages read as English; Russian: the fixture pages read as Russian
// and NEREL's dev texts (Russian news, 94 of them), each laid out as an article page (all in ../shared): the one
// Russian fixture page alone is 287 words, too few to tell the tagger's cost from the first calls' compilation. The text is the article as the engine reads it; its sentences are given, as the engine's
// analysis has them already. Each tagging run starts with an empty word cache (a copy of the model), as on the
// first page a reader opens, and the fastest of the runs is kept (other processes share this machine).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { chromium } from "playwright-core";
import { readArticle } from "../../src/extract/article";
import { splitSentences } from "../../src/extract/analysis/sentences";
import { decodeModel, type TaggerModel } from "../../src/extract/tagger/model";
import { tagText } from "../../src/extract/tagger/tag";
import type { Lang } from "../../src/extract/types";
import { lexiconFor } from "../../src/extract/lang";
import { packageModelsDir } from "../../src/tagger-models";
import { chromiumPath } from "../lib/browser";
import { bundleForPage } from "./_page-bundle";

const ROOT = join(import.meta.dirname, "../..");
const SHARED = join(ROOT, "../shared");
/** Where each language's pages come from: a folder of NAME/source.html, and news texts (JSONL {id, text}). */
const SOURCES: { lang: Lang; dir: string; texts?: string }[] = [
  { lang: "en", dir: join(SHARED, "data/readability-pages") },
  { lang: "ru", dir: join(SHARED, "fixtures/pages"), texts: join(SHARED, "data/nerel/dev.jsonl") },
];
/** Timed runs per page (and loads per model) after a warm-up; the fastest is kept. */
const RUNS = 5;
/** Fewer in Node, where Readability on jsdom takes minutes over all the pages. */
const NODE_RUNS = 3;
/** Issue 13's goal for tagging in Chromium. */
const GOAL_MS_PER_1000_WORDS = 5;
/** The address the pages are read under (as in the engine benches): not a home or search page. */
const PAGE_URL = "https://example.org/news/article";

interface Page {
  name: string;
  html: string;
  text: string;
  sentences: { start: number; end: number }[];
  words: number;
}
/**
 * One page's times in ms: Readability's parse of the page, and the tagger on its article text with an empty word
 * cache (cold: the first page a reader opens) and with the words of the page already in it (warm: the most a
 * long-lived cache can save).
 */
interface Timing {
  readability: number;
  cold: number;
  warm: number;
}
/** A model's load times in ms: the first load, and the fastest of the next ones. */
interface Load {
  first: number;
  best: number;
}
/** What the bundle puts on the page for the bench to call. */
type BenchGlobal = {
  taggerBenchLoad: (base64: string, runs: number) => Load;
  taggerBenchPage: (html: string, text: string, sentences: Page["sentences"], runs: number) => Timing;
};

const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
/** The fastest of `runs` runs of f, each on a fresh input from `prepare` (untimed). */
function best<T>(runs: number, f: (input: T) => void, prepare: () => T): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    min = Math.min(
      min,
      time(() => f(input)),
    );
  }
  return min;
}

/**
 * The pages of a language (its source folder's pages whose article the engine reads as that language), each timed
 * in Node on the document it was read from: the jsdom documents of 72 pages together would take gigabytes.
 */
function readAndTimeInNode(
  lang: Lang,
  sources: { name: string; html: string }[],
  model: TaggerModel,
): { pages: Page[]; timings: Timing[] } {
  const pages: Page[] = [];
  const timings: Timing[] = [];
  for (const { name, html } of sources) {
    const doc = new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() }).window.document;
    const article = readArticle(doc, PAGE_URL);
    const text = article.dom.text;
    if (article.lang !== lang || !article.isArticle || !text.trim()) continue;
    const sentences = splitSentences(text, lang).map(({ start, end }) => ({ start, end }));
    const page = { name, html, text, sentences, words: text.split(/\s+/).filter(Boolean).length };
    pages.push(page);
    // A copy of the model has an empty word cache (tag.ts keeps one per model object).
    const tag = (m: TaggerModel) => tagText(m, text, sentences);
    tag({ ...model }); // warm-up: compiles the feature code
    const cold = best(NODE_RUNS, tag, () => ({ ...model }));
    timings.push({
      readability: best(
        NODE_RUNS,
        (d: Document) => new Readability(d).parse(),
        () => doc.cloneNode(true) as Document,
      ),
      cold,
      warm: best(NODE_RUNS, tag, () => model),
    });
  }
  return { pages, timings };
}

/** The pages of a source: its folder's pages, then its texts, each as an article page (title line, paragraphs). */
function sourcePages({ lang, dir, texts }: (typeof SOURCES)[number]): { name: string; html: string }[] {
  const pages = readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, "source.html")))
    .map((name) => ({ name, html: readFileSync(join(dir, name, "source.html"), "utf8") }));
  if (!texts) return pages;
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  for (const line of readFileSync(texts, "utf8").split("\n").filter(Boolean)) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const [title = "", ...paragraphs] = text.split(/\n+/).map(escape);
    const body = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
    pages.push({
      name: id,
      html: `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><article><h1>${title}</h1>\n${body}</article></body></html>`,
    });
  }
  return pages;
}

function nodeLoad(path: string): { model: TaggerModel; load: Load } {
  const first = time(() => decodeModel(readFileSync(path)));
  const bestLoad = best(
    NODE_RUNS,
    (b: Buffer) => decodeModel(b),
    () => readFileSync(path),
  );
  return { model: decodeModel(readFileSync(path)), load: { first, best: bestLoad } };
}

async function bundle(): Promise<string> {
  const tagger = join(ROOT, "src/extract/tagger");
  return bundleForPage(
    `import { Readability } from "@mozilla/readability";
import { decodeModel, type TaggerModel } from ${JSON.stringify(join(tagger, "model.ts"))};
import { tagText } from ${JSON.stringify(join(tagger, "tag.ts"))};

const time = (f: () => void) => { const t = performance.now(); f(); return performance.now() - t; };
const best = <T>(runs: number, f: (input: T) => void, prepare: () => T) => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) { const input = prepare(); min = Math.min(min, time(() => f(input))); }
  return min;
};
let model: TaggerModel | null = null;

(globalThis as any).taggerBenchLoad = (base64: string, runs: number) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const first = time(() => { model = decodeModel(bytes); });
  return { first, best: best(runs, () => decodeModel(bytes), () => undefined) };
};
(globalThis as any).taggerBenchPage = (html: string, text: string, sentences: { start: number; end: number }[], runs: number) => {
  const tag = (m: TaggerModel) => tagText(m, text, sentences);
  tag({ ...model! });
  const cold = best(runs, tag, () => ({ ...model! }));
  return {
    readability: best(runs, (d: Document) => new Readability(d).parse(), () => new DOMParser().parseFromString(html, "text/html")),
    cold,
    warm: best(runs, tag, () => model!),
  };
};
`,
    "PolicyLensTaggerBench",
  );
}

interface LanguageRun {
  lang: Lang;
  file: string;
  pages: Page[];
  node: { load: Load; timings: Timing[] };
}

export default async function bench(): Promise<void> {
  const missing = SOURCES.filter((s) => !existsSync(s.dir) || (s.texts && !existsSync(s.texts)));
  if (missing.length) {
    const m = missing[0]!;
    console.log(
      `skipped: the tagger bench reads its pages from ../shared, and ${existsSync(m.dir) ? m.texts : m.dir} is not there`,
    );
    return;
  }
  const models = packageModelsDir();
  const runs: LanguageRun[] = [];
  for (const source of SOURCES) {
    const { lang } = source;
    const file = lexiconFor(lang).model!;
    const path = join(models, file);
    if (!existsSync(path)) {
      console.log(`${lang}: ${file} is missing (npm run train): not measured`);
      continue;
    }
    const bytes = readFileSync(path);
    const { model, load } = nodeLoad(path);
    const { pages, timings } = readAndTimeInNode(lang, sourcePages(source), model);
    runs.push({ lang, file, pages, node: { load, timings } });
    const words = pages.reduce((a, p) => a + p.words, 0);
    console.log(
      `${lang}: ${file} ${bytes.length} bytes, ${gzipSync(bytes).length} gzipped; ${pages.length} pages read as ${lang} (${words} words) from ${[source.dir, source.texts].filter(Boolean).join(" and ").replaceAll(SHARED, "../shared")}`,
    );
  }
  console.log(
    `Each figure: fastest of ${NODE_RUNS} runs in Node, ${RUNS} in Chromium, after a warm-up; tagging cold = with an empty word cache, warm = the page's words already cached; ratio = cold tagging / Readability's parse, totals over the language's pages.`,
  );
  for (const r of runs)
    report(`Node ${process.version}`, r.lang, r.pages, r.node.load, r.node.timings, "read + decode");

  let path: string;
  try {
    path = chromiumPath();
  } catch (e) {
    console.log(`Chromium: skipped (${(e as Error).message})`);
    return;
  }
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const version = browser.version();
    for (const r of runs) {
      // One page per language, so each model's word cache and memory are its own.
      const page = await browser.newPage();
      await page.setContent("<!doctype html><title>tagger bench</title>");
      await page.addScriptTag({ content: code });
      const base64 = readFileSync(join(models, r.file)).toString("base64");
      const load = await page.evaluate(([b, n]) => (globalThis as unknown as BenchGlobal).taggerBenchLoad(b, n), [
        base64,
        RUNS,
      ] as const);
      const timings: Timing[] = [];
      for (const p of r.pages)
        timings.push(
          await page.evaluate(([h, t, s, n]) => (globalThis as unknown as BenchGlobal).taggerBenchPage(h, t, s, n), [
            p.html,
            p.text,
            p.sentences,
            RUNS,
          ] as const),
        );
      report(`Chromium ${version}`, r.lang, r.pages, load, timings, "decode", GOAL_MS_PER_1000_WORDS);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

function report(
  where: string,
  lang: Lang,
  pages: Page[],
  load: Load,
  timings: Timing[],
  loadWhat: string,
  goal?: number,
): void {
  const f = (x: number) => x.toFixed(2);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const words = sum(pages.map((p) => p.words));
  const cold = sum(timings.map((t) => t.cold));
  const readability = sum(timings.map((t) => t.readability));
  const perK = (ms: number) => (ms / words) * 1000;
  const slowest = pages
    .map((p, i) => ({ name: p.name, ms: (timings[i]!.cold / p.words) * 1000 }))
    .sort((a, b) => b.ms - a.ms)[0];
  const verdict = goal === undefined ? "" : ` (goal ≤ ${goal}: ${perK(cold) <= goal ? "met" : "NOT met"})`;
  console.log(
    `${lang}, ${where}: load (${loadWhat}) ${f(load.first)} ms first, ${f(load.best)} ms best; tagging per 1,000 words ${f(perK(cold))} ms cold${verdict}, ${f(perK(sum(timings.map((t) => t.warm))))} ms warm; slowest page (cold) ${slowest?.name} ${f(slowest?.ms ?? NaN)} ms per 1,000 words; ${f(cold)} ms for ${pages.length} pages beside Readability's parse ${f(readability)} ms: ratio ${(cold / readability).toFixed(2)}`,
  );
}
