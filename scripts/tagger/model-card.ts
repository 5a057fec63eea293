// models/MODEL-CARD.md: one section per model, rewritten when that model is retrained (the others are kept).
// Each section's first line after its heading is the one model-file.test.ts reads back: file, language,
// labels, versions, size.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FEATURE_VERSION } from "../../src/extract/tagger/features";
import { FORMAT_VERSION } from "../../src/extract/tagger/model";
import { wordListsFingerprint } from "../../src/extract/tagger/lexicon-flags";
import type { Lang } from "../../src/extract/types";
import type { Evaluation } from "./evaluate";
import type { TaggerSpec } from "./specs";

export interface TrainingRun {
  bytes: number;
  gzipped: number;
  seconds: number;
  evaluations: Evaluation[];
  epochLog: string[];
}

const HEADER = `# Tagger models

Learned sequence taggers for the engine (issue 13), rebuilt by \`npm run train\` from the corpora in
\`../shared/data\`. Each file holds hashed feature weights only (int16, with a scale) and no text of any corpus.

- **Model**: averaged structured perceptron over BIO tags, first-order Viterbi decoding
  (\`src/extract/tagger/\`); deterministic (fixed order and seed, fixed epoch count per language).
- **Features** (feature version ${FEATURE_VERSION}, \`src/extract/tagger/features.ts\`): the word and its lower-case
  form, a Russian word's stem without its case ending, prefixes and suffixes of 1–4 letters, word shape, words
  and shapes within ±2, bigrams of the word with each neighbour, the shape trigram, sentence-initial shape, inside
  quotes, the word's place in a run of capitalised words, our word lists (given names, role nouns, titles,
  not-names, organisation head nouns, speech verbs, places, the acronym stop list, the gazetteer) for the word
  and its neighbours, and document facts (the word capitalised mid-sentence elsewhere, written in lower case
  elsewhere, seen elsewhere right after a role noun, a given name, an organisation head noun, an opening quote or
  a preposition of place). Features seen fewer than twice (English) or three times (Russian) in training get no
  weight. Names hash (FNV-1a) into a fixed number of buckets.
- **Nested spans** (NEREL): among names (PER, ORG, LOC) the outermost wins; a name wins over a PROFESSION
  around it, and the PROFESSION keeps its words before the first name inside it. When read back, a PROFESSION
  directly followed by ORG or LOC spans also yields the outer PROFESSION through them
  (\`src/extract/tagger/outer-roles.ts\`; in NEREL train's gold 94% of such pairs are inside one outer
  PROFESSION), so a role span may contain a name span. Likewise, in Russian, a capitalised word inside an ORG
  span of two or more words that is one of our place names or a one-word LOC elsewhere in the text also yields a
  LOC span (\`src/extract/tagger/inner-places.ts\`; 94% of such words are places in NEREL train's gold). And
  the bodies and people named inside an ORG or a PROFESSION ("Совета Федерации" inside "комитета Совета
  Федерации по …", "Медведева" inside "Правительство Медведева") are found by the model itself: the words after
  each word of such a span that may open a name (a capital, a quote, a body's head noun) are tagged alone, and
  the ORG and PER spans that come out are added (\`src/extract/tagger/inner-names.ts\`; NEREL dev overlap F1,
  ORG 0.751 → 0.784, PER 0.922 → 0.927).
  Scores count every gold span of a label, nested ones included, as \`../shared/tools/score-ner.mjs\` counts them
  (overlap: one gold span per prediction; exact: same start and end). The "flat ceiling" column scores the flattened gold tags themselves, read back the same way:
  the most this one-tag-per-token tagger can reach there.
- **Labels**: NEREL PERSON→PER, ORGANIZATION→ORG, PROFESSION→PROFESSION, COUNTRY, CITY, STATE_OR_PROVINCE,
  DISTRICT, LOCATION→LOC; CoNLL PER, ORG, LOC (MISC is not learned); FactRuEval PER, ORG, LOC (its LocOrg is LOC).
- **FactRuEval devset** is trained on as well by the Russian model (issue 13 allows it). Its figures are therefore
  k-fold ("5-fold"): the documents are cut into five folds by their order (document i in fold i mod 5), each fold
  is tagged by a model trained on NEREL train and the other four folds (int16, as shipped), and the pooled
  predictions are scored. It has no PROFESSION: a predicted PROFESSION over tokens outside its gold spans is
  neither rewarded nor punished in training. NEREL dev is never trained on.
`;

