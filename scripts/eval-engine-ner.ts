// The engine's people and organisation mentions on each corpus's development split, scored as the tagger's spans
// are (overlap and exact F1, every gold span of the label): the engine with its learned tagger (what ships), the
// rules alone (the engine before the tagger), and, on English, `compromise` (people() and organizations()). On a set
// the shipped model was also trained on (FactRuEval), each document is read with the fold model that did not see it
// (written by `npm run train`); without those files the engine's row there is left out rather than inflated.
// Needs ../shared.   npx tsx scripts/eval-engine-ner.ts   (also run by `npm run eval`)
import { existsSync, readFileSync } from "node:fs";
import nlp from "compromise";
import { decodeModel, type TaggerModel } from "../src/extract/tagger/model";
import { extractFromText, RULES_ONLY, type ExtractResult, type Lang, type TaggerModels } from "../src/index";
import { foldModelPath } from "./tagger/fold-models";
import { loadCorpus, type Corpus, type Span } from "./tagger/corpus";
import { scoreLabel } from "./tagger/score";
import { TAGGERS, type CorpusSpec, type TaggerSpec } from "./tagger/specs";

/** A system reads document `index` of the set in `lang`. */
type System = (text: string, lang: Lang, index: number) => Span[];

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

/** The engine with each document's held-out fold model, or null when `npm run train` has not written them here. */
function foldedEngine(spec: TaggerSpec, dev: CorpusSpec): System | null {
  const folds = dev.folds!;
  const paths = Array.from({ length: folds }, (_, k) => foldModelPath(spec, dev, k));
  if (!paths.every((p) => existsSync(p))) return null;
  const models: TaggerModel[] = paths.map((p) => decodeModel(readFileSync(p)));
  return (text, lang, index) => {
    const tagger: TaggerModels = (l) => (l === spec.lang ? models[index % folds]! : null);
    return mentionsOf(extractFromText(text, { lang, tagger }));
  };
}

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
      const folded = d.folds ? foldedEngine(spec, d) : null;
      if (d.folds && !folded)
        out.push(`${d.name}: the shipped model was trained on it and its fold models are missing (npm run train)`);
      const systems = SYSTEMS.flatMap((s) => {
        if (s.name !== SYSTEMS[0]!.name || !d.folds) return [s];
        return folded ? [{ ...s, name: `engine, ${d.folds}-fold`, run: folded }] : [];
      });
      for (const system of systems) {
        if (system.langs && !system.langs.includes(spec.lang)) continue;
        const paired = corpus.docs.map((doc, i) => ({ gold: doc.gold, pred: system.run(doc.text, spec.lang, i) }));
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
