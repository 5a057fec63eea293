import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability, isProbablyReaderable } from "@mozilla/readability";
import { readDomText } from "../src/anchor/dom-text.ts";
import { runPipeline, NO_META } from "../src/extract/pipeline.ts";
import { splitSentences } from "../src/extract/sentences.ts";
import { findOrganisations } from "../src/extract/find-organisations.ts";
import { findPeople } from "../src/extract/find-people.ts";
import { findPolicyOptions } from "../src/extract/find-options.ts";
import { detectLang } from "../src/extract/lang.ts";
const t = (label: string, f: () => any) => { const s = performance.now(); const r = f(); console.log(label.padEnd(14), (performance.now() - s).toFixed(1)); return r; };
for (const f of process.argv.slice(2)) {
  console.log("==", f);
  const doc = new JSDOM(readFileSync(f, "utf8"), { virtualConsole: new VirtualConsole() }).window.document;
  for (let k = 0; k < 2; k++) {
  const clone = t("clone", () => doc.cloneNode(true));
  const r: any = t("readability", () => new Readability(clone as Document, { serializer: (e: any) => e }).parse());
  t("readerable", () => isProbablyReaderable(doc));
  const dom = t("readDomText", () => readDomText(r.content));
  const text = dom.text; const lang = detectLang(text);
  console.log("chars", text.length, lang);
  const sents = t("sentences", () => splitSentences(text, lang));
  const orgs = t("orgs", () => findOrganisations(text, sents, lang));
  const people = t("people", () => findPeople(text, sents, lang, orgs));
  t("options", () => findPolicyOptions(text, sents, lang, people, orgs));
  }
}
