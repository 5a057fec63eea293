// How the engine is handed the learned tagger: a lookup from a text's language to its model, or null when the
// language has none or its file could not be read (the engine then works from its rules alone). Each host fills it
// its own way — Node reads models/ from disk (src/tagger-models.ts), the extension's background fetches its own
// packaged files — so the engine itself never reads files.
import type { TaggerModel } from "./tagger/model";
import type { Lang } from "./types";

export type TaggerModels = (lang: Lang) => TaggerModel | null;

/** No models: the rules alone (tests of the rules, and the comparison `npm run eval` prints). */
export const RULES_ONLY: TaggerModels = () => null;
