// Scratch harness (dev only): fixture page -> article text -> people + options -> predicted JSON, scored.
// Used until the pipeline/CLI exists. Usage: npx tsx scripts/dev/people-options-harness.ts [page...] [--dump]
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { readDomText } from "../../src/anchor/dom-text";
import { detectLang } from "../../src/extract/lang";
import { splitSentences } from "../../src/extract/sentences";
import { findPeople } from "../../src/extract/find-people";
import { findPolicyOptions } from "../../src/extract/find-options";

const PAGES = "/work/shared/fixtures/pages";
const args = process.argv.slice(2);
const dump = args.includes("--dump");
const names = args.filter((a) => !a.startsWith("--"));
const pages = names.length ? names : readdirSync(PAGES);
for (const page of pages) {
  const html = readFileSync(`${PAGES}/${page}/source.html`, "utf8");
  const dom = new JSDOM(html, { url: "https://example.org/" });
  const art = new Readability(dom.window.document).parse();
  const content = new JSDOM(`<body>${art?.content ?? ""}</body>`).window.document.body;
  const text = readDomText(content).text;
  const lang = detectLang(text);
  const sentences = splitSentences(text, lang);
  const t0 = performance.now();
  const people = findPeople(text, sentences, lang, []);
  const options = findPolicyOptions(text, sentences, lang, people, []);
  const ms = performance.now() - t0;
  const out = { schema: "policylens.extract/1", lang, title: art?.title, text, people, organisations: [], policyOptions: options };
  const file = `/tmp/pred-${page}.json`;
  writeFileSync(file, JSON.stringify(out, null, 2));
  if (dump) writeFileSync(`/tmp/text-${page}.txt`, text);
  console.log(`=== ${page} (${lang}, ${text.split(/\s+/).length} words, ${ms.toFixed(1)} ms)`);
  for (const p of people) console.log(`  ${p.expert ? "E" : "-"} ${p.name} [${p.role ?? ""}|${p.affiliation ?? ""}] ${p.mentions.map((m) => m.text).join(", ")}`);
  for (const o of options) console.log(`  OPT (${o.proposer}) ${o.text}`);
  console.log(execFileSync("node", ["/work/shared/tools/score-page.mjs", `${PAGES}/${page}/gold.json`, file]).toString());
}
