// Candidate name mentions: runs of capitalised words, cut at places and bodies, with the evidence that
// they name a person (given name, initials, patronymic, title, role noun, speech verb, surname shape).
import type { Evidence, Mention } from "../types";
import {
  ABBREVIATIONS as WRITTEN_WITH_DOT,
  APPOSITIVE_FILLERS,
  ROLE_COMPOUND_PREFIX,
  WORLD_PLACES,
  NOT_INITIALS,
} from "../lang/every-text";
import type { PeopleLexicon } from "../lang/people-lexicon";
import { wordKey } from "../name-key";
import { foldRu, placeCaseForms } from "../lang/ru/endings";
import { masculineCaseOfGivenName, mayBeOblique, obliqueAfterWord, obliqueGivenName } from "../lang/ru/name-cases";
import { isRoleComplementRu, masculineCaseOfNoun, PLURAL_RU, roleNounFormRu } from "../lang/ru/role-phrase";
import type { Word } from "../analysis/words";
import { UNTAGGED, type TaggedAs } from "./tagged-as";

export interface NameSpan extends Mention {
  /** Indices into the word list of the name's own words (titles and roles excluded). */
  first: number;
  last: number;
  /** Word keys of the name's words; initials as "x." */
  keys: string[];
  /** True when the span on its own says it is a person; false when it only may be one (linked later). */
  confirmed: boolean;
  /** When the span opens with a sentence's first word: the rest of it, which may be a known name on its own. */
  tail: { text: string; start: number; end: number } | null;
  /** The role noun or title right before the name, if any. */
  roleBefore: { text: string; start: number; title: boolean } | null;
  /**
   * The name right after this one holds the role before both, this one being its complement ("Адвокат Александра
   * Кокорина Андрей Ромашов"): no role before this name is its own.
   */
  holderAfter?: boolean;
  /** The words before say the name is in an oblique case (a preposition, a role noun in one): see obliqueContext. */
  oblique?: boolean;
  evidence: Evidence[];
}

