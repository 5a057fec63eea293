// A text's sentences grouped into the units the attribution tagger tags at once: one sentence each, or one
// paragraph each (a quotation's content often runs over several sentences of one paragraph, and a paragraph's
// "…, he said." closes them all). Tokens are the NER tagger's (words, and every other character on its own).
import { tokenizeRange } from "../../tagger/tokens";
import type { TaggerUnit } from "./features";

export type UnitKind = "sentence" | "paragraph";

/** The unit the shipped model is trained and run on: sentences scored better than paragraphs on held-out articles. */
export const UNIT: UnitKind = "sentence";

/** A sentence as the engine's analysis gives it. */
export interface UnitSentence {
  start: number;
  end: number;
  paragraph: number;
}

/** The units of a text, empty ones left out. */
export function unitsOf(text: string, sentences: readonly UnitSentence[], kind: UnitKind = UNIT): TaggerUnit[] {
  const out: TaggerUnit[] = [];
  let current: { tokens: TaggerUnit["tokens"][number][]; sentence: number[]; paragraphStart: boolean } | null = null;
  let count = 0;
  sentences.forEach((s, k) => {
    const newParagraph = k === 0 || sentences[k - 1]!.paragraph !== s.paragraph;
    if (!current || kind === "sentence" || newParagraph) {
      if (current && current.tokens.length > 0) out.push(current);
      current = { tokens: [], sentence: [], paragraphStart: newParagraph };
      count = 0;
    }
    const tokens = tokenizeRange(text, s.start, s.end);
    if (tokens.length === 0) return;
    for (const t of tokens) {
      current.tokens.push(t);
      current.sentence.push(count);
    }
    count++;
  });
  if (current && (current as TaggerUnit).tokens.length > 0) out.push(current);
  return out;
}
