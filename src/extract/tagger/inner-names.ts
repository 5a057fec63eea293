// The Russian corpora mark a body or a person named inside a longer name or a role as a name of its own:
// "парламента Японии" inside "Верхняя палата парламента Японии", "Совета Федерации" inside "комитета Совета
// Федерации по экономической политике", "Курской областной думы" inside the role "депутатом Курской областной
// думы", "Медведева" inside "Правительство Медведева". The flat tagger gives the outer span only
// (scripts/tagger/corpus.ts), so the inner ones are found by the tagger itself: what follows each word of an
// outer ORG or PROFESSION span that may open a name is tagged as a sentence of its own, and the ORG and PER spans
// that come out of it are names inside. With the same model, on NEREL dev: ORG overlap F1 0.751 → 0.784, PER
// 0.922 → 0.927 (from every word instead: 0.787 and 0.926, in 40% more tagging time than the sentence alone; now
// about 10%).
import type { Lang } from "../types";
import { NESTING } from "./inner-places";
import type { TaggerToken } from "./tokens";
import { wordListsFor } from "./lexicon-flags";

/** A labelled span of text, as tag.ts's EntitySpan (declared here too: tag.ts imports this file). */
interface Span {
  start: number;
  end: number;
  label: string;
}

/** Spans a body may be named in. */
const OUTER = new Set(["ORG", "PROFESSION"]);
/**
 * Longer spans are not looked into: each word's remainder is tagged again, so the cost grows with the square
 * of the length, and a span this long is a tagger's run-on rather than a name.
 */
const MAX_OUTER_TOKENS = 16;

/**
 * A word a name inside may start at: a capitalised one ("Медведева", "Курской"), a number or a quote, or a body's
 * head noun in lower case ("парламента Японии"). The others are not tagged again: they only cost time.
 */
function mayOpenName(lang: Lang, t: TaggerToken): boolean {
  return (
    /^[\p{Lu}\p{N}«"“„]/u.test(t.text) || wordListsFor(lang).flags(t.text, t.text.toLowerCase()).includes("orghead")
  );
}

/** Names found inside. */
const INNER = new Set(["ORG", "PER"]);

/**
 * Adds, after each outer span of one sentence, the ORG and PER spans inside it that `tag` finds in the words
 * after each of its words (tagged alone); one already among `spans` is not added twice.
 */
export function addInnerNames(
  lang: Lang,
  sentence: readonly TaggerToken[],
  spans: Span[],
  tag: (tokens: readonly TaggerToken[]) => readonly Span[],
): void {
  if (!NESTING.has(lang)) return;
  const known = new Set(spans.map((s) => `${s.label}:${s.start}:${s.end}`));
  for (let k = spans.length - 1; k >= 0; k--) {
    const outer = spans[k]!;
    if (!OUTER.has(outer.label)) continue;
    const inside = sentence.filter((t) => t.start >= outer.start && t.end <= outer.end);
    if (inside.length < 2 || inside.length > MAX_OUTER_TOKENS) continue;
    const found: Span[] = [];
    for (let i = 1; i < inside.length; i++) {
      if (!mayOpenName(lang, inside[i]!)) continue;
      for (const s of tag(inside.slice(i))) {
        const key = `${s.label}:${s.start}:${s.end}`;
        if (!INNER.has(s.label) || known.has(key)) continue;
        known.add(key);
        found.push({ start: s.start, end: s.end, label: s.label });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    spans.splice(k + 1, 0, ...found);
  }
}
