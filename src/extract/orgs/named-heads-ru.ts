// Russian names built on an organisation noun: "Конституционного суда", "Русская Православная Церковь",
// "Министерство иностранных дел Грузии", "Национальный банк Украины"; a lower-case state body with a place
// ("правительства Израиля"); and a capitalised name after a company noun ("компании Piedmont Airlines").
import {
  ADJECTIVE_ENDING,
  GENITIVE_ENDING,
  HEAD_NOUN_ENDINGS,
  VERB_OR_ADVERB_ENDING,
  foldRu,
} from "../lang/ru/endings";
import {
  ALWAYS_COMPLEMENT_RU,
  AND_RU,
  FUNCTION_WORDS_RU,
  GOVERNMENT_STEMS_RU,
  GOVERNS_WITH_RU,
  INSTRUMENTAL_NOUN_RU,
  WITH_RU,
  HEAD_STEMS_RU,
  NAMING_HEADS_RU,
  NOT_SHORT_FORM_RU,
  PLACE_ADJECTIVE_RU,
  TOPIC_PREPOSITION_RU,
  WORD_OF_THREE_LETTERS_RU,
} from "../lang/ru/orgs";
import { CONFIDENCE, type Candidate } from "./candidate";
import { isPlace } from "./places";
import { spaceBetween, type Token } from "../analysis/tokens";

/** A lower-case word after a head noun that continues the name: a genitive, not a verb or a function word. */
const isComplement = (w: string) =>
  ALWAYS_COMPLEMENT_RU.has(w) ||
  (GENITIVE_ENDING.test(w) && !VERB_OR_ADVERB_ENDING.test(w) && !FUNCTION_WORDS_RU.test(w));
/** At most this many modifiers before the head and lower-case complement words after it. */
const MAX_BEFORE = 3;
const MAX_COMPLEMENT = 3;
const MAX_CAPITAL_COMPLEMENT = 2;

/** The head stem a word inflects, or null. */
export function headStemOf(word: string): string | null {
  const w = foldRu(word);
  for (const h of HEAD_STEMS_RU) if (w.startsWith(h) && HEAD_NOUN_ENDINGS.has(w.slice(h.length))) return h;
  return null;
}
const isHead = (t: Token) => !t.latin && headStemOf(t.text) !== null;

/**
 * `personName`: whether a lower-case word is a given name in the nominative, which opens a person's name after a
 * body's ("Института Пушкина Виталий Григорьевич Костомаров"); a body named for a person has it in the genitive
 * ("Фонда Михаила Прохорова").
 */
export function findHeadNounNames(
  text: string,
  tokens: Token[],
  personName: (lower: string) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!isHead(head)) continue;
    const headStem = headStemOf(head.text)!;
    // Modifiers before the head: adjectives, the name starts at the first capitalised one.
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= MAX_BEFORE; j--) {
      const t = tokens[j]!;
      if (t.latin || !spaceBetween(text, t, tokens[j + 1]!) || !ADJECTIVE_ENDING.test(t.text.toLowerCase())) break;
      first = j;
    }
    while (first < i && !tokens[first]!.cap) first++;
    const start = tokens[first]!;
    const capitalCount = tokens.slice(first, i + 1).filter((t) => t.cap).length;
    // Complement after the head: lower-case genitive words, then at most one place or acronym.
    let last = i;
    if (first === i || start.cap) {
      let lower = 0,
        capitals = 0;
      for (let k = i + 1; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (!spaceBetween(text, tokens[k - 1]!, t) || t.latin) break;
        if (t.cap) {
          // A place or an acronym ends the name; a code ("Союз ТМА-12") makes it a craft, not a body.
          if (isPlace(t.text) || (t.upper && !/\d/.test(t.text))) {
            last = k;
            break;
          }
          if (/\d/.test(t.text)) break;
          // "Совет Федерации", "Организация Объединенных Наций": capitalised words right after a capitalised head.
          if (!head.cap || head.sentenceStart || first !== i || lower > 0 || capitals >= MAX_CAPITAL_COMPLEMENT) break;
          if (personName(t.text.toLowerCase())) break;
          capitals++;
          last = k;
          continue;
        }
        if (capitals > 0) break;
        if (t.text === TOPIC_PREPOSITION_RU && lower === 0 && head.cap && first === i) {
          const end = poComplementEnd(text, tokens, k);
          if (end > k) {
            last = end;
            break;
          }
        }
        if (withPhraseAt(text, tokens, k)) {
          last = k + 1;
          break;
        }
        if (first !== i || lower >= MAX_COMPLEMENT || !isComplement(t.text.toLowerCase()) || isHead(t)) break;
        lower++;
        last = k;
      }
      // Lower-case words are only kept when a name ends them or the head itself is capitalised.
      if (last > i && !tokens[last]!.cap && !head.cap) last = i;
    }
    const endTok = tokens[last]!;
    if (isPlace(text.slice(start.start, endTok.end))) continue;
    const hasPlaceTail = last > i && endTok.cap;
    const government = GOVERNMENT_STEMS_RU.includes(headStem);
    // A capitalised head alone ("Союз", "Центр", "Правительство" opening a sentence) is too often a common
    // noun, a craft or a nickname: a name needs a capitalised modifier or a complement.
    if (start.cap && (capitalCount > 1 || last > i || (first < i && !start.sentenceStart))) {
      out.push({
        start: start.start,
        end: endTok.end,
        cue: `organisation-noun: ${headStem}`,
        confidence: CONFIDENCE.headNoun,
      });
    } else if (government && hasPlaceTail) {
      out.push({
        start: head.start,
        end: endTok.end,
        cue: `state body: ${headStem}`,
        confidence: CONFIDENCE.governmentOfPlace,
      });
    } else if (
      government &&
      PLACE_ADJECTIVE_RU.test(tokens[i - 1]?.text ?? "") &&
      spaceBetween(text, tokens[i - 1]!, head)
    ) {
      // "японского МИДа", "израильского правительства": a country's own body.
      out.push({
        start: tokens[i - 1]!.start,
        end: head.end,
        cue: `state body: ${headStem}`,
        confidence: CONFIDENCE.governmentOfPlace,
      });
    } else if (!head.cap && NAMING_HEADS_RU.includes(headStem)) {
      const named = namedAfter(text, tokens, i);
      if (named) out.push({ ...named, cue: `named after "${head.text}"`, confidence: CONFIDENCE.context });
    }
  }
  return out;
}

