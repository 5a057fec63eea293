// Names in quotes: «Казахмыс», ТОО «Казцинк», партии «Яблоко», "Kaztsink". A short capitalised quotation
// in Russian text is a name (speech is longer and rarely capitalised word by word); where quotes mark speech
// (English), only a quoted name right after an organisation noun or legal form counts.
import { LEGAL_FORMS, NOT_ORG_QUOTE_STEMS, QUOTE_LIST_OPENERS } from "../lang/every-text";
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
/** The word before a list opener and the opener: "картины, как " → "картины". */
const NOUN_BEFORE_OPENER = new RegExp(
  `([\\p{L}]+)[\\s\\u00a0,]*(?:${QUOTE_LIST_OPENERS.join("|")})[\\s\\u00a0,:]*$`,
  "iu",
);
/** Between two quoted names of one list: «Цирк», «Новые времена» и «Огни». */
const LIST_GAP = /^[\s\u00a0]*(?:,|и|или|and|or)?[\s\u00a0]*$/u;

/** The quoted name's text, where it starts, the word right before its quote and the text before that. */
function* quotations(text: string) {
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? m[3])!;
    const name = inner.trim();
    const start = m.index! + 1 + inner.indexOf(name);
    const reach = text.slice(Math.max(0, m.index! - WORD_BEFORE_REACH), m.index!);
    yield { name, start, quoteStart: m.index!, quoteEnd: m.index! + m[0].length, reach };
  }
}

/**
 * Names the article calls a work, an event or a law, not a body: the quotation right after such a noun ("шаттла
 * «Дискавери»", "картины, как «Цирк»") and the ones that follow it in one list («Цирк», «Новые времена» и «Огни»).
 * Such a name is that everywhere in the article, whichever rule or the tagger finds it.
 */
export function quotedWorks(text: string): Set<string> {
  const works = new Set<string>();
  let workEnd = -1;
  for (const q of quotations(text)) {
    const noun = (NOUN_BEFORE_OPENER.exec(q.reach)?.[1] ?? WORD_BEFORE.exec(q.reach)?.[1] ?? "").toLowerCase();
    const inList = workEnd >= 0 && LIST_GAP.test(text.slice(workEnd, q.quoteStart));
    if (NOT_ORG_QUOTE_STEMS.some((h) => noun.startsWith(h)) || inList) {
      works.add(q.name);
      workEnd = q.quoteEnd;
    }
  }
  return works;
}

/** Quoted names of bodies; `works`, the names the article calls works (quotedWorks), are none. */
export function findQuotedNames(text: string, lex: OrgRules, works = quotedWorks(text)): Candidate[] {
  const out: Candidate[] = [];
  for (const { name, start, reach } of quotations(text)) {
    const words = name.split(/\s+/);
    if (!/^[\p{Lu}\p{N}]/u.test(name) || words.length > MAX_WORDS || /[.!?,:;…]$/.test(name) || isPlace(name)) continue;
    if (works.has(name)) continue;
    const before = WORD_BEFORE.exec(reach)?.[1] ?? "";
    const afterHead = LEGAL.has(before) || headStemOf(before) !== null || lex.quoteHeadNouns.has(before.toLowerCase());
    if (lex.quotesAreSpeech && !afterHead) continue;
    // Speech set in quotes, capitalised: a sentence has lower-case words, a name mostly does not.
    if (!afterHead && words.length > 1 && words.filter((w) => /^\p{Ll}/u.test(w)).length > 1) continue;
    // After a colon a quotation with a lower-case word is what is said (Заповедь гласит: «Не прелюбодействуй»); a
    // name there is a list's ("партии: «Яблоко» и «Родина»").
    if (!afterHead && /:\s*$/.test(reach) && words.some((w) => /^\p{Ll}/u.test(w))) continue;
    out.push({
      start,
      end: start + name.length,
      cue: afterHead ? `quoted after "${before}"` : "quoted name",
      confidence: afterHead ? CONFIDENCE.legalForm : CONFIDENCE.quoted,
    });
  }
  return out;
}
