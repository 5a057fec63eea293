// A person's role and affiliation, from the words around a mention: a role noun before the name
// ("экономист Расул Рысмамбетов", "ranger Jamie Werner"), an appositive after it (", a research professor
// … at New York University"), the learned tagger's role span (PROFESSION) next to the name, or the next sentence's
// "She's the director of …".
import type { Organisation } from "../types";
import { partitionPoint } from "../../partition-point";
import { complementAfter, isRoleNoun, type NameSpan } from "./name-spans";
import { chainedRoles } from "./role-chain";
import type { PeopleLexicon } from "../lang/people-lexicon";
import { looksNominative, wordKey } from "../name-key";
import { masculineNominative, mayBeOblique, obliqueGivenName } from "../lang/ru/name-cases";
import {
  isRoleComplementRu,
  ADJECTIVE_ENDINGS_RU,
  adjectiveNominative,
  FEMININE_NOUN_RU,
  NOT_MODIFIER_RU as NOT_MODIFIER,
  LIST_INTRO_RU,
  INSTRUMENTAL_RU,
  VERB_BEFORE_NAME_RU,
  ACTING_FOR_RU,
  PLURAL_RU,
  PAST_REFLEXIVE_RU,
  DANGLING_MODIFIER_RU,
  MODIFIED_NOUN_RU,
  masculineCaseOfNoun,
  OBLIQUE_ADJECTIVE_RU,
  PAST_VERB_RU,
  LIST_AND_RU,
} from "../lang/ru/role-phrase";
import { ROLE_MODIFIERS_EN } from "../lang/en/people";
import { englishModifiersBefore } from "./english-role-modifiers";
import {
  APPOSITIVE_ENDERS,
  BODY_PREPOSITIONS,
  CLAUSE_OPENERS,
  ROLE_COMPOUND_PREFIX,
  LEGAL_FORMS,
  PREPOSITIONS,
  ROLE_PARTICIPLES,
  ROLE_PREDICATE_LEAD,
} from "../lang/every-text";

export interface RoleInfo {
  role: string | null;
  affiliation: string | null;
}

