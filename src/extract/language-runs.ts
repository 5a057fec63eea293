// A text that mixes languages is read in runs of paragraphs, each in its own language (issue 14, point 8): the
// English paragraphs of a Russian text get the English rules and model, and the Russian ones the Russian. A
// paragraph starts a run of another language only when its letters say so clearly (another script, long enough);
// short or unclear paragraphs (a name, a number, a caption) stay in the run they stand in.
import { detectLang } from "./lang";
import type { Lang } from "./types";

export interface LanguageRun {
  start: number;
  end: number;
  lang: Lang;
}

/** Letters a paragraph needs to be read in a language of its own. */
const MIN_RUN_LETTERS = 30;
const LETTERS = /\p{L}/gu;
const LATIN_LETTER = /[a-zA-Z]/;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
/**
 * Share of a paragraph's words written in lower case for it to be prose: a list of titles or names in another
 * language ("The Fat Of The Land (1997), Always Outnumbered, …") stays in the run it stands in.
 */
const MIN_PROSE_SHARE = 0.5;
const WORDS = /\p{L}[\p{L}’'-]*/gu;
/** Paragraphs: text between line breaks. */
const PARAGRAPH = /[^\n]+/g;

/** The script family a language is written in: a run changes language only where the script changes. */
const script = (lang: Lang): "cyrillic" | "latin" | null =>
  lang === "ru" || lang === "kk" ? "cyrillic" : lang === "en" ? "latin" : null;

function isProse(paragraph: string): boolean {
  const words = paragraph.match(WORDS) ?? [];
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= MIN_PROSE_SHARE * words.length;
}

/** The text's runs, in order, covering it whole; one run for a text in one language. */
export function languageRuns(text: string, lang: Lang): LanguageRun[] {
  const whole = [{ start: 0, end: text.length, lang }];
  if (script(lang) === null) return whole;
  const runs: LanguageRun[] = [];
  for (const p of text.matchAll(PARAGRAPH)) {
    const current = runs[runs.length - 1]?.lang ?? lang;
    // Most paragraphs have no letter of the other script: they stay, and cost one scan (a page may have 100,000).
    const other = script(current) === "cyrillic" ? LATIN_LETTER : CYRILLIC_LETTER;
    const own =
      other.test(p[0]) && (p[0].match(LETTERS)?.length ?? 0) >= MIN_RUN_LETTERS && isProse(p[0])
        ? detectLang(p[0])
        : null;
    const next = own !== null && script(own) !== null && script(own) !== script(current) ? own : current;
    // A paragraph in the text's own script goes back to the text's language ("kk" stays "kk").
    const paragraphLang = script(next) === script(lang) ? lang : next;
    if (runs.length > 0 && runs[runs.length - 1]!.lang === paragraphLang)
      runs[runs.length - 1]!.end = p.index + p[0].length;
    else runs.push({ start: runs.length === 0 ? 0 : p.index, end: p.index + p[0].length, lang: paragraphLang });
  }
  if (runs.length <= 1) return whole;
  // Runs meet: each reaches to where the next begins, the last to the text's end.
  runs.forEach((r, i) => (r.end = runs[i + 1]?.start ?? text.length));
  return runs;
}
