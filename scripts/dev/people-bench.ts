// Dev timing of the people + options stages alone, per 5,000 words, on the fixture pages' article texts.
// Usage: npx tsx scripts/dev/people-bench.ts   (figures are wall and process CPU time; the machine's load skews both)
import { readdirSync, readFileSync } from "node:fs";
import { extractFromHtml } from "../../src/index";
import { splitSentences } from "../../src/extract/sentences";
import { findPeople } from "../../src/extract/find-people";
import { findPolicyOptions } from "../../src/extract/find-options";
import type { Lang } from "../../src/extract/types";

const PAGES = "/work/shared/fixtures/pages";
/** Runs before timing (JIT warm-up) and timed runs. */
const WARM = 20, RUNS = 40;
const texts = new Map<Lang, string[]>();
for (const page of readdirSync(PAGES)) {
  const r = extractFromHtml(readFileSync(`${PAGES}/${page}/source.html`, "utf8"));
  texts.set(r.lang, [...(texts.get(r.lang) ?? []), r.text]);
}
for (const [lang, list] of texts) {
  let text = list.join("\n\n");
  while (text.split(/\s+/).length < 4000) text += "\n\n" + list.join("\n\n");
  const words = text.split(/\s+/).length;
  // A fresh sentence list per run, as the pipeline makes: the stages' word cache must not carry over.
  const sentences = Array.from({ length: WARM + RUNS }, () => splitSentences(text, lang));
  const run = (i: number) => findPolicyOptions(text, sentences[i]!, lang, findPeople(text, sentences[i]!, lang, []), []);
  for (let i = 0; i < WARM; i++) run(i);
  const cpu0 = process.cpuUsage(), t0 = performance.now();
  for (let i = WARM; i < WARM + RUNS; i++) run(i);
  const cpu = process.cpuUsage(cpu0), wall = performance.now() - t0;
  const per5k = (ms: number) => ((ms / RUNS) * 5000 / words).toFixed(2);
  console.log(`${lang}: ${words} words; per 5,000 words: wall ${per5k(wall)} ms, cpu ${per5k((cpu.user + cpu.system) / 1000)} ms`);
}