/** Gaps allowed inside a name: one space; after an initial or a title, a dot too ("В.В. Путин", "Mr. McHugh"). */
const SPACE_GAP = /^[ \u00a0]$/;
const DOT_GAP = /^\.[ \u00a0]?$/;
/** Words written short with a dot ("Mr.", "Sen.", "Jr."): a full word's dot ends its sentence ("Senator. You've"). */
const WRITTEN_SHORT = new Set(WRITTEN_WITH_DOT.map((a) => a.toLowerCase()));
/** A title written short ("Mr", "Rep", "проф"), not a full title word ("Senator", "King") nor "Jr". */
const shortTitle = (w: Word, lex: PeopleLexicon) => lex.titles.has(w.lower) && WRITTEN_SHORT.has(w.lower);
/** A word with a capital and then small letters ("States"), not one in capitals ("JONES SAYS"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** Gaps between a name and a speech verb that keep them one clause: a space, or a quote's end and a dash. */
const VERB_GAP = /^(?:[ \u00a0]|,?[ \u00a0]*[»”"]?[ \u00a0]*,?[ \u00a0]*[–—-]?[ \u00a0]*)$/;
/** An appositive after a name: ", a research professor …", ", экономист …". */
const APPOSITIVE_GAP = /^,[ \u00a0]$/;
/** Capitalised words an appositive may open with before its role noun (", A former minister" after a line break). */
const APPOSITIVE_FILLER = new RegExp(`^(?:${APPOSITIVE_FILLERS.join("|")})$`, "i");
/** How many words into an appositive its role noun may stand. */
const APPOSITIVE_ROLE_REACH = 5;
/** How long an appositive between a name and its speech verb may be. */
const APPOSITIVE_WORDS = 15;
/**
 * How far a Russian role noun may stand when every word between is its complement: a capitalised or quoted name, or a
 * lower-case word in an oblique case ("председатель правления Национального банка Казахстана Тимур Сулейменов").
 */
const COMPLEMENT_REACH = 8;
/** A quote opened right before a word. */
const OPENING_QUOTE = /[«“„"]\s*$/u;
/** Punctuation that ends a role phrase before a name; Russian quotes («Талап») stand inside one. */
const ROLE_BREAK = /[.,;:!?«»“”"()[\]\n]/;
const COMPLEMENT_BREAK = /[.,;:!?“”"()[\]\n]/;
/** Around a bracket of names within a role phrase: "… связи (Роскомнадзора) Вадим". */
const BRACKET_OPEN = /^[ \u00a0]+\($/;
const BRACKET_CLOSE = /^\)[ \u00a0]+$/;
/** Words a bracket within a role phrase may hold ("(Роскомнадзора)", "(Всемирный банк)"). */
const BRACKET_WORDS = 3;
/** A word in Latin letters (a Russian text's English or other Western name). */
const LATIN_WORD = /^\p{Script=Latin}/u;
/** Evidence of the rules strong enough to keep a name that the tagger took for a place. */
const OUTWEIGHS_TAGGER = new Set(["given-name", "given-name-alone", "initials", "patronymic", "title"]);
/** Letter pairs that are places or bodies, not initials ("U.S.", "U.K.", "С.Ш.А."). */
const ABBREVIATIONS = new Set(NOT_INITIALS);

export function findNameSpans(
  words: Word[],
  lex: PeopleLexicon,
  inOrg: (start: number, end: number) => boolean,
  ru: boolean,
  lowerCase: ReadonlySet<string>,
  tagged: TaggedAs = UNTAGGED,
): NameSpan[] {
  const spans: NameSpan[] = [];
  const places = placeNamesAfterNouns(words, lex);
  let i = 0;
  while (i < words.length) {
    if (!startsName(words[i]!, lex)) {
      i++;
      continue;
    }
    // Gather the run of capitalised words, initials, titles and particles.
    let j = i;
    while (j + 1 < words.length && continuesName(words, j, lex)) j++;
    for (const [a, b] of cutRun(words, i, j, lex, inOrg, tagged).flatMap(([x, y]) =>
      splitAtTaggedPerson(words, x, y, tagged, lex),
    )) {
      const span = judge(words, a, b, lex, ru, lowerCase, tagged, places);
      if (span) spans.push(span);
    }
    i = j + 1;
  }
  return spans.filter((s, k) => !roleComplement(s, spans[k + 1], words));
}

/**
 * "президент Перу Мартин Вискарра": a run whose first words the tagger reads as a place and the rest as a person's
 * name is two things; the person starts where the tagger's name does, on a given name we do not know too.
 */
function splitAtTaggedPerson(
  words: Word[],
  a: number,
  b: number,
  tagged: TaggedAs,
  lex: PeopleLexicon,
): [number, number][] {
  // A given name we know opens the person's name whatever the tagger read ("Иван Вискарра").
  if (lex.givenNames.has(wordKey(words[a]!.lower))) return [[a, b]];
  for (let k = a + 1; k <= b; k++) {
    if (
      tagged.covering(words[a]!.start, words[k - 1]!.end) === "LOC" &&
      tagged.covering(words[k]!.start, words[b]!.end) === "PER"
    )
      return [
        [a, k - 1],
        [k, b],
      ];
  }
  return [[a, b]];
}

/**
 * A run that only a role noun before it makes a name, followed right away by a name the same role noun reaches, is
 * the role's complement, a body or a place: "Аналитик Halyk Finance Мурат Темирханов" is Temirkhanov, an analyst at
 * Halyk Finance.
 */
function roleComplement(s: NameSpan, next: NameSpan | undefined, words: Word[]): boolean {
  return (
    !!next &&
    !!s.roleBefore &&
    next.roleBefore?.start === s.roleBefore.start &&
    next.first === s.last + 1 &&
    SPACE_GAP.test(words[next.first]!.gap) &&
    s.evidence.every((e) => e.cue === "role" || e.cue === "title")
  );
}

function startsName(w: Word, lex: PeopleLexicon): boolean {
  return w.cap || w.initial || lex.titles.has(w.lower);
}

function continuesName(words: Word[], j: number, lex: PeopleLexicon): boolean {
  const w = words[j]!,
    next = words[j + 1]!;
  const afterDot = w.initial || shortTitle(w, lex);
  // An initial's or a title's dot may end a sentence for the segmenter ("В.В. Путин", "Mr. McHugh"): the name goes on.
  if (next.sentence !== w.sentence && !afterDot) return false;
  if (!(SPACE_GAP.test(next.gap) || (afterDot && DOT_GAP.test(next.gap)))) return false;
  if (next.cap || next.initial) return true;
  // A particle joins only when a capitalised word follows it ("Bill de Blasio").
  const after = words[j + 2];
  return lex.particles.has(next.lower) && !!after && after.cap && SPACE_GAP.test(after.gap);
}

/** Splits a run at words that cannot be in a name; drops runs holding an organisation head word. */
function cutRun(
  words: Word[],
  i: number,
  j: number,
  lex: PeopleLexicon,
  inOrg: (s: number, e: number) => boolean,
  tagged: TaggedAs,
): [number, number][] {
  for (let k = i; k <= j; k++) if (lex.orgHeads.has(wordKey(words[k]!.lower))) return [];
  // A place's name right after a word of a name is a surname where the tagger reads the two as one person's name
  // ("Джек Лондон", "Дензел Вашингтон", "Джорджу Вашингтону").
  const surnameAfterName = (k: number) =>
    k > i &&
    !words[k - 1]!.initial &&
    !lex.notNames.has(wordKey(words[k - 1]!.lower)) &&
    tagged.covering(words[k - 1]!.start, words[k]!.end) === "PER";
  const pieces: [number, number][] = [];
  let a = -1;
  // A noun of a kind of place in capitals and the word after it are that place's name, no part of a person's
  // ("Глава Республики Башкортостан Радий Хабиров"); alone it may be a surname ("Буш победил Гора").
  let placeUntil = -1;
  for (let k = i; k <= j; k++) {
    const w = words[k]!;
    const key = wordKey(w.lower);
    if (w.cap && k < j && !!lex.placeNoun?.test(w.lower)) placeUntil = k + 1;
    const notName = !w.initial && (lex.notNames.has(key) || lex.nameBreakers.has(key)) && !surnameAfterName(k);
    const bad = k <= placeUntil || notName || inOrg(w.start, w.end);
    if (bad) {
      if (a >= 0) pieces.push([a, k - 1]);
      a = -1;
    } else if (a < 0) a = k;
  }
  if (a >= 0) pieces.push([a, j]);
  return pieces.flatMap(([x, y]) => splitAtGivenName(words, ...afterPlaceName(words, x, y, lex), lex));
}

/**
 * A run of three words or more right after a noun of a kind of place opens with that place's name, unless a given
 * name, a patronymic or initials say it is a person's ("премьер-министра земли Гессен Фолькера Буфье", not "улице
 * Льва Николаевича Толстого", "губернатора области Михальчука И. Ф.").
 */
function afterPlaceName(words: Word[], a: number, b: number, lex: PeopleLexicon): [number, number] {
  if (b - a < 2 || !afterPlaceNoun(words, a, lex)) return [a, b];
  const given =
    lex.givenNames.has(wordKey(words[a]!.lower)) ||
    obliqueGivenName(words[a]!.text, lex.givenNameForms) !== null ||
    !!lex.patronymicShape?.test(words[a + 1]!.text) ||
    words[a + 1]!.initial;
  return given ? [a, b] : [a + 1, b];
}

/** Whether word a stands right after a lower-case noun of a kind of place ("земли Гессен", "на улице Лётчиков"). */
function afterPlaceNoun(words: Word[], a: number, lex: PeopleLexicon): boolean {
  const before = words[a - 1];
  return (
    !!lex.placeNoun &&
    !!before &&
    !before.cap &&
    before.sentence === words[a]!.sentence &&
    SPACE_GAP.test(words[a]!.gap) &&
    lex.placeNoun.test(before.lower)
  );
}

/**
 * "Российской Федерации Дмитрий Медведев", "Помощник Хиллари Клинтон": a run that opens with a sentence's first word
 * or a place's adjective and holds a given name further on is two things; the person starts at the given name. So is
 * a Russian run with a full name after its first word ("Пушкина Виталий Григорьевич Костомаров").
 */
function splitAtGivenName(words: Word[], a: number, b: number, lex: PeopleLexicon): [number, number][] {
  const head = words[a]!;
  const given = (k: number) => lex.givenNames.has(wordKey(words[k]!.lower));
  // Russian names open with the given name, or with the surname in official order ("Иванов Иван"): anything else
  // before a given name ("Приморья Александр Шемелев", "Челси Фрэнк Лэмпард") is not part of it.
  const russianHead = lex.surnameShape !== null && !lex.surnameShape.test(head.text);
  // Surname, given name, patronymic: a name in official order, at a sentence's start too ("Костомаров Виталий
  // Григорьевич").
  const patronymicLast = !!lex.patronymicShape?.test(words[b]!.text);
  if (given(a)) return twoFullNames(words, a, b, lex);
  if (b - a === 2 && given(a + 1) && patronymicLast) return [[a, b]];
  const otherHead = head.weakCap || russianHead || !!lex.adjectiveShape?.test(head.lower);
  // A surname in official order ends the name with the given name or the patronymic: a given name followed by more
  // than a patronymic is a name of its own ("Института Пушкина Виталий Григорьевич Костомаров").
  const ownName = !!lex.patronymicShape && !patronymicLast;
  if (!otherHead && !ownName) return [[a, b]];
  for (let k = a + 1; k < b; k++) if (given(k)) return [[a, k - 1], ...twoFullNames(words, k, b, lex)];
  return [[a, b]];
}

/**
 * A Russian run of a given name and a surname, then another given name and more: two people side by side with
 * nothing between, as in a photo's caption ("Александр Кокорин Андрей Ромашов").
 */
function twoFullNames(words: Word[], a: number, b: number, lex: PeopleLexicon): [number, number][] {
  const given = (k: number) => lex.givenNames.has(wordKey(words[k]!.lower));
  // The first given name in an oblique case and the second as listed are two names in two cases ("Конкурса имени
  // Петра Чайковского Даниил Трифонов").
  const twoCases = (k: number) =>
    obliqueGivenName(words[a]!.text, lex.givenNameForms) !== null &&
    lex.givenNameForms.has(foldRu(words[k]!.lower)) &&
    !mayBeOblique(words[k]!.text, lex.givenNameForms);
  for (let k = a + 2; k < b; k++)
    if (
      given(k) &&
      !!lex.patronymicShape &&
      (!!lex.surnameShape?.test(words[k - 1]!.text) || twoCases(k)) &&
      !given(k - 1)
    )
      return [
        [a, k - 1],
        [k, b],
      ];
  return [[a, b]];
}

function judge(
  words: Word[],
  a: number,
  b: number,
  lex: PeopleLexicon,
  ru: boolean,
  lowerCase: ReadonlySet<string>,
  tagged: TaggedAs,
  places: ReadonlySet<string>,
): NameSpan | null {
  const trimmed = trimRun(words, a, b, lex, ru, lowerCase, tagged);
  if (!trimmed) return null;
  ({ a, b } = trimmed);
  // A country's name right after a Russian role noun is the role's complement, whatever the tagger read: alone ("премьером
  // Мали"), or before a name after a role noun in the nominative ("Премьер Мали Модибо Сидибе"); after one in another
  // case it may be a given name in that case ("премьера Доминика де Вильпена").
  if (ru && countryAfterRole(words, a, lex) && (a === b || lex.roleNounsSingular.has(words[a - 1]!.lower))) {
    if (a === b) return null;
    a++;
  }
  const name = words.slice(a, b + 1);
  const firstKey = wordKey(name[0]!.lower);
  const start = name[0]!.start,
    end = name[name.length - 1]!.end;
  const taggerLabel = tagged.covering(start, end);
  // Initials before a country's name write the country short ("N. Korea urges S. Korea"); a country's people's word
  // before a common noun or after an article names no one ("said Azerbaijani presidential adviser …", "an Iraqi
  // said"), though a surname may be written so ("Irani 45").
  const last = name[name.length - 1]!;
  if (name.length > 1 && name.slice(0, -1).every((w) => w.initial) && isWorldPlace(last.lower)) return null;
  if (name.length === 1 && isDemonym(last.lower) && usedAsCommonWord(words, a, lex)) return null;
  // Adjective-shaped first words begin places and bodies ("Новой Зеландии", "Российской Федерации"), unless the
  // tagger reads the whole run as a person's name ("с Антонеллой Рокуццо", "Навальный заявил").
  if (
    taggerLabel !== "PER" &&
    lex.adjectiveShape &&
    !lex.givenNames.has(firstKey) &&
    (lex.adjectiveShape.test(name[0]!.lower) || (name.length > 1 && !!lex.nameAdjective?.test(name[0]!.lower)))
  )
    return null;
  // A run ending in an adjective-shaped word right before a noun of a kind of place names that place ("в селе
  // Цибулёво Знаменского района", "в сквере 50-летия Победы Советского района"), unless the tagger reads a person.
  const after = words[b + 1];
  if (
    taggerLabel !== "PER" &&
    lex.placeNoun &&
    lex.adjectiveShape?.test(name[name.length - 1]!.lower) &&
    after &&
    !after.cap &&
    SPACE_GAP.test(after.gap) &&
    lex.placeNoun.test(after.lower)
  )
    return null;
  // A role noun or a short title alone is a common noun ("Эксперты считают", "Президент заявил", "a Mozilla Rep
  // agrees"); a full title word alone may be a surname ("King said").
  if (name.length === 1 && (lex.roleNouns.has(firstKey) || shortTitle(name[0]!, lex))) return null;
  const holderAfter = ru && holderFollows(words, b + 1, words[a]!, lex);
  const roleAhead = trimmed.roleBefore ?? roleNounBefore(words, a, name, lex, ru);
  const roleBefore = roleAhead && !roleAhead.title && holderAfter ? null : roleAhead;
  const evidence = [
    ...(roleBefore ? [cue(roleBefore.title ? "title" : "role", words[roleBefore.word]!)] : []),
    ...nameEvidence(words, a, b, lex, ru, lowerCase),
  ];
  // A lone word right after a noun of a kind of place is that place's name, even a given name ("на улице Лётчиков",
  // "министр финансов земли Гессен", "округа Чарльз"), unless a role noun before it or before the place's noun makes
  // it that role's holder ("мэр города Лужков"). Two names or more there are a person's ("уроженец Орловской области
  // Адам Ганижев").
  const roleOfPlace = words[a - 2] && lex.roleNouns.has(wordKey(words[a - 2]!.lower));
  if (name.length === 1 && afterPlaceNoun(words, a, lex) && !roleBefore && !roleOfPlace) return null;
  // Bodies are settled before people (orgCover): the organisation stage already weighed the tagger's ORG spans.
  if (taggerLabel === "LOC" && !evidence.some((e) => OUTWEIGHS_TAGGER.has(e.cue))) return null;
  // The tagger's word that a lone word is a person counts inside a sentence, not at its start (a headline's or a
  // list's first word), nor in a list, nor after a locative preposition.
  if (taggerLabel === "PER" && (name.length > 1 || loneTaggedPerson(words, a, lex, ru, places)))
    evidence.push({ cue: "model", start, end });
  // At a sentence's start too where the word is a given name in Cyrillic the text writes in no other way ("Николай умер
  // в 1855 году", "Марат выступил на форуме"; not "Вера" where the text also writes "вера").
  else if (
    taggerLabel === "PER" &&
    ru &&
    name.length === 1 &&
    name[0]!.weakCap &&
    !LATIN_WORD.test(name[0]!.text) &&
    lex.givenNames.has(firstKey) &&
    !lowerCase.has(name[0]!.lower)
  )
    evidence.push({ cue: "model", start, end });
  // A lone word beside a verb of speech that the tagger, reading the whole sentence, called neither a person nor a
  // place is a people's or a thing's name ("The Iraqis claimed", "said Japanese investors", "Turkish hopes"): the
  // verb alone does not make it a person. Without a tagger nobody vouches for it either; linking to a name given in
  // full still makes it one.
  if (
    name.length === 1 &&
    taggerLabel === null &&
    evidence.length > 0 &&
    evidence.every((e) => lex.speechVerb.test(e.cue.toLowerCase()))
  )
    evidence.length = 0;
  const weak = name[0]!.weakCap;
  // A sentence's first word alone that the tagger, reading the whole sentence, did not call a person is a common
  // word ("Обвинение заявляет", "Следствие полагает") whatever verb follows it; a given name or a title still counts.
  if (
    tagged !== UNTAGGED &&
    name.length === 1 &&
    weak &&
    taggerLabel !== "PER" &&
    !evidence.some((e) => OUTWEIGHS_TAGGER.has(e.cue) || e.cue === "role")
  )
    evidence.length = 0;
  // After a Russian role noun a lone word is as often a place in the genitive ("губернатор Приморья") as a surname:
  // it needs a surname's shape too, or the tagger's word that it is a person ("кронпринц Нарухито").
  if (
    ru &&
    name.length === 1 &&
    evidence.every((e) => e.cue === "role") &&
    !lex.surnameShape?.test(name[0]!.text) &&
    taggerLabel !== "PER"
  )
    evidence.length = 0;
  // A sentence's first word with only a surname's shape is as likely a common noun ("Итогов", "Протоколов").
  const confirmed =
    evidence.length > 0 && !(weak && name.length === 1 && evidence.every((e) => e.cue === "surname-shape"));
  // A monarch's or a pope's number is part of the name as written, not a word to link by ("Мухаммед VI").
  const through = regnalNumberAt(words, b + 1) ? words[b + 1]!.end : end;
  return {
    text: "",
    start,
    end: through,
    first: a,
    last: b,
    tail: weak && name.length > 1 ? { text: "", start: name[1]!.start, end: through } : null,
    keys: name.map((w) => (w.initial ? `${w.lower}.` : wordKey(w.lower))),
    confirmed,
    roleBefore: roleBefore
      ? { text: words[roleBefore.word]!.text, start: words[roleBefore.word]!.start, title: roleBefore.title }
      : null,
    ...(holderAfter ? { holderAfter } : {}),
    ...(ru && obliqueContext(words, a, roleBefore, lex) ? { oblique: true } : {}),
    evidence,
  };
}

/** A Roman number after a name: a monarch's or a pope's ("II", "VI", "XVI"). */
const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Whether word `k` is a monarch's number right after the word before it, in its sentence. */
function regnalNumberAt(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && REGNAL_NUMBER.test(w.text) && SPACE_GAP.test(w.gap) && w.sentence === words[k - 1]?.sentence;
}

/** Oblique endings of a role noun in the singular ("министра", "исполнителю", "главой"), not its plural's "-ы", "-и". */
const OBLIQUE_ROLE_ENDING = /(?:а|я|у|ю|ом|ем|ём|ой|ей|е)$/;

/**
 * Whether the words before a Russian name put it in an oblique case, which its endings may not tell when its given
 * name is not one we know: the word right before it (a preposition, "им.", an adjective in a man's oblique case), or
 * the role noun the name stands in apposition to, in an oblique case ("министра иностранных дел Доминика Рааба").
 */
function obliqueContext(words: Word[], a: number, role: RoleAt | null, lex: PeopleLexicon): boolean {
  if (obliqueAfterWord(words[a - 1], words[a]!.gap, lex.obliqueBefore)) return true;
  if (!role || role.title) return false;
  const noun = words[role.word]!.lower.replace(ROLE_COMPOUND_PREFIX, "");
  return !lex.roleNounsSingular.has(noun) && isRoleNoun(noun, lex) && OBLIQUE_ROLE_ENDING.test(noun);
}

interface RoleAt {
  word: number;
  title: boolean;
}

/** Cuts what is not the name off a run: common words, titles and roles before it, particles and common words after. */
function trimRun(
  words: Word[],
  a: number,
  b: number,
  lex: PeopleLexicon,
  ru: boolean,
  lowerCase: ReadonlySet<string>,
  tagged: TaggedAs,
): { a: number; b: number; roleBefore: RoleAt | null } | null {
  let roleBefore: RoleAt | null = null;
  // A sentence's first word that the text also writes in lower case is a common word ("Then", "Кроме").
  while (a <= b && words[a]!.weakCap && lowerCase.has(words[a]!.lower) && !lex.givenNames.has(wordKey(words[a]!.lower)))
    a++;
  // Titles and capitalised role nouns ("President Barack Obama", "Later Mr. Georgelis") end what comes before the name;
  // not a Russian word within a sentence spelt like no form of a role noun, which the tagger reads as the name's
  // first word ("Мэри Кобб": "мэр" has no form "мэри").
  for (let k = b - 1; k >= a; k--) {
    const lw = words[k]!.lower;
    const nameWord = () =>
      ru &&
      !words[k]!.weakCap &&
      !roleNounFormRu(lw.replace(ROLE_COMPOUND_PREFIX, ""), lex.roleNounsSingular) &&
      tagged.covering(words[k]!.start, words[b]!.end) === "PER";
    if (lex.titles.has(lw) || (isRoleNoun(lw, lex) && !nameWord())) {
      roleBefore = { word: k, title: honorific(lw, lex) };
      a = k + 1;
      // A Russian title's adjective after its noun is the title's, not the name's ("Папа Римский Франциск").
      while (ru && a < b && lex.adjectiveShape?.test(words[a]!.lower) && !lex.givenNames.has(wordKey(words[a]!.lower)))
        a++;
      break;
    }
  }
  // Trailing particles are not the name, nor a trailing common word glued on ("Michiel de Jong Document"), nor a
  // short title no name follows ("a Mozilla Rep agrees"; a full title word may be a surname, "Stephen King").
  while (b >= a && ((!words[b]!.cap && !words[b]!.initial) || shortTitle(words[b]!, lex))) b--;
  while (b - a >= 2 && lowerCase.has(words[b]!.lower)) b--;
  if (a > b) return null;
  // A Russian sentence's first word before a surname is a common noun ("Пресс-служба Кадырова"), unless it is a name:
  // a given name, a surname's shape, or the tagger reading the whole run as a person's ("Кшиштоф Пендерецкий родился").
  if (
    ru &&
    b > a &&
    words[a]!.weakCap &&
    !words[a]!.initial &&
    !lex.givenNames.has(wordKey(words[a]!.lower)) &&
    !lex.surnameShape?.test(words[a]!.text) &&
    tagged.covering(words[a]!.start, words[b]!.end) !== "PER"
  )
    a++;
  if (!words.slice(a, b + 1).some((w) => !w.initial && w.cap)) return null;
  return { a, b, roleBefore };
}

/**
 * A role noun or title a few words before the name ("экономист Расул Рысмамбетов", "министр финансов РФ Алексей
 * Кудрин"); in Russian further back too, over the role's complement ("директор Центра экономического анализа «Талап»
 * Рахим Ошакбаев").
 */
function roleNounBefore(words: Word[], a: number, name: Word[], lex: PeopleLexicon, ru: boolean): RoleAt | null {
  // A monarch's number makes one name word a full name ("князь Монако Альбер II").
  const numbered = regnalNumberAt(words, a + name.length) ? 1 : 0;
  const full = name.filter((w) => !w.initial && w.cap).length + numbered;
  const before = words[a - 1];
  if (!before || before.sentence !== name[0]!.sentence) return null;
  // A name that opens a quote is a title's («Робин Гуд» after "играл шерифа Ноттингема в фильме"): no role outside.
  if (OPENING_QUOTE.test(name[0]!.gap)) return null;
  let found: RoleAt | null = null;
  if (!ROLE_BREAK.test(name[0]!.gap)) {
    if (lex.titles.has(before.lower)) return { word: a - 1, title: honorific(before.lower, lex) };
    if (isRoleOf(before, name, lex, ru)) found = { word: a - 1, title: false };
  } else if (
    enclosed(words, a, name.length) &&
    lex.roleNounsSingular.has(before.lower) &&
    isRoleOf(before, name, lex, ru)
  )
    // A name set off by commas right after a role noun is that role's holder ("The finance minister, Jane Doe, said").
    return { word: a - 1, title: false };
  // English puts the role noun right before the name; Russian may put its complement between, words in an oblique
  // case and names, quoted or not. Before a nominative name, a role noun in another case is itself a complement
  // ("заместитель госсекретаря Мэтью Брайза"): the role goes on to the one it depends on. A bracket of names right
  // before the name stands within the complement ("пресс-секретарь Федеральной службы … (Роскомнадзора) Вадим …").
  const nominative = !obliqueGivenName(name[0]!.text, lex.givenNameForms);
  if (!ru || full < 2) return found;
  const bracket = bracketBefore(words, a);
  if (bracket === null && COMPLEMENT_BREAK.test(name[0]!.gap)) return found;
  if (found && (lex.roleNounsSingular.has(before.lower) || !nominative)) return found;
  const from = bracket ?? a;
  if (
    bracket !== null &&
    words[from - 1]?.sentence === name[0]!.sentence &&
    isRoleOf(words[from - 1]!, name, lex, ru)
  ) {
    found = { word: from - 1, title: false };
    if (lex.roleNounsSingular.has(words[from - 1]!.lower) || !nominative) return found;
  }
  for (let k = from - 2; k >= Math.max(0, from - COMPLEMENT_REACH); k--) {
    const between = words[k + 1]!;
    const named = /^\p{Lu}/u.test(between.text); // a name or an acronym ("Института экономики РАН")
    if (!(named || isRoleComplementRu(between.lower))) break;
    if (words[k]!.sentence !== name[0]!.sentence || COMPLEMENT_BREAK.test(between.gap)) break;
    if (!isRoleOf(words[k]!, name, lex, ru)) continue;
    found = { word: k, title: false };
    if (lex.roleNounsSingular.has(words[k]!.lower) || !nominative) break;
  }
  return found;
}

/**
 * "Адвокат Александра Кокорина Андрей Ромашов": a name whose given name may be in an oblique case, right before a
 * full name in the nominative, is the role's complement; the name after it holds the role.
 */
function holderFollows(words: Word[], next: number, first: Word, lex: PeopleLexicon): boolean {
  const w = words[next];
  return (
    !!w &&
    mayBeOblique(first.text, lex.givenNameForms) &&
    w.sentence === first.sentence &&
    SPACE_GAP.test(w.gap) &&
    lex.givenNameForms.has(w.lower) &&
    !mayBeOblique(w.text, lex.givenNameForms) &&
    !!words[next + 1]?.cap
  );
}

/** The first word of a bracket of names or acronyms right before word `a` ("(Роскомнадзора)", "(АСПИР)"), or null. */
function bracketBefore(words: Word[], a: number): number | null {
  if (!BRACKET_CLOSE.test(words[a]!.gap)) return null;
  for (let k = a - 1; k >= Math.max(0, a - BRACKET_WORDS); k--) {
    const w = words[k]!;
    if (!/^\p{Lu}/u.test(w.text)) return null;
    if (BRACKET_OPEN.test(w.gap)) return k;
    if (!SPACE_GAP.test(w.gap)) return null;
  }
  return null;
}

/**
 * Whether a lower-case word is a role noun, or a compound of one ("экс-глава МВД Владимир Наумов", "рок-музыкант
 * Марк Холлис").
 */
export const isRoleNoun = (lower: string, lex: PeopleLexicon) => {
  const noun = lower.replace(ROLE_COMPOUND_PREFIX, "");
  // A singular in a case that drops its vowel ("посла"), not a plural the other-case reading also knows.
  return lex.roleNouns.has(wordKey(noun)) || (!PLURAL_RU.test(noun) && lex.roleNounOtherCase?.(noun) !== undefined);
};

/**
 * A title that only addresses the person ("Mr", "Dr", "Sir"), not one that is also an office and so their role
 * ("Finance Minister Jane Doe", "Governor John Smith").
 */
const honorific = (lower: string, lex: PeopleLexicon) => lex.titles.has(lower) && !lex.roleNouns.has(wordKey(lower));

/** Whether the name of `length` words at `a` stands between commas: ", Jane Doe, said". */
function enclosed(words: Word[], a: number, length: number): boolean {
  const after = words[a + length];
  return (
    APPOSITIVE_GAP.test(words[a]!.gap) && !!after && after.sentence === words[a]!.sentence && after.gap.startsWith(",")
  );
}

/**
 * A role noun that names the person after it: "адвокат Ивана Петрова" (a nominative role before a name in another
 * case) is Petrov's lawyer, not Petrov; "депутата сената Марата Ахметова" (both in the genitive) is him.
 */
function isRoleOf(w: Word, name: Word[], lex: PeopleLexicon, ru: boolean): boolean {
  // A role noun in a plural case the word keys miss is the names' only in their case ("музыкантами Евгением
  // Казанцевым"; "представителями Путина" are his).
  const last = name[name.length - 1]!.lower;
  if (!isRoleNoun(w.lower, lex) && !lex.roleNounOtherCase?.(w.lower, last)) return false;
  return !(ru && complementAfter(w.lower, name[0]!.text, lex));
}

/**
 * Whether a Russian name after a role noun is the role's complement, not its holder: after a role noun in the
 * nominative, a name in another case ("адвокат Ивана Петрова" is Petrov's lawyer); after one in an oblique case, a
 * man's name in another oblique case ("помощнику Дональда Трампа", "с советником Дональда Трампа", "президента" in
 * "помощнику президента Игорю Петрову"; "политику Дональда Трампа" is a policy).
 */
export function complementAfter(roleWord: string, nameWord: string, lex: PeopleLexicon): boolean {
  if (lex.roleNounsSingular.has(roleWord)) return obliqueGivenName(nameWord, lex.givenNameForms) !== null;
  const roleCase = masculineCaseOfNoun(roleWord, lex.roleNounsSingular);
  const nameCase = masculineCaseOfGivenName(nameWord, lex.givenNameForms);
  return roleCase !== null && nameCase !== null && roleCase !== nameCase;
}

/** Word keys of the world's places: the tagger's word alone does not make one a person ("над Андоррой"). */
const WORLD_PLACE_KEYS = new Set(WORLD_PLACES.filter((n) => !n.includes("-")).map((n) => wordKey(n.toLowerCase())));

const isWorldPlace = (lower: string) => WORLD_PLACE_KEYS.has(wordKey(lower));
/** Endings that make a country's people's word of its name ("Azerbaijan-i", "Kenya-n", "Iran-ian"). */
const DEMONYM_ENDINGS = ["i", "n", "an", "ian"];
/** The world's places as written and in their case forms, in lower case: whole words, not keys ("Мали", not "Малый"). */
const WORLD_PLACE_FORMS = new Set(
  WORLD_PLACES.flatMap((n) => (/[а-яё]$/u.test(n) ? placeCaseForms(n) : [n])).map((n) => n.toLowerCase()),
);

/** Whether word `a` is a country's or city's name right after a role noun in its sentence ("посол Мали"). */
function countryAfterRole(words: Word[], a: number, lex: PeopleLexicon): boolean {
  const w = words[a]!;
  const before = words[a - 1];
  return (
    WORLD_PLACE_FORMS.has(w.lower) &&
    !lex.givenNames.has(wordKey(w.lower)) &&
    !!before &&
    before.sentence === w.sentence &&
    SPACE_GAP.test(w.gap) &&
    isRoleNoun(before.lower, lex)
  );
}

/** A word for a country's people or its adjective, in English or Latin letters: its name and a demonym ending. */
const isDemonym = (lower: string) =>
  /^[a-z]+$/.test(lower) &&
  DEMONYM_ENDINGS.some(
    (e) => lower.length > e.length + 3 && lower.endsWith(e) && isWorldPlace(lower.slice(0, -e.length)),
  );

/** A word before a lower-case word not a verb of speech, or after an article: an adjective or a common noun. */
function usedAsCommonWord(words: Word[], a: number, lex: PeopleLexicon): boolean {
  const next = words[a + 1];
  const prev = words[a - 1];
  return (
    (next !== undefined && !next.cap && SPACE_GAP.test(next.gap) && !lex.speechVerb.test(next.lower)) ||
    (prev !== undefined && /^(?:a|an|the)$/.test(prev.lower) && SPACE_GAP.test(words[a]!.gap))
  );
}

/** Between the items of a list: a comma, a bullet, a semicolon. */
const LIST_SEPARATOR = /[,•·;]/;

/** Whether the tagger's word that a lone word is a person's name may stand without the rules' evidence. */
function loneTaggedPerson(
  words: Word[],
  a: number,
  lex: PeopleLexicon,
  ru: boolean,
  places: ReadonlySet<string>,
): boolean {
  const w = words[a]!;
  if (places.has(wordKey(w.lower))) return false;
  const next = words[a + 1];
  const inList =
    LIST_SEPARATOR.test(w.gap) && (!next || LIST_SEPARATOR.test(next.gap) || /^\s*(?:и|and)\s*$/.test(next.gap));
  return !w.weakCap && !inList && !WORLD_PLACE_KEYS.has(wordKey(w.lower)) && !afterPlacePreposition(words, a, lex, ru);
}

/** Word keys of the capitalised words right after a noun of a kind of place ("на реке Эльба"): places' names. */
function placeNamesAfterNouns(words: Word[], lex: PeopleLexicon): Set<string> {
  const keys = new Set<string>();
  if (!lex.placeNoun) return keys;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w.cap && !w.weakCap && SPACE_GAP.test(w.gap) && lex.placeNoun.test(words[k - 1]!.lower))
      keys.add(wordKey(w.lower));
  }
  return keys;
}

/** A lone word right after a locative preposition is a place ("в Питере", "в Ростове"), whatever its shape. */
const afterPlacePreposition = (words: Word[], a: number, lex: PeopleLexicon, ru: boolean) =>
  ru && a > 0 && !!lex.placePreposition?.test(words[a - 1]!.lower) && SPACE_GAP.test(words[a]!.gap);

/** The cues in and around the name itself: given name, initials, patronymic, speech verb, appositive, shapes. */
function nameEvidence(
  words: Word[],
  a: number,
  b: number,
  lex: PeopleLexicon,
  ru: boolean,
  lowerCase: ReadonlySet<string>,
): Evidence[] {
  const evidence: Evidence[] = [];
  const name = words.slice(a, b + 1);
  const full = name.filter((w) => !w.initial && w.cap);
  const firstKey = wordKey(name[0]!.lower);
  const weak = name[0]!.weakCap;
  if (lex.givenNames.has(firstKey) && full.length >= 2) evidence.push(cue("given-name", name[0]!));
  // A lone word after a locative preposition is a place ("на Эльбе", "в Кремле"): what stands beside it, a verb of
  // speech or an appositive ("встречи на Эльбе, отставной генерал США Питер …"), speaks of someone else.
  const afterPlace = afterPlacePreposition(words, a, lex, ru);
  const placed = name.length === 1 && afterPlace;
  const lone = name.length === 1 && !placed;
  // A lone Russian given name inside a sentence ("рассказал Марк") names a person, unless it is also a common word;
  // English given names are too often surnames or words ("Lee", "Grant", "Bill") to stand alone.
  if (ru && lone && !weak && lex.givenNames.has(firstKey) && !lowerCase.has(name[0]!.lower))
    evidence.push(cue("given-name-alone", name[0]!));
  // Initials name a person before one surname ("А. Кудрин") or between a given name and a surname ("Chang W. Lee");
  // before several words, or at the end, they are an abbreviation ("U.S. Games Systems", "Xbox One X.").
  const initials = name.filter((w) => w.initial);
  if (
    initials.length > 0 &&
    !name[name.length - 1]!.initial &&
    !ABBREVIATIONS.has(
      initials
        .map((w) => w.text)
        .join("")
        .toUpperCase(),
    ) &&
    (name[0]!.initial ? full.length === 1 : full.length >= 2)
  ) {
    evidence.push(cue("initials", initials[0]!));
  }
  if (lex.patronymicShape && name.some((w) => lex.patronymicShape!.test(w.text)))
    evidence.push(cue("patronymic", name[1] ?? name[0]!));
  // English news names a person in full before a bare "Jones said", so a lone sentence-initial word with a verb is
  // left to linking ("Officials said"); Russian marks a group by a plural verb ("Инвесторы заявили").
  const speech = placed ? null : speechNear(words, a, b, lex);
  if (speech && !(name.length === 1 && weak && (!ru || !!lex.pluralVerb?.test(speech.cue)))) evidence.push(speech);
  const after = words[b + 1];
  if (!placed && after && APPOSITIVE_GAP.test(after.gap) && appositiveRole(words, b + 1, lex))
    evidence.push(cue("appositive", after));
  if (lex.surnameShape && lone && lex.surnameShape.test(name[0]!.text)) evidence.push(cue("surname-shape", name[0]!));
  // Russian writes bodies with one capital ("Государственная дума"), so two capitalised words in a row mid-sentence
  // are mostly a person's first name and surname; Latin words in a Russian text follow English capitals
  // ("Chrome Web Store", "Corus Chess Tournament").
  if (
    ru &&
    full.length >= 2 &&
    full.length <= 3 &&
    !weak &&
    !lex.nameAdjective?.test(name[0]!.lower) &&
    !full.every((w) => LATIN_WORD.test(w.text)) &&
    // After a locative preposition two capitalised words are a place's name ("в Нижнем Новгороде", "на Новом
    // Арбате"), unless a given name opens them.
    !(afterPlace && !lex.givenNames.has(firstKey))
  )
    evidence.push(cue("capitalised-pair", name[0]!));
  return evidence;
}

/**
 * A speech verb right before or after the name, or after an appositive ("Daniyar Bekov, a former minister, argued").
 * One written with a capital (not a headline's capitals) is a title's word ("The Fragile States Index"), not a verb.
 */
function speechNear(words: Word[], a: number, b: number, lex: PeopleLexicon): Evidence | null {
  const after = words[b + 1];
  if (
    after &&
    after.sentence === words[b]!.sentence &&
    VERB_GAP.test(after.gap) &&
    !TITLE_CASE.test(after.text) &&
    lex.speechVerb.test(after.lower)
  )
    return cue(after.text, after);
  if (after && APPOSITIVE_GAP.test(after.gap)) {
    for (let k = b + 2; k < Math.min(words.length, b + 2 + APPOSITIVE_WORDS); k++) {
      const w = words[k]!;
      if (w.sentence !== after.sentence || /[.;!?«»“”"]/.test(w.gap)) break;
      if (w.gap.includes(",")) {
        if (SPACE_GAP.test(w.gap.replace(",", "")) && lex.speechVerb.test(w.lower)) return cue(w.text, w);
        break;
      }
    }
  }
  const before = words[a - 1];
  if (
    before &&
    before.sentence === words[a]!.sentence &&
    SPACE_GAP.test(words[a]!.gap) &&
    !TITLE_CASE.test(before.text) &&
    lex.speechVerb.test(before.lower)
  )
    return cue(before.text, before);
  return null;
}

/** ", a research professor at …", ", a former energy minister": a role noun within the first few lower-case words. */
function appositiveRole(words: Word[], k: number, lex: PeopleLexicon): boolean {
  for (let n = k; n < Math.min(words.length, k + APPOSITIVE_ROLE_REACH); n++) {
    const w = words[n]!;
    if (n > k && !SPACE_GAP.test(w.gap)) return false;
    if (lex.roleNouns.has(wordKey(w.lower))) return true;
    if (w.cap && !APPOSITIVE_FILLER.test(w.text)) return false;
  }
  return false;
}

export function cue(name: string, w: Word): Evidence {
  return { cue: name, start: w.start, end: w.end };
}