/** Where an appositive role ends: a comma, a full stop, a relative clause or a quote. */
const APPOSITIVE = new RegExp(
  `^,\\s+((?:(?:a|an|the)\\s+)?[^,.;:“”«»"()]{2,160}?)(?=[,.;:“”«»"()]|\\s+(?:${APPOSITIVE_ENDERS.join("|")})(?![\\p{L}\\p{N}])|$)`,
  "iu",
);
/** An appositive that opens with a relative pronoun is a clause about the person (", которая баллотировалась …"). */
const CLAUSE_OPENER = new RegExp(`^(?:${[...CLAUSE_OPENERS, ...ROLE_PARTICIPLES].join("|")})(?![\\p{L}\\p{N}])`, "iu");
/** "She's the director of …" / "He is a professor at …" right after the mention's sentence. */
const PRONOUN_IS = /^(?:he|she)(?:\s+is|['’]s)\s+((?:a|an|the)\s+[^.;]{2,160})/i;
const LEADING_ARTICLE = /^(?:a|an|the)\s+/i;
/** After a name: a dash, or what leads to a role (ROLE_PREDICATE_LEAD), then the role ("Петров — экономист …"). */
const PREDICATE = new RegExp(`^\\s*(?:[—–]|${ROLE_PREDICATE_LEAD})\\s+(?:(?:a|an|the)\\s+)?`, "iu");
/**
 * Words a role phrase does not end in: a preposition whose object did not follow ("министр финансов в 2019 году"),
 * a legal form whose quoted name did not ("директор в компании ООО").
 */
const DANGLING = new RegExp(
  `(?:\\s+(?:of|at|for|the|in|and|и|в|во|по|при|от|на|с|со|до|за|${LEGAL_FORMS.join("|")}))+$`,
  "iu",
);
/** A predicate's role phrase ends where its clause does. */
const PREDICATE_PHRASE = /^[^,.;:!?()«»“”"\n]{2,160}/u;
/** Words that carry a role phrase on after its noun: a complement in an oblique case, a body's name, "of", "at". */
const PHRASE_GOES_ON = /^(?:of|at|for|the|in|and|и|\p{Lu}[\p{L}\p{N}’'.&-]*)$/u;
/** "at New York University", "of the Ngātiwai tribe": a capitalised body after a preposition. */
const BODY_AFTER_PREP = new RegExp(
  `(?:^|\\s)(?:${BODY_PREPOSITIONS.join("|")})\\s+(?:the\\s+)?(?:\\p{Ll}+[’']s\\s+)?((?:\\p{Lu}[\\p{L}’'.&-]*)(?:\\s+(?:of|and|for|the|&|\\p{Lu}[\\p{L}’'.&-]*))*)`,
  "u",
);
/** Russian puts the body right after the role noun: "аналитик Halyk Finance", "директор Казцинка". */
const BODY_AFTER_ROLE = /^\S+\s+((?:\p{Lu}[\p{L}’'.&-]*)(?:\s+\p{Lu}[\p{L}’'.&-]*)*)/u;
/** A compound written in title case, part by part ("Major-General", "Vice-President"). */
const TITLE_CASE_COMPOUND = /^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)+$/u;
/** A bracket of names the role phrase holds right before the name: the body's short name, not the role's words. */
const BRACKET_TAIL = /\s*\([^()]*\)$/u;
/** What may trail a role phrase before the name: spaces, commas, an opening quote or bracket, a dash. */
const ROLE_TAIL = /[\s,«“"([—–-]+$/;
/** Characters before a role noun searched for its modifiers. */
const MODIFIER_REACH = 40;
/**
 * One or two words right before the role noun, in one clause and one line (only spaces between: a title line's last
 * word is not a modifier of the next line's role). Digits belong to the word: "55-летний" is an age, not "летний".
 */
const MODIFIERS_BEFORE = /(?:^|[^\p{L}\p{N}-])((?:[\p{L}\p{N}-]+[ \u00a0]+){1,2})$/u;
/** An age before the name ("главы ведомства 30-летнего Ивана Муравьева") describes the person, not the role. */
const AGE_TAIL = /\s+\p{N}+-\p{L}+[\s,]*$/u;
/** Feminine-only adjective endings: they cannot modify a masculine role noun ("детей миллиардера"). */
const FEMININE_ONLY = /(?:ая|яя|ей|ую|юю)$/;
/**
 * A modifier of a role noun: a Russian adjective in any case ("научный", "бывшего"), or an English one that only
 * qualifies a role ("former", "chief").
 */
const MODIFIER_WORD = new RegExp(
  `^(?:[\\p{L}-]+(?:${ADJECTIVE_ENDINGS_RU.join("|")})|${ROLE_MODIFIERS_EN.join("|")})$`,
  "iu",
);
/** How many words into an appositive its role noun may stand (", a former energy minister", ", бывший министр"). */
const ROLE_HEAD_REACH = 4;
/** A role phrase longer than this is a clause, not a role. */
const MAX_ROLE_WORDS = 18;
/** Characters after a name searched for an appositive: its 160-character role, its articles, commas and spaces. */
const APPOSITIVE_REACH = 220;

/**
 * Between two names of a list: a comma, "и", "and", after a bracket about the first ("Юрий Царёв (проект «Метро»), …")
 * or where they come from ("Михаил Павлов из Москвы, Василий Авченко из Владивостока").
 */
const LIST_GAP =
  /^\s*(?:\([^()]{0,80}\)\s*|(?:из|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}\s*)?(?:,|,?\s*(?:и|and))\s*$/u;
/** The clause before a name: from the last stop, colon, semicolon, bracket, dash, comma or quote not «» of a name. */
const CLAUSE_BEFORE = /[^.!?;:“”"()—–,\n]*$/u;
/** Characters before a name searched for its clause. */
const CLAUSE_REACH = 120;
/** Characters before a list searched for the plural role noun that introduces it. */
const LIST_INTRO_REACH = 80;
/** A role noun joined by "и"/"and" right before another ("продюсер и актер …"). */
const JOINED_ROLE = /(?:^|[^\p{L}-])([\p{L}-]+)\s+(?:и|and)\s+$/u;
/** Cues that make a name a person's on its own words (a role noun before a capitalised body does not). */
const SURELY_A_PERSON = new Set(["given-name", "given-name-alone", "initials", "patronymic"]);
/**
 * Whether a name may hold the role before it rather than be its complement: a full name, in the nominative as far as
 * its words tell (no given name in another case, no shared oblique ending).
 */
function holdsRole(n: NameSpan, lex: PeopleLexicon): boolean {
  const words = n.text.split(/\s+/);
  return (
    words.length >= 2 &&
    obliqueGivenName(words[0]!, lex.givenNameForms) === null &&
    !mayBeOblique(words[0]!, lex.givenNameForms) &&
    looksNominative(words[words.length - 1]!) &&
    masculineNominative(words) === null
  );
}

/** The last word of a role phrase before a name, which may be a second role noun ("… генералу"). */
const STACKED_ROLE = /\s+([\p{L}-]+)$/u;

/** What stands between a role span and a name it is the role of: spaces, an opening quote. */
const NAME_RIGHT_AFTER = /^[\s«“"]*$/;
/** What may stand between a tagger's role span and the name after it ("министр финансов Ерулан Жамаубаев"). */
const ROLE_SPAN_GAP = /^[\s,«“"]*$/;
/** What may stand between a name and a role span after it (", экономист …"). */
const ROLE_SPAN_AFTER = /^,\s*$/;

/**
 * The person's role and affiliation, and every role the text gives them. `role` is the surest kind found at any
 * of their mentions (an appositive, a role noun before the name, the tagger's role span, the next sentence's "she
 * is"); `roles` holds each distinct role found at each mention, in text order: a person is often named as a
 * minister in one paragraph and an economist in another.
 */
export function findRole(
  text: string,
  spans: NameSpan[],
  orgs: Organisation[],
  lex: PeopleLexicon,
  nextSentenceAt: (offset: number) => string,
  professions: readonly { start: number; end: number }[] = [],
  /** Every person's name spans, in text order. */
  names: readonly NameSpan[] = [],
  /** The roles later sentences give this person through a pronoun that points back to one of `spans` (pronoun-roles.ts). */
  viaPronoun: readonly { start: number; end: number }[] = [],
): RoleInfo & { roles: string[] } {
  // A role phrase with another person's name inside is that person's ("Олег Тактаров, продюсер и актер Игорь …"); a
  // name counts when its words say it is a person's, not a capitalised body the organisation stage may not know.
  // `names` is in text order: found by binary search, so a page with thousands of names costs no more per look-up.
  const firstFrom = (at: number) => partitionPoint(names.length, (i) => names[i]!.start < at);
  // After a role noun in the nominative, a name in an oblique case is the phrase's complement, whose the role is
  // ("пресс-секретарь Владимира Путина Дмитрий Песков"), and so is one in another case than an oblique role noun's
  // ("с советником Владимира Путина Юрием Ушаковым"); after one in the name's case the role is that name's
  // ("брата бывшего президента США Джона Кеннеди").
  const crossesName = (from: number, to: number, roleWord?: string) => {
    for (let i = firstFrom(from); i < names.length && names[i]!.start < to; i++) {
      const n = names[i]!;
      const first = n.text.split(/\s+/)[0]!;
      const complement =
        roleWord !== undefined &&
        (complementAfter(roleWord, first, lex) ||
          (lex.roleNounsSingular.has(roleWord) && mayBeOblique(first, lex.givenNameForms)));
      // In Russian the tagger's person counts too where it may hold the role noun before it ("…, капитан клуба Ледли
      // Кинг и …"); English puts a role's complement there ("an aide to economist John Smith").
      const tagged =
        lex.surnameShape !== null &&
        n.roleBefore !== null &&
        !n.roleBefore.title &&
        n.evidence.some((e) => e.cue === "model") &&
        holdsRole(n, lex);
      // A name whose own role noun, in the nominative, stands in the phrase, and which "и" joins to more, is an item
      // of a list ("…, принц Саудовской Аравии Абдулла, Папа Римский Бенедикт и глава ФРС Бен Бернанке"), not the
      // phrase's complement ("Марк Фейгин, адвокат Савченко").
      const listed =
        lex.surnameShape !== null &&
        n.end < to &&
        LIST_AND_RU.test(text.slice(n.end, to)) &&
        n.roleBefore !== null &&
        !n.roleBefore.title &&
        n.roleBefore.start >= from &&
        lex.roleNounsSingular.has(n.roleBefore.text.toLowerCase()) &&
        obliqueGivenName(first, lex.givenNameForms) === null &&
        !mayBeOblique(first, lex.givenNameForms);
      if (n.end <= to && !complement && (tagged || listed || n.evidence.some((e) => SURELY_A_PERSON.has(e.cue))))
        return true;
    }
    return false;
  };
  const appositive = (s: NameSpan): RoleInfo | null => {
    const m = APPOSITIVE.exec(text.slice(s.end, s.end + APPOSITIVE_REACH));
    if (!m) return null;
    const at = s.end + m[0].indexOf(m[1]!);
    const phrase = completed(text, at, at + m[1]!.trim().length);
    if (CLAUSE_OPENER.test(phrase) || crossesName(at, at + phrase.length)) return null;
    const words = phrase.split(/\s+/);
    // A verb makes it a clause ("…, капитан клуба Ледли Кинг и защитник Киран Гиббс снялись в фильме", "…, глава RT
    // сообщила").
    if (lex.surnameShape !== null && words.some((w) => PAST_REFLEXIVE_RU.test(w) || lex.speechVerb.test(w)))
      return null;
    // The role noun heads the appositive in the name's case: in the nominative after a nominative name (",
    // премьеру привиделся …" is a clause, not a role), in an oblique case after a name in one ("по словам Ивана
    // Петрова, директора Центра").
    const nameWords = s.text.toLowerCase().split(/\s+/);
    const oblique = obliqueGivenName(nameWords[0]!, lex.givenNameForms) !== null;
    // A given name we do not know tells no case; the surname's ending does where the role noun's agrees with it
    // ("Элвиса Вейса, брюссельского дизайнера").
    const unknownCase = !oblique && lex.surnameShape !== null && !lex.givenNameForms.has(nameWords[0]!);
    const head = words.slice(0, ROLE_HEAD_REACH).map((w) => w.toLowerCase().replace(/[’']s$/, ""));
    // After an oblique name a role noun in the nominative opens a new clause ("по словам Ивана Петрова, директор
    // банка уехал").
    const obliqueRole = (w: string) =>
      !lex.roleNounsSingular.has(w) && lex.roleNouns.has(wordKey(w)) && !isPluralOf(w, nominativeOf(w, lex));
    const isHead = (w: string) =>
      oblique
        ? obliqueRole(w)
        : lex.roleNounsSingular.has(w) ||
          (unknownCase && obliqueRole(w) && sameObliqueCase(nameWords[nameWords.length - 1]!, w));
    const headAt = head.findIndex(isHead);
    // A role noun after a preposition is the object of a phrase (", twitching in his chair"), not the role; after a
    // Russian verb in the past, the object of a clause (", получила звание адмирала").
    if (
      words.length > MAX_ROLE_WORDS ||
      headAt < 0 ||
      head.slice(0, headAt).some((w) => PREPOSITIONS.has(w) || (lex.surnameShape !== null && PAST_VERB_RU.test(w)))
    )
      return null;
    return { role: asWritten(phrase.replace(LEADING_ARTICLE, ""), lex), affiliation: affiliationIn(phrase, at, orgs) };
  };
  const nounBefore = (s: NameSpan): RoleInfo | null => {
    if (!s.roleBefore || s.roleBefore.title) return null;
    const noun = nominativeOf(s.roleBefore.text.toLowerCase(), lex);
    const masculine = noun !== undefined && !FEMININE_NOUN_RU.test(noun);
    // English marks no adjective by its ending: its modifiers are told by where their phrase begins.
    const from =
      s.roleBefore.start -
      (lex.surnameShape === null
        ? englishModifiersBefore(text, s.roleBefore.start, lex.speechVerb)
        : modifiersBefore(text, s.roleBefore.start, masculine));
    // The tagger's role span may begin earlier and hold the whole phrase the rules cut short.
    const tagged = roleSpanBefore(text, s, professions);
    const start = tagged && tagged.start < from ? tagged.start : from;
    const written = text.slice(start, s.start).replace(AGE_TAIL, "").replace(ROLE_TAIL, "").replace(BRACKET_TAIL, "");
    // A second role noun right before the name, after the role's complement and in the case of the first, is a role
    // of its own ("командующему армии боснийских сербов генералу Ратко Младичу"): the phrase ends before it. One in
    // another case is the complement ("адвокат экс-руководителя").
    const stacked = STACKED_ROLE.exec(written);
    const last = stacked?.[1]!.toLowerCase() ?? "";
    const head = s.roleBefore.text.toLowerCase();
    const asNominative = (w: string) => nominativeOf(w, lex) === w;
    const sameCase =
      asNominative(last) === asNominative(head) &&
      masculineCaseOfNoun(last, lex.roleNounsSingular) === masculineCaseOfNoun(head, lex.roleNounsSingular);
    const end =
      stacked && stacked.index > s.roleBefore.start - start && isRoleNoun(last, lex) && sameCase
        ? stacked.index
        : written.length;
    const phrase = completed(text, start, start + end);
    if (crossesName(start, s.start, s.roleBefore.text.toLowerCase())) return null;
    return { role: asWritten(phrase, lex), affiliation: affiliationIn(phrase, start, orgs) };
  };
  // After a name in an oblique case, a role in the nominative opens a new clause ("по словам Ивана Петрова, директор
  // банка …"), and so does a plural ("…, депутаты собрания приняли …"); one in the name's case is its appositive
  // ("Ивана Петрова, директора банка").
  const opensClause = (s: NameSpan, role: { start: number; end: number }) => {
    if (obliqueGivenName(s.text.split(/\s+/)[0]!, lex.givenNameForms) === null) return false;
    const phrase = text.slice(role.start, role.end);
    const head = phrase
      .toLowerCase()
      .split(/\s+/)
      .find((w) => lex.roleNouns.has(wordKey(w)));
    if (head && isPluralOf(head, nominativeOf(head, lex))) return true;
    return inNominative(text, role, lex);
  };
  // A role span right before the next name is that name's when it is a full name in the nominative ("Фрэнк Лэмпард,
  // капитан клуба Тоттенхэм Хотспур Ледли Кинг и …"); a name in another case is its complement ("Марк Фейгин,
  // адвокат Савченко", "…, советник Дмитрия Медведева").
  const rolesNextName = (role: { end: number }) => {
    const next = names[firstFrom(role.end)];
    return next !== undefined && NAME_RIGHT_AFTER.test(text.slice(role.end, next.start)) && holdsRole(next, lex);
  };
  const taggedSpan = (s: NameSpan): RoleInfo | null => {
    if (s.holderAfter) return null;
    const spanBefore = roleSpanBefore(text, s, professions);
    const before = spanBefore && complementOfSpan(spanBefore, s) ? null : spanBefore;
    const after = before ? null : roleSpanAfter(text, s, professions);
    const tagged = before ?? (after && !opensClause(s, after) && !rolesNextName(after) ? after : null);
    if (!tagged) return null;
    const role = crossesName(tagged.start, tagged.end) ? null : spannedRole(text, tagged, lex);
    if (!role) return null;
    return { role, affiliation: affiliationIn(text.slice(tagged.start, tagged.end), tagged.start, orgs) };
  };
  const pronounIs = (s: NameSpan): RoleInfo | null => {
    const m = PRONOUN_IS.exec(nextSentenceAt(s.end));
    if (!m) return null;
    const phrase = m[1]!.trim();
    if (!phrase.split(/\s+/).some((w) => lex.roleNouns.has(wordKey(w)))) return null;
    return { role: phrase.replace(LEADING_ARTICLE, ""), affiliation: affiliationIn(phrase, -1, orgs) };
  };
  // "актёры Андрей Мерзликин и Алиса Гребенщикова": a plural role noun before a list of names is each one's role.
  /** The first name of the list `s` stands in (itself when it stands alone). */
  const listHeadOf = (s: NameSpan): NameSpan => {
    let head = s;
    for (;;) {
      const before = names[firstFrom(head.start) - 1];
      if (!before || before.end > head.start || !LIST_GAP.test(text.slice(before.end, head.start))) return head;
      head = before;
    }
  };
  const listHead = (s: NameSpan): RoleInfo | null => {
    const head = listHeadOf(s);
    if (!head.roleBefore) return introducedList(head);
    if (head === s || head.roleBefore.title) return null;
    const word = head.roleBefore.text.toLowerCase();
    const noun = nominativeOf(word, lex);
    if (!noun || FEMININE_NOUN_RU.test(noun) || !PLURAL_RU.test(word)) return null;
    return nounBefore(head);
  };
  // "писатели и критики, среди которых — Павел Басинский и …", "пять экс-президентов: Альберто Фухимори (…), …": a
  // plural role noun before what opens a list is each listed name's role.
  const introducedList = (head: NameSpan): RoleInfo | null => {
    const m = LIST_INTRO_RU.exec(text.slice(Math.max(0, head.start - LIST_INTRO_REACH), head.start));
    if (!m) return null;
    const word = m[1]!.toLowerCase();
    const noun = nominativeOf(word, lex);
    if (!noun || noun === word || FEMININE_NOUN_RU.test(noun) || !PLURAL_RU.test(word)) return null;
    return { role: noun, affiliation: null };
  };
  // "Главным тренером назначен Иван Петров", "Операторами выступили Михаил Агранович и Михаил Хасая": a role in the
  // instrumental and a verb that says what the person is, right before the name or the list it opens.
  const instrumentalBefore = (s: NameSpan): RoleInfo | null => {
    const head = listHeadOf(s);
    const clause = CLAUSE_BEFORE.exec(text.slice(Math.max(0, head.start - CLAUSE_REACH), head.start))?.[0] ?? "";
    const verb = VERB_BEFORE_NAME_RU.exec(clause);
    if (!verb) return null;
    const words = clause.slice(0, verb.index).split(/\s+/).filter(Boolean);
    const at = words.findIndex((w) => {
      const lower = w.toLowerCase();
      const noun = INSTRUMENTAL_RU.test(lower) ? nominativeOf(lower, lex) : undefined;
      return noun !== undefined && noun !== lower;
    });
    if (at < 0) return null;
    // Its modifiers before it, and after it only a complement ("председателем правления банка").
    let from = at;
    while (from > 0 && MODIFIER_WORD.test(words[from - 1]!) && !NOT_MODIFIER.test(words[from - 1]!.toLowerCase()))
      from--;
    let to = at + 1;
    while (to < words.length && (isRoleComplementRu(words[to]!.toLowerCase()) || /^«?\p{Lu}/u.test(words[to]!))) to++;
    if (to < words.length) return null;
    const phrase = words.slice(from, to).join(" ");
    return { role: asWritten(phrase, lex), affiliation: affiliationIn(phrase, -1, orgs) };
  };
  // "Иван Петров — экономист …", "Петров является председателем правления банка": the role after a predicate.
  const predicate = (s: NameSpan): RoleInfo | null => {
    const cue = PREDICATE.exec(text.slice(s.end, s.end + APPOSITIVE_REACH));
    if (!cue) return null;
    const at = s.end + cue[0].length;
    const words = PREDICATE_PHRASE.exec(text.slice(at))?.[0].split(/\s+/) ?? [];
    const head = words.slice(0, ROLE_HEAD_REACH).findIndex((w) => lex.roleNouns.has(wordKey(w.toLowerCase())));
    if (head < 0 || !words.slice(0, head).every((w) => MODIFIER_WORD.test(w) && !NOT_MODIFIER.test(w))) return null;
    let end = head + 1;
    // On over a complement and a body's name; a second role noun only right after the first ("chief economist").
    const goesOn = (w: string, at: number) =>
      PHRASE_GOES_ON.test(w) ||
      isRoleComplementRu(w.toLowerCase()) ||
      (at === head + 1 && lex.roleNouns.has(wordKey(w.toLowerCase())));
    while (end < words.length && goesOn(words[end]!, end)) end++;
    // The tagger's role span where it holds more than the rules' phrase (a name in quotes, closed here), else theirs.
    const ruled = words.slice(0, end).join(" ");
    const tagged = professions.find((p) => p.start === at);
    const taggedEnd = tagged ? closedEnd(text, tagged) : at;
    const phrase = taggedEnd - at > ruled.length ? text.slice(at, taggedEnd) : ruled;
    if (crossesName(at, at + phrase.length) || phrase.split(/\s+/).length > MAX_ROLE_WORDS) return null;
    return {
      role: asWritten(phrase.replace(DANGLING, ""), lex),
      affiliation: affiliationIn(phrase, at, orgs),
    };
  };
  // "продюсер и актер Игорь Жижикин": the first of two joined role nouns is the person's role too.
  const joinedBefore = (s: NameSpan): RoleInfo | null => {
    if (!s.roleBefore || s.roleBefore.title) return null;
    const m = JOINED_ROLE.exec(text.slice(Math.max(0, s.roleBefore.start - MODIFIER_REACH), s.roleBefore.start));
    return m && lex.roleNouns.has(wordKey(m[1]!.toLowerCase()))
      ? { role: asWritten(m[1]!, lex), affiliation: null }
      : null;
  };
  // The roles listed before a name stand in its case, as the nearest one does: one in another case is the object of
  // something else ("в беседе с корреспондентом «Голоса Америки» лидер Движения … Александр Белов"); "с командующего
  // силами США генерала Джона Аллена" is one list.
  const oneCase = <T extends { start: number; end: number }>(roles: T[]): T[] => {
    if (roles.length === 0) return roles;
    const nearest = inNominative(text, roles[roles.length - 1]!, lex);
    let from = roles.length - 1;
    while (from > 0 && inNominative(text, roles[from - 1]!, lex) === nearest) from--;
    return roles.slice(from);
  };
  // A Russian name right after a role span may be its complement: the span's role noun tells ("помощник Дональда
  // Трампа" is Trump's aide; "старшему эксперту … регистра, 62-летнему Якову Ивашову" is him).
  const complementOfSpan = (span: { start: number; end: number }, s: NameSpan) => {
    if (lex.surnameShape === null) return false;
    const words = text.slice(span.start, span.end).toLowerCase().split(/\s+/);
    const head = words.find((w) => isRoleNoun(w, lex)) ?? words[words.length - 1]!;
    return complementAfter(head, s.text.split(/\s+/)[0]!, lex);
  };
  // By kind, surest first: found[kind][mention].
  const found = [
    appositive,
    nounBefore,
    listHead,
    instrumentalBefore,
    taggedSpan,
    pronounIs,
    predicate,
    joinedBefore,
  ].map((kind) => spans.map(kind));
  // Every role span the tagger chains to a mention (a list before the name, appositives or a predicate after it), and
  // those a later sentence gives through a pronoun.
  const extra = [
    ...spans.flatMap((s) => {
      const { before: chainedBefore, after: chainedAfter } = chainedRoles(text, s, professions, crossesName);
      const nearest = chainedBefore[chainedBefore.length - 1];
      const before = s.holderAfter || (nearest && complementOfSpan(nearest, s)) ? [] : oneCase(chainedBefore);
      // The chain after the name stops at a role of the next name.
      const next = chainedAfter.findIndex(rolesNextName);
      const after = next < 0 ? chainedAfter : chainedAfter.slice(0, next);
      return after.length > 0 && opensClause(s, after[0]!) ? before : [...before, ...after];
    }),
    ...viaPronoun,
  ];
  const chained = extra.flatMap((r): RoleInfo[] => {
    const role = spannedRole(text, r, lex);
    return role ? [{ role, affiliation: affiliationIn(text.slice(r.start, r.end), r.start, orgs) }] : [];
  });
  const sure = found.flat().find((r) => r !== null) ?? chained[0] ?? { role: null, affiliation: null };
  const every = [...spans.flatMap((_, i) => found.map((byMention) => byMention[i] ?? null)), ...chained].filter(
    (r): r is RoleInfo & { role: string } => r !== null && r.role !== null,
  );
  // A role another one spells out says nothing new ("президент" beside "президент Египта"). The surest kind's role
  // is shown as the first mention that goes on to name whose it is gives it: "император" is "император Японии"
  // there (words before it may be a clause's, not the role's: "позволяющий император").
  const norm = (r: string) => ` ${r.toLowerCase().replace(/ё/g, "е")} `;
  const saysMore = (r: string, o: string) => norm(o) !== norm(r) && norm(o).includes(norm(r));
  const goesOn = (r: string, o: string) => saysMore(r, o) && norm(o).startsWith(norm(r));
  const first = (sure.role !== null && every.find((o) => goesOn(sure.role!, o.role))) || sure;
  // One spelling per role, in text order: the shown role's, else the first the text gives ("Архиепископ" at a
  // sentence's start is "архиепископ").
  const spelled = new Map<string, string>();
  for (const { role } of every) if (!spelled.has(norm(role))) spelled.set(norm(role), role);
  if (first.role !== null) spelled.set(norm(first.role), first.role);
  const roles = [...spelled.values()];
  return { ...first, roles: roles.filter((r) => r === first.role || !roles.some((o) => saysMore(r, o))) };
}

/**
 * Oblique case endings of a noun, each with its case: genitive, instrumental. Not the dative's "-у": foreign surnames
 * that never decline end so ("Нетаньяху, премьеру привиделся …" opens a clause).
 */
const OBLIQUE_CASE_ENDINGS: [RegExp, string][] = [
  [/(?:ом|ем|ём|ым|им)$/u, "instrumental"],
  [/[ая]$/u, "genitive"],
];

/** Whether a surname and a role noun both end as one oblique case does ("Вейса" and "дизайнера"). */
function sameObliqueCase(surname: string, noun: string): boolean {
  const caseOf = (w: string) => OBLIQUE_CASE_ENDINGS.find(([ending]) => ending.test(w))?.[1];
  return caseOf(surname) !== undefined && caseOf(surname) === caseOf(noun);
}

/** An opening quote the span leaves open: the tagger's spans stop before the closing one ("журналист «Медузы"). */
const OPEN_QUOTE = /«[^«»]*$/u;
/** A first word in an oblique case ("министром", "послом Японии" after "он был"), which only a known role noun's rules put right. */
const OBLIQUE_FIRST = /^\p{L}+(?:ом|ем|ым|им|ому|ему|ого|его|ами|ями)(?![\p{L}-])/u;

/** A role span of the tagger's as a role: its quotes closed, in the nominative, or null where it cannot be put so. */
function spannedRole(text: string, span: { start: number; end: number }, lex: PeopleLexicon): string | null {
  const phrase = completed(text, span.start, closedEnd(text, span));
  if (phrase.split(/\s+/).length > MAX_ROLE_WORDS || OPEN_QUOTE.test(phrase)) return null;
  const role = asWritten(phrase, lex);
  if (role.toLowerCase() === phrase.toLowerCase() && OBLIQUE_FIRST.test(phrase.toLowerCase())) return null;
  // The tagger's role is a common noun phrase: a capital that only opens the sentence goes ("Нейрохирург Мэри Кобб").
  return SENTENCE_OPENS.test(text.slice(Math.max(0, span.start - 3), span.start)) &&
    /^\p{Lu}\p{Ll}+(?=\s|$)/u.test(role)
    ? role[0]!.toLowerCase() + role.slice(1)
    : role;
}
/** What comes right before a sentence's first word: the text's start, a full stop and a space, a line break. */
const SENTENCE_OPENS = /(?:^|[.!?…]\s+|\n\s*)$/u;

/**
 * The phrase of a role span whose last word modifies what the span left out: with that noun where it follows, else
 * without the modifier ("министр финансов немецкой" → "министр финансов немецкой земли Гессен"; "лидер последних Ник
 * Клегг" → "лидер").
 */
function completed(text: string, start: number, end: number): string {
  const phrase = text.slice(start, end);
  const dangling = DANGLING_MODIFIER_RU.exec(phrase);
  if (!dangling) return phrase;
  const rest = MODIFIED_NOUN_RU.exec(text.slice(end, end + COMPLETION_REACH));
  return rest ? phrase + rest[0] : phrase.slice(0, dangling.index);
}
/** Characters after a role span searched for the noun its last modifier goes with. */
const COMPLETION_REACH = 80;

/** Whether a role phrase is in the nominative already: putting it so changes nothing ("директор банка"). */
function inNominative(text: string, span: { start: number; end: number }, lex: PeopleLexicon): boolean {
  const phrase = text.slice(span.start, span.end);
  return asWritten(phrase, lex).toLowerCase() === phrase.toLowerCase();
}

/** Where a role span ends with the quote it opened closed: the tagger's spans stop before the closing one. */
function closedEnd(text: string, span: { start: number; end: number }): number {
  return OPEN_QUOTE.test(text.slice(span.start, span.end)) && text[span.end] === "»" ? span.end + 1 : span.end;
}

/** The longest of the tagger's role spans that ends right before the name. */
function roleSpanBefore(text: string, s: NameSpan, professions: readonly { start: number; end: number }[]) {
  let best: { start: number; end: number } | null = null;
  for (const p of professions)
    if (p.end <= s.start && ROLE_SPAN_GAP.test(text.slice(p.end, s.start)) && (!best || p.start < best.start)) best = p;
  return best;
}

/** The longest of the tagger's role spans that opens an appositive right after the name. */
function roleSpanAfter(text: string, s: NameSpan, professions: readonly { start: number; end: number }[]) {
  let best: { start: number; end: number } | null = null;
  for (const p of professions)
    if (p.start >= s.end && ROLE_SPAN_AFTER.test(text.slice(s.end, p.start)) && (!best || p.end > best.end)) best = p;
  return best;
}

/** How far before a role noun its modifiers begin: up to two, right before it ("научный руководитель", "бывшего министра"). */
function modifiersBefore(text: string, at: number, masculine: boolean): number {
  // An acting office holder's words lead the role ("исполняющий обязанности председателя"), modifiers before them.
  const acting = ACTING_FOR_RU.exec(text.slice(Math.max(0, at - MODIFIER_REACH), at))?.[0].length ?? 0;
  const end = at - acting;
  const m = MODIFIERS_BEFORE.exec(text.slice(Math.max(0, end - MODIFIER_REACH), end));
  if (!m) return acting;
  let length = acting;
  // From the role noun leftwards; a pronoun or determiner declines like an adjective ("этого министра") and ends them.
  for (const w of [...m[1]!.matchAll(/([\p{L}\p{N}-]+)[ \u00a0]+/gu)].reverse()) {
    const word = w[1]!.toLowerCase();
    if (!MODIFIER_WORD.test(word) || NOT_MODIFIER.test(word) || /\p{N}/u.test(word)) break;
    if (masculine && FEMININE_ONLY.test(word)) break;
    length += w[0].length;
  }
  return length;
}

/**
 * The role as a reader would write it on its own: the role noun in the nominative when the text has it in another
 * case ("по мнению депутата сената" → "депутат сената"), its modifiers with it ("бывшего министра" → "бывший
 * министр"), the first letter in lower case unless the word is an acronym ("Глава Ассоциации банков").
 */
function asWritten(phrase: string, lex: PeopleLexicon): string {
  const words = phrase.split(" ");
  const head = words.findIndex((w) => nominativeOf(w.toLowerCase(), lex) !== undefined);
  if (head >= 0) {
    const word = words[head]!;
    const nominative = nominativeOf(word.toLowerCase(), lex);
    // An acting office holder's noun stays as written; only the words before it go back ("исполняющего
    // обязанности председателя" → "исполняющий обязанности председателя").
    const actingFor = ACTING_FOR_RU.test(words.slice(0, head).join(" "));
    if (nominative && nominative !== word.toLowerCase()) {
      if (!actingFor) words[head] = nominative;
      const feminine = FEMININE_NOUN_RU.test(nominative);
      const gender = feminine ? "feminine" : "masculine";
      for (let i = 0; i < head; i++) words[i] = adjectiveNominative(words[i]!.toLowerCase(), gender);
      // An adjective after the noun, ending the phrase, is the noun's too ("герцога Брабантского" → "герцог
      // Брабантский"); one before another word goes with that word ("директора Национального банка").
      const after = words[head + 1];
      if (!actingFor && words.length === head + 2 && after && OBLIQUE_ADJECTIVE_RU.test(after)) {
        const adjective = adjectiveNominative(after.toLowerCase(), gender);
        words[head + 1] = /^\p{Lu}/u.test(after) ? adjective[0]!.toUpperCase() + adjective.slice(1) : adjective;
      }
    }
  }
  const role = words.join(" ");
  // Only a role noun or a modifier loses its capital (a sentence's first word): a name keeps it ("Tunisia country …").
  const first = role.split(" ")[0]!;
  const common = isRoleNoun(first.toLowerCase(), lex) || MODIFIER_WORD.test(first);
  if (!common || !/^\p{Lu}\p{Ll}/u.test(role)) return role;
  // Each part of a title-case compound alike ("Major-General" → "major-general").
  const lowered = TITLE_CASE_COMPOUND.test(first) ? first.toLowerCase() : first[0]!.toLowerCase() + first.slice(1);
  return lowered + role.slice(first.length);
}

/**
 * A plural of a role noun that ends in a consonant ("художники" of "художник"): a case of no singular, so after a
 * name in an oblique case it begins a clause about others (", уличные художники проведут …"), not the name's role.
 */
function isPluralOf(word: string, noun: string | undefined): boolean {
  return noun !== undefined && /[бвгджзклмнпрстфхцчшщ]$/u.test(noun) && (word === `${noun}ы` || word === `${noun}и`);
}

/** Each language's role nouns by word key: the nominative forms of an inflected one, as the list spells them. */
const nominatives = new WeakMap<PeopleLexicon, Map<string, string[]>>();

/** The nominative of a role noun, spelt with "ё" where the text spells it so ("актёры" → "актёр", not "актер"). */
function nominativeOf(word: string, lex: PeopleLexicon): string | undefined {
  if (lex.roleNounsSingular.has(word)) return word;
  // A compound role noun declines in its last part ("экс-премьера" → "экс-премьер", "рок-музыканту" → "рок-музыкант").
  const prefix = ROLE_COMPOUND_PREFIX.exec(word)?.[0];
  if (prefix) {
    const noun = nominativeOf(word.slice(prefix.length), lex);
    return noun && prefix + noun;
  }
  let byKey = nominatives.get(lex);
  if (!byKey) {
    byKey = new Map();
    for (const w of lex.roleNounsSingular) byKey.set(wordKey(w), [...(byKey.get(wordKey(w)) ?? []), w]);
    nominatives.set(lex, byKey);
  }
  const forms = byKey.get(wordKey(word));
  const yo = word.includes("ё");
  return (forms && (forms.find((f) => f.includes("ё") === yo) ?? forms[0])) ?? lex.roleNounOtherCase?.(word);
}

function affiliationIn(phrase: string, at: number, orgs: Organisation[]): string | null {
  if (at >= 0) {
    const end = at + phrase.length;
    const org = orgs.find((o) => o.mentions.some((m) => m.start >= at && m.end <= end));
    if (org) return org.name;
  }
  const m = BODY_AFTER_PREP.exec(phrase) ?? BODY_AFTER_ROLE.exec(phrase);
  return m ? m[1]!.replace(/\s+(?:of|and|for|the|&)$/, "") : null;
}
