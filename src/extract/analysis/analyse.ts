// Reads an article's text once for every stage: sentences, the two cuts into words, quotes, and which capitalised
// words the text also writes in lower case, and the learned tagger's spans when the language has a model. Pure: the
// same text, language and model give the same analysis.
import type { TaggerModel } from "../tagger/model";
import { tagText } from "../tagger/tag";
import type { Lang } from "../types";
import { lowerCaseWords } from "./lower-case-words";
import { findQuotes } from "./quotes";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import type { Analysis } from "./types";
import { readWords } from "./words";

export function analyse(text: string, lang: Lang, model: TaggerModel | null = null): Analysis {
  const sentences = splitSentences(text, lang);
  const words = readWords(text, sentences);
  return {
    text,
    lang,
    sentences,
    words,
    tokens: tokenize(text, sentences),
    quotes: findQuotes(text),
    lowerCaseWords: lowerCaseWords(words),
    entities: model ? tagText(model, text, sentences) : [],
  };
}
