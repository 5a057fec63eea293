import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { readDomText } from "../src/anchor/dom-text.ts";
import { splitSentences } from "../src/extract/sentences.ts";
import { detectLang } from "../src/extract/lang.ts";
import { findOrganisations } from "../src/extract/find-organisations.ts";
const f = process.argv[2];
let text: string;
if (f.endsWith(".html")) {
  const dom = new JSDOM(readFileSync(f, "utf8"), { url: "https://x.example/" });
  const r = new Readability(dom.window.document, {}).parse();
  text = readDomText(new JSDOM(r!.content).window.document.body).text;
} else text = readFileSync(f, "utf8");
const lang = detectLang(text);
const orgs = findOrganisations(text, splitSentences(text, lang), lang);
for (const o of orgs) console.log(o.name, "|", o.variants.join(", "), "|", o.evidence.map((e) => e.cue).join("; "));
