// The Russian corpora mark a place inside an organisation's name as a place as well: "посольства России" is an
// ORG, and "России" in it a LOC (NEREL, and FactRuEval: "мэрии Москвы"). The flat tagger learns the outer ORG
// only (scripts/tagger/corpus.ts), so the spans get the places inside back: a capitalised word inside an ORG
// span of two or more words that is one of our place names, or a one-word place elsewhere in the same text, is
// also a LOC span of its own. In NEREL train's gold 94% of such words are marked places. English news corpora
// (CoNLL) do not nest names, so English spans get none.
import type { Lang } from "../types";
import { wordListsFor } from "./lexicon-flags";
import type { TaggerToken } from "./tokens";

/** A labelled span of text, as tag.ts's EntitySpan (declared here too: tag.ts imports this file). */
interface Span {
  start: number;
  end: number;
  label: string;
}

/** Languages whose corpora nest places in organisations' names. */
export const NESTING: ReadonlySet<Lang> = new Set<Lang>(["ru"]);

/** The words of a document's one-word LOC spans (`sentences[s]`'s spans are `spans[s]`). */
export function placeWords(sentences: readonly (readonly TaggerToken[])[], spans: readonly Span[][]): Set<string> {
  const out = new Set<string>();
  sentences.forEach((tokens, s) => {
    for (const span of spans[s]!) {
      if (span.label !== "LOC") continue;
      const one = tokens.find((t) => t.start === span.start && t.end === span.end);
      if (one) out.add(one.text);
    }
  });
  return out;
}

/** Adds, after each ORG span of one sentence, the LOC spans of the places inside it. */
export function addInnerPlaces(
  lang: Lang,
  sentence: readonly TaggerToken[],
  spans: Span[],
  elsewhere: ReadonlySet<string>,
): void {
  if (!NESTING.has(lang) || !spans.some((s) => s.label === "ORG")) return;
  const lists = wordListsFor(lang);
  for (let k = spans.length - 1; k >= 0; k--) {
    const org = spans[k]!;
    if (org.label !== "ORG") continue;
    const inside = sentence.filter((t) => t.start >= org.start && t.end <= org.end);
    if (inside.length < 2) continue;
    const places = inside.filter((t) => {
      const lower = t.text.toLowerCase();
      if (t.text[0] === lower[0]) return false;
      return elsewhere.has(t.text) || lists.flags(t.text, lower).includes("place");
    });
    spans.splice(k + 1, 0, ...places.map((t) => ({ start: t.start, end: t.end, label: "LOC" })));
  }
}
