// Names in quotes: «Казахмыс», ТОО «Казцинк», партии «Яблоко», "Kaztsink". A short capitalised quotation
// in Russian text is a name (speech is longer and rarely capitalised word by word); where quotes mark speech
// (English), only a quoted name right after an organisation noun or legal form counts.
import { LEGAL_FORMS, NOT_ORG_QUOTE_STEMS } from "../lang/every-text";
import type { OrgRules } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";
import { headStemOf } from "./named-heads-ru";
import { isPlace } from "./places";

/** A quoted name has at most this many words; longer quotations are speech. */
const MAX_WORDS = 4;
/** The innermost «…», or “…” / „…“ / "…": a name nested in quoted speech is still found. */
const QUOTED = /«([^«»\n]+)»|[“„]([^“”„\n]+)[”“]|"([^"\n]+)"/g;
const WORD_BEFORE = /([\p{L}]+)[\s\u00a0]*$/u;
/** Characters before a quote searched for the word before it: longer than any organisation noun or legal form. */
const WORD_BEFORE_REACH = 40;
const LEGAL = new Set(LEGAL_FORMS);

export function findQuotedNames(text: string, lex: OrgRules): Candidate[] {
  const out: Candidate[] = [];
  // A name once called a film, a ship or a law ("шаттла «Дискавери»") is that everywhere in the article.
  const blocked = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? m[3])!;
    const innerStart = m.index! + 1;
    const name = inner.trim();
    const words = name.split(/\s+/);
    if (!/^[\p{Lu}\p{N}]/u.test(name) || words.length > MAX_WORDS || /[.!?,:;…]$/.test(name) || isPlace(name)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index! - WORD_BEFORE_REACH), m.index!))?.[1] ?? "";
    const lower = before.toLowerCase();
    const afterHead = LEGAL.has(before) || headStemOf(before) !== null || lex.quoteHeadNouns.has(lower);
    if (NOT_ORG_QUOTE_STEMS.some((h) => lower.startsWith(h))) {
      blocked.add(name);
      continue;
    }
    if (lex.quotesAreSpeech && !afterHead) continue;
    // Speech set in quotes, capitalised: a sentence has lower-case words, a name mostly does not.
    if (!afterHead && words.length > 1 && words.filter((w) => /^\p{Ll}/u.test(w)).length > 1) continue;
    const start = innerStart + inner.indexOf(name);
    out.push({
      start,
      end: start + name.length,
      cue: afterHead ? `quoted after "${before}"` : "quoted name",
      confidence: afterHead ? CONFIDENCE.legalForm : CONFIDENCE.quoted,
    });
  }
  return out.filter((c) => !blocked.has(text.slice(c.start, c.end)));
}
