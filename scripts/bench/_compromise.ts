// The engine beside `compromise` (nlp(text).people() + .organizations()) on the English fixture pages'
// article text, in the same run: speed of the text stages, and accuracy by the fixture scoring rules.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { JSDOM, VirtualConsole } from "jsdom";
import { extractFromDocument, extractFromText } from "../../src/index";
import { scoreEntities, type Gold } from "../lib/score";

const RUNS = 5;

interface Row {
  page: string;
  ours: number;
  theirs: number;
  oursOrgF1: number;
  theirsOrgF1: number;
  oursExpertRecall: number;
  theirsExpertRecall: number;
}

const best = (f: () => void) => {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
};

/** Share of the gold experts that a list of person names finds (compromise has no notion of an expert). */
function expertRecall(names: string[], gold: Gold): number {
  const experts = gold.experts ?? [];
  if (!experts.length) return 1;
  const predicted = names.map((name) => ({ name }));
  // Scored one gold expert at a time: F1 above zero means a predicted name matched that expert.
  return experts.filter((e) => scoreEntities(predicted, [e], [], []).f1 > 0).length / experts.length;
}

export function compareWithCompromise(fixtures: string): Row[] {
  const rows: Row[] = [];
  if (!existsSync(fixtures)) return rows;
  for (const page of readdirSync(fixtures).sort()) {
    const gold = JSON.parse(readFileSync(join(fixtures, page, "gold.json"), "utf8")) as Gold & { url: string | null };
    if (gold.lang !== "en") continue;
    const html = readFileSync(join(fixtures, page, "source.html"), "utf8");
    const doc = new JSDOM(html, {
      url: gold.url ?? "https://example.org/news/article",
      virtualConsole: new VirtualConsole(),
    }).window.document;
    const text = extractFromDocument(doc, { url: gold.url }).text;
    let result = extractFromText(text, { lang: "en" });
    let people: string[] = [],
      orgs: string[] = [];
    const ours = best(() => (result = extractFromText(text, { lang: "en" })));
    const theirs = best(() => {
      const d = nlp(text);
      people = d.people().out("array") as string[];
      orgs = d.organizations().out("array") as string[];
    });
    const org = (names: Named[]) =>
      scoreEntities(names, gold.organisations ?? [], gold.optionalOrganisations ?? [], gold.outsideArticle ?? []).f1;
    rows.push({
      page,
      ours,
      theirs,
      oursOrgF1: org(result.organisations),
      theirsOrgF1: org(orgs.map((name) => ({ name }))),
      oursExpertRecall: expertRecall(
        result.people.filter((p) => p.expert).map((p) => p.name),
        gold,
      ),
      theirsExpertRecall: expertRecall(people, gold),
    });
  }
  return rows;
}

type Named = { name: string; mentions?: (string | { text: string })[] };
