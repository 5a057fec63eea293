import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import { extractFromDocument } from "../src/extract/engine.ts";
const base = "/work/shared/data/readability-pages";
for (const name of readdirSync(base).sort()) {
  const f = join(base, name, "source.html");
  if (!existsSync(f)) continue;
  let t = performance.now();
  const doc = new JSDOM(readFileSync(f, "utf8"), { url: "https://example.org/news/a", virtualConsole: new VirtualConsole() }).window.document;
  const tj = performance.now() - t;
  t = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  const tr = performance.now() - t;
  t = performance.now();
  const r = extractFromDocument(doc);
  const te = performance.now() - t;
  console.log(name.padEnd(40), tj.toFixed(0), tr.toFixed(0), te.toFixed(0), r.isArticle, r.notArticleReason ?? "", r.organisations.length);
}
