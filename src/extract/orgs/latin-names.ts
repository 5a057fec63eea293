// Names in Latin letters inside Cyrillic text (Facebook, Vestas, Bank of East Asia): in Russian news these
// are nearly always companies, outlets and brands, since people's names are transliterated into Cyrillic.
// And outlets named by their web address (Caravan.kz, Lenta.ru, Лента.ру) in either language.
import { NOT_ORG_ACRONYMS } from "../lang/every-text";
import { CONFIDENCE, type Candidate } from "./candidate";
import { capitalisedRuns } from "./named-heads-en";
import { isPlace } from "./places";
import type { Token } from "../analysis/tokens";
import type { OutletWords } from "../lang/language-module";
import { inSourceWords } from "./outlets";

const STOP = new Set(NOT_ORG_ACRONYMS);
/** Roman numerals (XXI век) and product codes (STS-124): capitalised Latin, but not names of bodies. */
const ROMAN = /^[IVXLCM]+$/;
const CODE = /\d{3,}/;
/** Around a name in quoted English, many words are lower-case Latin ("the", "and"): capitals say less there. */
const LATIN_PROSE_SHARE = 0.3;
/** Outlet addresses: a name and a news-site top-level domain. */
const DOMAIN = /^[\p{L}\p{N}-]+\.(kz|ru|com|org|net|uz|kg|ua|by|info|io|tv|news|media|ру|рф|қаз)$/iu;

/**
 * Latin names in Cyrillic text; one in a source's words (`outlets`: "пишет Metro", "Metro сообщает") is an outlet's,
 * as sure as a body's head noun makes a name.
 */
export function findLatinNames(text: string, tokens: Token[], outlets: OutletWords): Candidate[] {
  const out: Candidate[] = [];
  for (const { from, to } of capitalisedRuns(text, tokens)) {
    const surface = text.slice(tokens[from]!.start, tokens[to]!.end);
    if (isPlace(surface) || (surface.includes(".") && DOMAIN.test(surface))) continue;
    if (
      from === to &&
      (surface.length < 2 || STOP.has(surface.toUpperCase()) || ROMAN.test(surface) || CODE.test(surface))
    )
      continue;
    if (latinProseAround(tokens, from, to) > LATIN_PROSE_SHARE || isGloss(text, tokens, from)) continue;
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    out.push(
      inSourceWords(text, { start, end }, outlets)
        ? { start, end, cue: "Latin name in a source's words", confidence: CONFIDENCE.sourceWords }
        : { start, end, cue: "Latin name in Cyrillic text", confidence: CONFIDENCE.latinInCyrillic },
    );
  }
  return out;
}

export function findDomainNames(tokens: Token[]): Candidate[] {
  return tokens
    .filter((t) => t.text.includes(".") && DOMAIN.test(t.text) && !/^www\./i.test(t.text) && /\p{Lu}/u.test(t.text))
    .map((t) => ({ start: t.start, end: t.end, cue: "outlet address", confidence: CONFIDENCE.domain }));
}

/** Words either side of a Latin run whose case says whether it stands in Latin prose: a short phrase's worth. */
const PROSE_WINDOW_WORDS = 5;

/** Share of lower-case Latin words among the PROSE_WINDOW_WORDS words either side of the run from..to. */
function latinProseAround(tokens: Token[], from: number, to: number): number {
  const window = [
    ...tokens.slice(Math.max(0, from - PROSE_WINDOW_WORDS), from),
    ...tokens.slice(to + 1, to + 1 + PROSE_WINDOW_WORDS),
  ];
  return window.length ? window.filter((t) => t.latin && !t.cap).length / window.length : 0;
}

/** "Томас Винье (Thomas Vinje)": a Latin spelling in brackets after a Cyrillic name glosses that name. */
function isGloss(text: string, tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return !!prev && prev.cap && !prev.latin && /^\s*\(\s*$/.test(text.slice(prev.end, tokens[from]!.start));
}
