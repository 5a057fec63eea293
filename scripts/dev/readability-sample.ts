// Dev: eyeball experts and options on real pages without gold. Usage: npx tsx scripts/dev/readability-sample.ts [from] [count]
import { readFileSync } from "node:fs";
import { extractFromHtml } from "../../src/index";

const DIR = "/work/shared/data/readability-pages";
const index = JSON.parse(readFileSync(`${DIR}/index.json`, "utf8"));
const pages = (Array.isArray(index) ? index : (index.pages ?? Object.values(index))) as {
  name?: string;
  slug?: string;
  lang?: string;
  kind?: string;
}[];
const [from = 0, count = 10] = process.argv.slice(2).map(Number);
for (const p of pages.filter((x) => (x.lang ?? "").startsWith("en")).slice(from, from + count)) {
  const name = p.name ?? p.slug!;
  const r = extractFromHtml(readFileSync(`${DIR}/${name}/source.html`, "utf8"), { url: "https://example.org/a" });
  console.log(`=== ${name} (${p.kind}) article=${r.isArticle}`);
  for (const x of r.people) console.log(`  ${x.expert ? "E" : "-"} ${x.name} [${x.role ?? ""}] ×${x.mentions.length}`);
  for (const o of r.policyOptions) console.log(`  OPT (${o.proposer}) ${o.text.slice(0, 160)}`);
}
