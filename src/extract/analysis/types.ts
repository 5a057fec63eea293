// The one reading of an article's text that every stage is handed: computed once per text by `analyse`, never
// changed by a stage, so no stage reads the text again for what another already read.
import type { EntitySpan } from "../tagger/tag";
import type { Lang } from "../types";
import type { Quote } from "./quotes";
import type { Sentence } from "./sentences";
import type { Token } from "./tokens";
import type { Word } from "./words";

export interface Analysis {
  /** The article's plain text: every offset below points into it. */
  text: string;
  lang: Lang;
  /** In text order, each with its paragraph. */
  sentences: Sentence[];
  /**
   * The people and attribution rules' words: letters only, a trailing ’s cut off. A different cut from `tokens`:
   * merging the two would change what either stage finds.
   */
  words: Word[];
  /** The organisation rules' words: letters and digits, joined across "&" and the dot of a domain or an initial. */
  tokens: Token[];
  /** Direct quotations, in text order. */
  quotes: Quote[];
  /** Lower-case forms of capitalised words that the text also writes in lower case (see lower-case-words.ts). */
  lowerCaseWords: ReadonlySet<string>;
  /** The learned tagger's spans (PER, ORG, LOC, PROFESSION) in text order; none when the language has no model. */
  entities: readonly EntitySpan[];
}
