import { readFileSync, writeFileSync } from "node:fs";
import { splitSentences } from "../src/extract/sentences.ts";
import { findOrganisations } from "../src/extract/find-organisations.ts";
const lines = readFileSync("/work/shared/data/factrueval2016/devset.jsonl", "utf8").split("\n").filter(Boolean);
const out: string[] = [];
const fps: string[] = [], fns: string[] = [];
for (const l of lines) {
  const d = JSON.parse(l);
  const orgs = findOrganisations(d.text, splitSentences(d.text, "ru"), "ru");
  out.push(JSON.stringify({ id: d.id, people: [], organisations: orgs }));
  const gold = d.entities.filter((e: any) => e.label === "ORG");
  const spans = orgs.flatMap((o) => o.mentions);
  for (const s of spans) if (!gold.some((g: any) => g.start < s.end && s.start < g.end)) {
    const loc = d.entities.find((e: any) => e.start < s.end && s.start < e.end);
    fps.push(`${s.text}  [${loc ? loc.label : "-"}]  ${orgs.find((o) => o.mentions.includes(s))!.evidence[0]!.cue}`);
  }
  for (const g of gold) if (!spans.some((s) => g.start < s.end && s.start < g.end)) fns.push(g.text);
}
writeFileSync("/tmp/me/pred.jsonl", out.join("\n") + "\n");
writeFileSync("/tmp/me/fp.txt", fps.join("\n"));
writeFileSync("/tmp/me/fn.txt", fns.join("\n"));
