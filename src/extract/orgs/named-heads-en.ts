// English names: capitalised word sequences ("Department of Design and Construction", "American Academy of
// Allergy, Asthma and Immunology") that contain an organisation head noun, and bare capitalised names that
// their neighbours show to be bodies ("whale rescue group Project Jonah", "Con Edison officials").
import {
  CALENDAR_WORDS_EN,
  COMPANY_SUFFIXES_EN,
  CONNECTORS_EN,
  FOLLOWING_NOUNS_EN,
  HEADS_EN,
  HEADS_NEEDING_MORE_EN,
  NOT_ORG_LAST_WORDS_EN,
  PRECEDING_NOUNS_EN,
  SENTENCE_WORDS_EN,
} from "../lang/en/orgs";
import { CONFIDENCE, type Candidate } from "./candidate";
import { isPlace } from "./places";
import { spaceBetween, type Token } from "../analysis/tokens";

/** Connectors that may join a list of capitalised words after "of"/"for": "Allergy, Asthma and Immunology". */
const LIST_JOINERS = new Set(["and", "&"]);
/** Single words shaped like nationality adjectives ("Chinese", "Kenyan", "Israeli"): not names of bodies. */
const NATIONALITY = /(ese|ian|an|ish|i|ic)$/;
/** A capitalised word with a lower-case part after a hyphen: an adjective ("London-based", "Kong-listed"). */
const COMPOUND_ADJECTIVE = /-\p{Ll}+$/u;

interface Span {
  from: number;
  to: number;
}

/** Maximal runs of capitalised tokens, joined by connectors and (inside an of-complement) by commas. */
export function capitalisedRuns(text: string, tokens: Token[]): Span[] {
  const runs: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap || !tokens[i]!.latin) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    let inComplement = false;
    let k = i + 1;
    while (k < tokens.length) {
      const t = tokens[k]!;
      const prev = tokens[k - 1]!;
      const spaced = spaceBetween(text, prev, t);
      if (t.cap && t.latin && spaced) {
        to = k;
        k++;
        continue;
      }
      if (t.cap && t.latin && inComplement && text.slice(prev.end, t.start) === ", ") {
        to = k;
        k++;
        continue;
      }
      const w = t.text;
      if (!spaced || prev.possessive || !CONNECTORS_EN.has(w)) break;
      // "of"/"for"/"on" join only after a head noun ("Bank of East Asia", not "Luce for The New York Times");
      // "and" only inside such a complement ("Department of Design and Construction"), or between the two halves of
      // a name whose head comes after it ("Food and Drug Administration", "World Travel and Tourism Council").
      const sharedHead = LIST_JOINERS.has(w) && !inComplement && headAfterAnd(text, tokens, from, k);
      if (!sharedHead && (LIST_JOINERS.has(w) ? !inComplement : !HEADS_EN.has(prev.text))) break;
      if (!LIST_JOINERS.has(w)) inComplement = true;
      // A connector must be followed by a capitalised word ("the" may come first: "Bank of the West").
      let n = k + 1;
      if (tokens[n]?.text === "the") n++;
      if (!tokens[n]?.cap || CALENDAR_WORDS_EN.has(tokens[n]!.text)) break;
      k = n;
    }
    runs.push({ from, to });
    i = to + 1;
  }
  return runs;
}

/** Words before "and" in a name that shares its head ("Food and Drug Administration"): more is two names. */
const BEFORE_SHARED_HEAD = 2;

/**
 * Whether the "and" at `k` joins two halves of one name: no head noun before it in the run (from `from`), at most
 * BEFORE_SHARED_HEAD words there, and the capitalised words right after it end in a head noun that is not a
 * company suffix.
 */
function headAfterAnd(text: string, tokens: Token[], from: number, k: number): boolean {
  if (k - from > BEFORE_SHARED_HEAD || tokens.slice(from, k).some((t) => HEADS_EN.has(t.text))) return false;
  let n = k + 1;
  while (n < tokens.length && tokens[n]!.cap && tokens[n]!.latin && spaceBetween(text, tokens[n - 1]!, tokens[n]!)) n++;
  const head = tokens[n - 1]!.text;
  return n > k + 1 && HEADS_EN.has(head) && !COMPANY_SUFFIXES_EN.has(head);
}

/**
 * The capitalised names in English text. `isRoleWord` tells a role or title ("Commissioner", "Minister"): a run that
 * goes on from one into a name is a body and the person it heads ("Federal Police Commissioner John Doe"), cut before it.
 */
export function findEnglishNames(
  text: string,
  tokens: Token[],
  isRoleWord: (word: string) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    let { from, to } = run;
    while (from <= to && (SENTENCE_WORDS_EN.has(tokens[from]!.text) || tokens[from]!.text === "The")) from++;
    for (let k = from + 1; k < to; k++) {
      if (isRoleWord(tokens[k]!.text) && !HEADS_EN.has(tokens[k]!.text) && tokens[k + 1]!.cap) {
        to = k - 1;
        break;
      }
    }
    // A country's possessive is not part of its bodies' names: "Egypt’s Ministry of Health" is the ministry.
    while (from < to && tokens[from]!.possessive && isPlace(tokens[from]!.text)) from++;
    if (from > to) continue;
    const words = tokens.slice(from, to + 1);
    let headAt = -1;
    words.forEach((t, k) => {
      if (HEADS_EN.has(t.text)) headAt = k;
    });
    // A possessive before the head belongs to the name ("Murdoch Children’s Research Institute"); after it, it ends the name.
    const possAt = words.findIndex((t) => t.possessive);
    if (possAt >= 0 && possAt >= headAt) {
      to = from + possAt;
      if (headAt > possAt) headAt = -1;
    }
    const span = { start: tokens[from]!.start, end: tokens[to]!.end };
    const surface = text.slice(span.start, span.end);
    if (isPlace(surface)) continue;
    if (NOT_ORG_LAST_WORDS_EN.has(tokens[to]!.text)) continue;
    if (headAt >= 0) {
      const head = words[headAt]!.text;
      const single = to === from;
      if (single || (HEADS_NEEDING_MORE_EN.has(head) && to - from < 1)) continue;
      out.push({ ...span, cue: `organisation-noun: ${head}`, confidence: CONFIDENCE.headNoun });
      continue;
    }
    const before = tokens[from - 1],
      after = tokens[to + 1];
    const spaceAfter = after && spaceBetween(text, tokens[to]!, after);
    const spaceBefore = before && spaceBetween(text, before, tokens[from]!);
    const cueAfter = spaceAfter && !after.cap && FOLLOWING_NOUNS_EN.has(after.text) ? after.text : null;
    const cueBefore = spaceBefore && !before.cap && PRECEDING_NOUNS_EN.has(before.text) ? before.text : null;
    if (!cueAfter && !cueBefore) continue;
    // One capitalised word opening a sentence ("Security officials said") may be an ordinary word; a day or a
    // month is one ("on Saturday, the agency said"), and a place's compound adjective describes the body, it does
    // not name it ("a London-based group", "a Hong Kong-listed company").
    if (from === to && (NATIONALITY.test(tokens[from]!.text) || tokens[from]!.sentenceStart)) continue;
    if ((from === to && CALENDAR_WORDS_EN.has(tokens[from]!.text)) || COMPOUND_ADJECTIVE.test(tokens[to]!.text))
      continue;
    out.push({ ...span, cue: `context: ${cueAfter ?? cueBefore}`, confidence: CONFIDENCE.context });
  }
  return out;
}
