// What each language's tagger is trained and measured on, and its few tuning values.
import { join } from "node:path";
import type { Lang } from "../../src/extract/types";
import { LABEL_MAPS } from "./corpus";

const DATA = join(import.meta.dirname, "../../../shared/data");

export interface CorpusSpec {
  name: string;
  path: string;
  map: Record<string, string>;
}

export interface TaggerSpec {
  file: string;
  lang: Lang;
  labels: string[];
  train: CorpusSpec;
  /** Development sets, the first one printed after every epoch; none is trained on. */
  dev: CorpusSpec[];
  /** Feature buckets (a power of two): fewer collide more, more make the loaded table bigger. */
  buckets: number;
  /** Epochs, chosen once from the first dev set's figure per epoch (the training log shows them). */
  epochs: number;
}

const corpus = (name: string, file: string, map: keyof typeof LABEL_MAPS): CorpusSpec => ({
  name,
  path: join(DATA, file),
  map: LABEL_MAPS[map]!,
});

export const TAGGERS: TaggerSpec[] = [
  {
    file: "ner-en.bin",
    lang: "en",
    labels: ["PER", "ORG", "LOC"],
    train: corpus("CoNLL-2003 train", "conll2003/train.jsonl", "conll"),
    dev: [corpus("CoNLL-2003 valid", "conll2003/valid.jsonl", "conll")],
    buckets: 2 ** 19,
    epochs: 12,
  },
  {
    file: "ner-ru.bin",
    lang: "ru",
    labels: ["PER", "ORG", "LOC", "PROFESSION"],
    train: corpus("NEREL train", "nerel/train.jsonl", "nerel"),
    dev: [
      corpus("NEREL dev", "nerel/dev.jsonl", "nerel"),
      corpus("FactRuEval-2016 devset", "factrueval2016/devset.jsonl", "factrueval"),
    ],
    buckets: 2 ** 19,
    epochs: 12,
  },
];
