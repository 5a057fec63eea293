// Whose words each sentence reports: a speech verb next to a name ("said Jane Doe", "напомнил Рысмамбетов"),
// a frame before one ("по словам X", "according to X"), a pronoun that carries the last-named person
// ("он считает", "he added"), a role noun that refers back ("эксперт видит"), or the quote the sentence is in.
import type { Analysis } from "../analysis/types";
import type { Quote } from "../analysis/quotes";
import type { Sentence } from "../analysis/sentences";
import type { Word } from "../analysis/words";
import type { Attribution } from "../findings";
import type { Mention } from "../types";
import type { PeopleLexicon } from "../lang/people-lexicon";
import { looksNominative, wordKey } from "../name-key";
import { obliqueAfterWord, obliqueGivenName } from "../lang/ru/name-cases";
import { partitionPoint } from "../../partition-point";

interface Placed {
  person: number;
  mention: Mention;
  first: number;
  last: number;
}

/** Words between a name and its speech verb when nothing but a comma-bounded appositive separates them. */
const APPOSITIVE_REACH = 15;
/** Words between a name and the verb after it ("Mr. McHugh also said"). */
const AFTER_REACH = 2;
/** Lower-case words between a speech verb and the name after it ("считает экономист Расул Рысмамбетов"). */
const BEFORE_REACH = 3;
/** Words a Russian quote-closing frame may put between the verb and the speaker's nominative name. */
const RU_BEFORE_REACH = 8;
/** Characters between a quote's end and the next sentence that can only be a title cut off by the segmenter (" Mr. "). */
const TITLE_GAP = 6;
/** Words after a pronoun or role noun where its speech verb may stand: next, or after an adverb ("он также считает"). */
const PRONOUN_VERB_REACH = 2;
/** Punctuation between a role noun and a speech verb that puts them in two clauses. */
const ROLE_VERB_BREAK = /[,;:()—–]/;
/** Words before a role noun where an indefinite determiner may stand ("a prosecutors' spokesman"). */
const DETERMINER_REACH = 2;
/** A name's own quotes («Талап») may stand between a verb and its speaker; speech quotes (“ ") may not. */
const CLAUSE_BREAK = /[;!?“"]|\.\s/;
/** Before a verb, what makes it open its clause: a quote's end, a comma, a dash ("“It will fail,” warned Smith"). */
const OPENS_CLAUSE = /[,”"»–—]/;
/** How far back a frame such as "по словам" / "according to" may start before the name, role words between. */
const FRAME_WINDOW = 90;

/**
 * Places the mentions on the words and finds each sentence's named speaker once; the function returned adds the
 * speakers a pronoun, a role noun or a quote carries, which depend on who is salient (may a later "он" stand for them).
 */
export function sentenceSpeakers(
  analysis: Analysis,
  mentions: Mention[][],
  lex: PeopleLexicon,
  /** Each person's roles, as the people stage found them: a role noun refers to one who holds it. */
  roles: readonly (readonly string[])[] = [],
): (salient: (person: number) => boolean) => (Attribution | null)[] {
  const { text, sentences, words, quotes } = analysis;
  const placed = placeMentions(words, mentions);
  const bySentence: Placed[][] = sentences.map(() => []);
  for (const p of placed) bySentence[words[p.first]!.sentence]!.push(p);
  const wordsBySentence: number[][] = sentences.map(() => []);
  words.forEach((w, i) => wordsBySentence[w.sentence]!.push(i));
  const named = sentences.map((s, si) => direct(text, s, wordsBySentence[si]!, words, bySentence[si]!, lex));

  // Each person's role words by key: "the economist" is one whose role is "an economist at the IMF".
  const roleKeys = roles.map((rs) => new Set(rs.flatMap((r) => r.toLowerCase().split(/[\s-]+/)).map(wordKey)));
  const holds = (person: number, noun: string) => roleKeys[person]?.has(wordKey(noun)) ?? false;
  return (salient) => {
    const salientPlaced = placed.filter((p) => salient(p.person));
    const out: (Attribution | null)[] = sentences.map(
      (s, si) => named[si] ?? referring(s, wordsBySentence[si]!, words, bySentence[si]!, salientPlaced, lex, holds),
    );
    spreadOverQuotes(out, sentences, quotes, text);
    return out;
  };
}

function placeMentions(words: Word[], mentions: Mention[][]): Placed[] {
  const out: Placed[] = [];
  mentions.forEach((ms, person) => {
    for (const m of ms) {
      const first = firstWordFrom(words, m.start);
      let last = first;
      while (last + 1 < words.length && words[last + 1]!.end <= m.end) last++;
      if (words[first]?.start === m.start && words[last]!.end === m.end) out.push({ person, mention: m, first, last });
    }
  });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** Index of the first word starting at or after `offset` (words are in text order). */
function firstWordFrom(words: Word[], offset: number): number {
  return partitionPoint(words.length, (i) => words[i]!.start < offset);
}

/** A named speaker in the sentence itself. */
function direct(
  text: string,
  s: Sentence,
  idx: number[],
  words: Word[],
  here: Placed[],
  lex: PeopleLexicon,
): Attribution | null {
  if (here.length === 0) return null;
  for (const p of here) {
    const before = text.slice(Math.max(s.start, p.mention.start - FRAME_WINDOW), p.mention.start);
    const frame = lex.attributionBefore.exec(before);
    if (frame)
      return {
        person: p.person,
        evidence: [{ cue: frame[0].trim(), start: p.mention.start - frame[0].length, end: p.mention.start - 1 }],
      };
  }
  for (const v of idx) {
    const w = words[v]!;
    if (!lex.speechVerb.test(w.lower)) continue;
    const p = here.find((q) => speaks(words, q, v, lex));
    if (p) return { person: p.person, evidence: [{ cue: w.text, start: w.start, end: w.end }] };
  }
  return null;
}

function speaks(words: Word[], p: Placed, v: number, lex: PeopleLexicon): boolean {
  const ru = lex.surnameShape !== null;
  if (v > p.last) {
    // A name in an oblique case is no subject ("глава наблюдателей от Афросоюза заявил", "от Ивана Петрова").
    if (
      ru &&
      (obliqueGivenName(words[p.first]!.text, lex.givenNameForms) !== null ||
        obliqueAfterWord(words[p.first - 1], words[p.first]!.gap, lex.obliqueBefore))
    )
      return false;
    const between = v - p.last - 1;
    if (between <= AFTER_REACH)
      return !/[.;!?]/.test(
        words
          .slice(p.last + 1, v + 1)
          .map((w) => w.gap)
          .join(""),
      );
    return between <= APPOSITIVE_REACH && words[p.last + 1]!.gap.startsWith(",") && words[v]!.gap.includes(",");
  }
  if (v < p.first) {
    // The one a verb speaks to, not the one who speaks: "told Mary Brown" after its subject; in Russian, a name
    // opening with a given name in an oblique case ("призвал Рахима Ошакбаева").
    if (lex.addresseeVerb?.test(words[v]!.lower) && !OPENS_CLAUSE.test(words[v]!.gap)) return false;
    if (ru && obliqueGivenName(words[p.first]!.text, lex.givenNameForms) !== null) return false;
    const between = words.slice(v + 1, p.first);
    // A dot inside a word ("Caravan.kz") is no break; a dot before a space is.
    if (words.slice(v + 1, p.first + 1).some((w) => CLAUSE_BREAK.test(w.gap))) return false;
    if (between.length <= BEFORE_REACH && between.every((w) => !w.cap)) return true;
    // Russian closes a quote with a long frame before the speaker's name ("– рассказал корреспонденту Caravan.kz
    // политолог Иван Петров"): the name must then read as the subject (nominative) and no other verb of speech intervene.
    return (
      ru &&
      between.length <= RU_BEFORE_REACH &&
      looksNominative(words[p.last]!.text) &&
      !between.some((w) => lex.speechVerb.test(w.lower))
    );
  }
  return false;
}

/**
 * A pronoun or a role noun in the singular standing for the person last named ("он считает", "эксперт видит"); a
 * role noun for the last one named who holds that role, or, in a lede that names its speaker only later ("…, a
 * leading economist said"), the first one named after it who does.
 */
function referring(
  s: Sentence,
  idx: number[],
  words: Word[],
  here: Placed[],
  placed: Placed[],
  lex: PeopleLexicon,
  holds: (person: number, noun: string) => boolean,
): Attribution | null {
  const pm = lex.pronounFrame.exec(s.text);
  let at = pm ? s.start + pm.index : -1;
  let end = pm ? at + pm[0].length : -1;
  let noun: string | null = null;
  let anonymous = false;
  const rm = at < 0 ? lex.roleFrame?.exec(s.text) : null;
  if (rm && lex.roleNouns.has(wordKey(rm[1]!.toLowerCase()))) {
    at = s.start + rm.index;
    end = at + rm[0].length;
    noun = rm[1]!.toLowerCase();
  }
  if (at < 0) {
    const k = pronounBySpeechVerb(idx, words, lex);
    if (k >= 0) {
      at = words[k]!.start;
      end = words[k]!.end;
    }
  }
  if (at < 0 && here.length === 0) {
    for (let n = 0; n < idx.length - 1; n++) {
      const w = words[idx[n]!]!;
      if (!lex.roleNounsSingular.has(w.lower)) continue;
      const v = idx.slice(n + 1, n + 1 + PRONOUN_VERB_REACH).find((k) => lex.speechVerb.test(words[k]!.lower));
      // The verb's subject, in one clause with it: not "Seeking the right officer, I stated".
      const sameClause = v !== undefined && !words.slice(idx[n]! + 1, v + 1).some((x) => ROLE_VERB_BREAK.test(x.gap));
      if (v !== undefined && sameClause) {
        at = w.start;
        end = words[v]!.end;
        noun = w.lower;
        // "a spokesman said", "один эксперт считает": one more of that kind, not one named before.
        anonymous = idx.slice(Math.max(0, n - DETERMINER_REACH), n).some((k) => lex.indefinite.test(words[k]!.lower));
        break;
      }
    }
  }
  if (at < 0) return null;
  const sentence = words[idx[0]!]?.sentence ?? 0;
  // An anonymous one may be named after the lede that quotes them, never the last one named before.
  const last =
    noun !== null
      ? (roleHolder(placed, words, at, sentence, noun, holds, anonymous) ??
        (anonymous ? undefined : lastPlacedBefore(placed, at)))
      : lastPlacedBefore(placed, at);
  if (!last) return null;
  const evidence = [{ cue: s.text.slice(at - s.start, end - s.start), start: at, end }];
  // A role noun in the nominative singular that none of their roles holds says what they are ("певица сообщила").
  return noun !== null && lex.roleNounsSingular.has(noun) && !holds(last.person, noun)
    ? { person: last.person, evidence, referredAs: noun }
    : { person: last.person, evidence };
}

/** Sentences after a role noun's in which the person it refers to may first be named (a lede's, then the story's). */
const CATAPHORA_SENTENCES = 4;

/**
 * The mention of one who holds the role `noun`: the last named before `offset`, else, when nobody is named before
 * it, the first named after it within the next few sentences.
 */
function roleHolder(
  placed: Placed[],
  words: Word[],
  offset: number,
  sentence: number,
  noun: string,
  holds: (person: number, noun: string) => boolean,
  /** Only one named after it: the noun is one more of its kind ("a leading economist said"). */
  onlyAfter = false,
): Placed | undefined {
  const from = partitionPoint(placed.length, (i) => placed[i]!.mention.start < offset);
  if (!onlyAfter) for (let i = from - 1; i >= 0; i--) if (holds(placed[i]!.person, noun)) return placed[i];
  if (from > 0) return undefined;
  return placed
    .slice(from)
    .find((p) => words[p.first]!.sentence <= sentence + CATAPHORA_SENTENCES && holds(p.person, noun));
}

/** The last mention starting before `offset` (mentions are in text order): a binary search, as every sentence asks. */
function lastPlacedBefore(placed: Placed[], offset: number): Placed | undefined {
  return placed[partitionPoint(placed.length, (i) => placed[i]!.mention.start < offset) - 1];
}

/** A subject pronoun next to a speech verb, one adverb allowed between ("он также считает", "he said", "said she"). */
function pronounBySpeechVerb(idx: number[], words: Word[], lex: PeopleLexicon): number {
  for (let n = 0; n < idx.length; n++) {
    const w = words[idx[n]!]!;
    if (!lex.subjectPronoun.test(w.lower)) continue;
    const after = idx.slice(n + 1, n + 1 + PRONOUN_VERB_REACH).map((k) => words[k]!);
    const before = n > 0 ? words[idx[n - 1]!]! : null;
    if (
      after.some((v, i) => lex.speechVerb.test(v.lower) && (i === 0 || !after[0]!.cap)) ||
      (before && lex.speechVerb.test(before.lower))
    )
      return idx[n]!;
  }
  return -1;
}

/** Sentences inside a quote speak with the quote's speaker: the one named where the quote ends or begins, the
 * speaker of an attributed quote just before it in its paragraph, or the speaker of the paragraph just before when
 * the quote is a paragraph of its own. */
function spreadOverQuotes(out: (Attribution | null)[], sentences: Sentence[], quotes: Quote[], text: string): void {
  for (const q of quotes) {
    const inside: number[] = [];
    for (let i = firstSentenceEndingAfter(sentences, q.start); i < sentences.length && sentences[i]!.start < q.end; i++)
      inside.push(i);
    if (inside.length === 0) continue;
    const lastS = inside[inside.length - 1]!,
      firstS = inside[0]!;
    let speaker = out[lastS] ?? out[firstS] ?? null;
    // The segmenter may cut the attribution off after a title's dot ("“…,” Mr. | McHugh said."): look one sentence on.
    const next = sentences[lastS + 1];
    if (!speaker && next && next.start - q.end <= TITLE_GAP && next.paragraph === sentences[lastS]!.paragraph)
      speaker = out[lastS + 1] ?? null;
    // "“…,” he said. “We believe …”": a quote that goes on in the same paragraph after an attributed quote is the
    // same speaker's.
    const before = sentences[firstS - 1];
    if (!speaker && before && before.paragraph === sentences[firstS]!.paragraph && out[firstS - 1]) {
      if (quotes.some((o) => o !== q && o.start < before.end && before.start < o.end)) speaker = out[firstS - 1]!;
    }
    if (!speaker && (q.start === 0 || text.slice(q.start - 2, q.start) === "\n\n")) {
      for (let i = firstS - 1; i >= 0 && sentences[i]!.paragraph >= sentences[firstS]!.paragraph - 1; i--) {
        if (out[i]) {
          speaker = out[i]!;
          break;
        }
      }
    }
    if (speaker) for (const i of inside) out[i] ??= speaker;
  }
}

/** Index of the first sentence ending after `offset` (sentences are in text order). */
function firstSentenceEndingAfter(sentences: Sentence[], offset: number): number {
  return partitionPoint(sentences.length, (i) => sentences[i]!.end <= offset);
}
