// The learned tagger's spans for the CLI's JSON (`entities`: PER, ORG, LOC, PROFESSION with offsets into the
// text, as mentions have), so any corpus can be scored on every label. It reads the sentences the engine already
// cut the text into. The engine's own result does not use the tagger yet: this is beside it, not in it.
import type { Sentence } from "../extract/analysis/sentences";
import { tagText, type EntitySpan } from "../extract/tagger/tag";
import type { Lang } from "../extract/types";
import type { TaggerModels } from "../tagger-models";

/** The tagger's spans in `text`; none when its language has no model or the model could not be read. */
export function entitiesOf(models: TaggerModels, text: string, lang: Lang, sentences: Sentence[]): EntitySpan[] {
  const model = models(lang);
  return model ? tagText(model, text, sentences) : [];
}
