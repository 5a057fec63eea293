// The engine's people and organisation mentions on each corpus's development split, scored as the tagger's spans
// are (overlap and exact F1, every gold span of the label): the engine with its learned tagger (what ships), the
// rules alone (the engine before the tagger), and, on English, `compromise` (people() and organizations()).
// Needs ../shared.   npx tsx scripts/eval-engine-ner.ts   (also run by `npm run eval`)
import { existsSync } from "node:fs";
import nlp from "compromise";
import { extractFromText, RULES_ONLY, type ExtractResult, type Lang } from "../src/index";
import { loadCorpus, type Corpus, type Span } from "./tagger/corpus";
import { scoreLabel } from "./tagger/score";
import { TAGGERS } from "./tagger/specs";

type System = (text: string, lang: Lang) => Span[];

const mentionsOf = (r: ExtractResult): Span[] => [
  ...r.people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, label: "PER" }))),
  ...r.organisations.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, label: "ORG" }))),
];

const compromise: System = (text) => {
  const doc = nlp(text);
  const spans = (list: { offset: { start: number; length: number } }[], label: string) =>
    list.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, label }));
  return [
    ...spans(doc.people().json({ offset: true }), "PER"),
    ...spans(doc.organizations().json({ offset: true }), "ORG"),
  ];
};

const SYSTEMS: { name: string; run: System; langs?: Lang[] }[] = [
  { name: "engine (rules + tagger)", run: (text, lang) => mentionsOf(extractFromText(text, { lang })) },
  { name: "rules alone", run: (text, lang) => mentionsOf(extractFromText(text, { lang, tagger: RULES_ONLY })) },
  { name: "compromise", run: compromise, langs: ["en"] },
];

const f3 = (x: number) => x.toFixed(3);

export function engineNerReport(): string[] {
  const out = [
    "Engine people (PER) and organisations (ORG) on the development sets, every mention scored",
    "corpus                  system                   label  overlap P  R      F1     exact F1",
    "----------------------  -----------------------  -----  ---------  -----  -----  --------",
  ];
  for (const spec of TAGGERS) {
    for (const d of spec.dev) {
      if (!existsSync(d.path)) {
        out.push(`${d.name}: not found at ${d.path}`);
        continue;
      }
      const corpus: Corpus = loadCorpus(d.path, d.name, d.map, spec.lang, spec.labels);
      for (const system of SYSTEMS) {
        if (system.langs && !system.langs.includes(spec.lang)) continue;
        const paired = corpus.docs.map((doc) => ({ gold: doc.gold, pred: system.run(doc.text, spec.lang) }));
        for (const label of ["PER", "ORG"]) {
          const s = scoreLabel(paired, label);
          out.push(
            `${d.name.padEnd(22)}  ${system.name.padEnd(23)}  ${label.padEnd(5)}  ${f3(s.overlap.precision).padStart(9)}  ${f3(s.overlap.recall)}  ${f3(s.overlap.f1)}  ${f3(s.strict.f1).padStart(8)}`,
          );
        }
      }
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of engineNerReport()) console.log(l);
