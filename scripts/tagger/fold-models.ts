// The k-fold models of a development set that the shipped model was also trained on: `npm run train` keeps them
// (in node_modules/.cache, never committed, never shipped) so that `npm run eval` can measure the whole engine on
// that set held out too — each document read with the fold model that did not see it.
import { join } from "node:path";
import type { CorpusSpec, TaggerSpec } from "./specs";

export const FOLD_MODELS_DIR = join(import.meta.dirname, "../../node_modules/.cache/policylens-fold-models");

export const foldModelPath = (spec: TaggerSpec, dev: CorpusSpec, fold: number): string =>
  join(FOLD_MODELS_DIR, `${spec.file.replace(/\.bin$/, "")}-${dev.name.replace(/\W+/g, "-")}-fold-${fold}.bin`);