const f3 = (x: number) => x.toFixed(3);

export function cardLine(file: string, lang: string, labels: string[], bytes: number, gzipped: number): string {
  return `\`${file}\`: language ${lang}; labels ${labels.join(" ")}; feature version ${FEATURE_VERSION}; format version ${FORMAT_VERSION}; ${bytes} bytes, ${gzipped} gzipped`;
}

/** The card's record of the word lists the model read as features when it was trained (lexicon-flags.ts). */
export function wordListsLine(file: string, lang: Lang): string {
  return `\`${file}\` read word lists ${wordListsFingerprint(lang)} (src/extract/tagger/lexicon-flags.ts): a change to those lists needs retraining.`;
}

function section(spec: TaggerSpec, run: TrainingRun): string {
  const lines = [
    `<!-- ${spec.file} -->`,
    `## ${spec.file}`,
    "",
    cardLine(spec.file, spec.lang, spec.labels, run.bytes, run.gzipped),
    "",
    wordListsLine(spec.file, spec.lang as Lang),
    "",
    `Trained on ${[spec.train, ...spec.dev.filter((d) => d.folds)].map((c) => c.name).join(" and ")}; ${spec.epochs} epochs; ${spec.buckets} buckets; training took ${run.seconds.toFixed(0)} s here. Sizes: raw, and gzipped at gzip's default level.`,
    "",
    "| development set | label | overlap P | overlap R | overlap F1 | exact F1 | gold | flat ceiling (overlap / exact F1) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const e of run.evaluations) {
    for (const [label, s] of Object.entries(e.scores)) {
      const gold = s.overlap.tp + s.overlap.fn;
      if (gold === 0) continue;
      lines.push(
        `| ${e.corpus} | ${label} | ${f3(s.overlap.precision)} | ${f3(s.overlap.recall)} | ${f3(s.overlap.f1)} | ${f3(s.strict.f1)} | ${gold} | ${f3(e.ceiling[label]!.overlap.f1)} / ${f3(e.ceiling[label]!.strict.f1)} |`,
      );
    }
  }
  lines.push(
    "",
    `Tagging time per 1,000 words (Node via tsx, tokens and sentences given, warm, median of three passes; wall / CPU): ${run.evaluations.map((e) => `${e.corpus} ${e.msPer1000Words.toFixed(2)} / ${e.cpuMsPer1000Words.toFixed(2)} ms`).join(", ")}. Measured while other jobs shared the machine.`,
  );
  lines.push(
    "",
    "Per epoch (unquantised weights), how the epoch count was chosen:",
    "",
    ...run.epochLog.map((l) => `- ${l}`),
  );
  lines.push(`<!-- /${spec.file} -->`);
  return lines.join("\n");
}

export function writeCard(dir: string, spec: TaggerSpec, run: TrainingRun): void {
  const path = join(dir, "MODEL-CARD.md");
  const old = existsSync(path) ? readFileSync(path, "utf8") : "";
  const sections = new Map<string, string>();
  for (const m of old.matchAll(/<!-- (\S+) -->[\s\S]*?<!-- \/\1 -->/g)) sections.set(m[1]!, m[0]);
  sections.set(spec.file, section(spec, run));
  const body = [...sections.keys()].sort().map((k) => sections.get(k)!);
  writeFileSync(path, `${HEADER}\n${body.join("\n\n")}\n`);
}