/** Words a "по" complement may run through: "по защите и развитию конкуренции", "по делам молодежи". */
const MAX_PO_WORDS = 4;

/** The last token of "по …" after a capitalised head, or k when there is none. */
function poComplementEnd(text: string, tokens: Token[], k: number): number {
  let end = k;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_PO_WORDS; j++) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    if (!spaceBetween(text, tokens[j - 1]!, t) || t.latin || t.cap) break;
    if (w === AND_RU && end > k) continue;
    if (end > k && withPhraseAt(text, tokens, j)) return j + 1;
    if (FUNCTION_WORDS_RU.test(w) || VERB_OR_ADVERB_ENDING.test(w) || !WORD_OF_THREE_LETTERS_RU.test(w)) break;
    end = j;
  }
  return end;
}

/** Whether token `k` is "с" with a noun in the instrumental after a noun that governs them ("борьбы с коррупцией"). */
function withPhraseAt(text: string, tokens: Token[], k: number): boolean {
  const [before, t, after] = [tokens[k - 1], tokens[k]!, tokens[k + 1]];
  return (
    t.text === WITH_RU &&
    !!before &&
    !!after &&
    GOVERNS_WITH_RU.test(before.text.toLowerCase()) &&
    spaceBetween(text, t, after) &&
    INSTRUMENTAL_NOUN_RU.test(after.text)
  );
}

/** A company's name after its noun has at most this many capitalised words ("компании Kazakhmys Copper Holding"). */
const MAX_NAME_WORDS = 3;

/** Capitalised, non-place words right after a company noun: its name. */
function namedAfter(text: string, tokens: Token[], i: number): { start: number; end: number } | null {
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i <= MAX_NAME_WORDS &&
    tokens[k]!.cap &&
    !tokens[k]!.sentenceStart &&
    spaceBetween(text, tokens[k - 1]!, tokens[k]!) &&
    // A name in one script ends where the other begins: "группы Talk Talk Марк Холлис" is the band, then a person.
    (k === i + 1 || tokens[k]!.latin === tokens[i + 1]!.latin)
  )
    k++;
  if (k === i + 1) return null;
  const s = tokens[i + 1]!,
    e = tokens[k - 1]!;
  if (isPlace(text.slice(s.start, e.end))) return null;
  // Two capitalised Cyrillic words after "группы" or "концерна" are mostly a person ("концерна Бернд Пишетсридер").
  if (!s.latin && (k - i > 2 || NOT_SHORT_FORM_RU.test(s.text))) return null;
  return { start: s.start, end: e.end };
}
