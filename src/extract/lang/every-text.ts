// Word lists the organisation and people rules apply to every text, whatever its language: a Russian text names
// "Reuters" and "IMF", an English or Kazakh one "Казахмыс" or "Москва", and an acronym or a place is not an
// organisation in any language. Each language's own words stay in its folder; this module only puts them together, in the order
// the rules rely on (the gazetteer: a later entry wins a shared key). Language-neutral data (the acronym stop list,
// which mixes scripts because acronyms cross languages) lives here itself.
import { BOILERPLATE_EN } from "./en/boilerplate";
import { LEADING_CONJUNCTIONS_EN } from "./en/options";
import { CONNECTORS_EN, GAZETTEER_EN, HEADS_EN } from "./en/orgs";
import * as enPeople from "./en/people";
import { WORLD_PLACES_EN, PLACES_EN } from "./en/places";
import { BOILERPLATE_RU } from "./ru/boilerplate";
import { LEADING_CONJUNCTIONS_RU } from "./ru/options";
import {
  GAZETTEER_RU,
  GOVERNMENT_STEMS_RU,
  HEAD_STEMS_RU,
  LEGAL_FORMS_RU,
  NAME_CONNECTORS_RU,
  LIST_OPENERS_RU,
  NOT_ORG_QUOTE_STEMS_RU,
} from "./ru/orgs";
import * as ruPeople from "./ru/people";
import { WORLD_PLACES_RU, PLACE_FORMS_RU } from "./ru/places";
import type { GazetteerEntry } from "./language-module";

/** Bodies known by name, in either script. */
export const GAZETTEER: GazetteerEntry[] = [...GAZETTEER_RU, ...GAZETTEER_EN];

/**
 * Lower-case starts of organisations' head nouns in either language (Russian stems, English words): the tagger
 * reads them as a feature of a word, where the rules read each language's list in its own finder.
 */
export const ORG_HEAD_STARTS: string[] = [
  ...HEAD_STEMS_RU,
  ...GOVERNMENT_STEMS_RU,
  ...[...HEADS_EN].map((h) => h.toLowerCase()),
];

/** Places with their case forms: never organisations. */
export const PLACE_NAMES: string[] = [...PLACE_FORMS_RU, ...PLACES_EN];

/**
 * Countries and capitals in both languages, as written (nominative): for rules that match them by word key. Not
 * among PLACE_NAMES, which the tagger reads as a feature (a change there would be a change of the model).
 */
export const WORLD_PLACES: string[] = [WORLD_PLACES_RU, WORLD_PLACES_EN].flatMap((list) =>
  list.split(/\s+/).filter(Boolean),
);

/** Legal forms written before a company name in «quotes» (ТОО «Казахмыс»). */
export const LEGAL_FORMS: string[] = LEGAL_FORMS_RU;

/** Noun stems before «quotes» that make the quoted name a work, an event or a law, not a body. */
export const NOT_ORG_QUOTE_STEMS: string[] = NOT_ORG_QUOTE_STEMS_RU;

/** Words that open a list of examples between a noun and the «quotes» it names ("картины, как «Цирк»"). */
export const QUOTE_LIST_OPENERS: string[] = LIST_OPENERS_RU;

/** Small words inside an organisation's name, left out of its grouping key; "de" for names from Romance languages. */
export const NAME_CONNECTORS: string[] = [...CONNECTORS_EN, ...NAME_CONNECTORS_RU, "de"];

/** Capitalised words an appositive may open with before its role noun. */
export const APPOSITIVE_FILLERS: string[] = [...enPeople.APPOSITIVE_FILLERS_EN, ...ruPeople.APPOSITIVE_FILLERS_RU];

/** Letter pairs that look like two initials but are places or bodies. */
export const NOT_INITIALS: string[] = [...enPeople.NOT_INITIALS_EN, ...ruPeople.NOT_INITIALS_RU];

/** Words that end an appositive role after a name. */
export const APPOSITIVE_ENDERS: string[] = [...enPeople.APPOSITIVE_ENDERS_EN, ...ruPeople.APPOSITIVE_ENDERS_RU];

/** Relative pronouns that open a clause where an appositive role would stand; each language's, as regex sources. */
export const CLAUSE_OPENERS: string[] = [...enPeople.CLAUSE_OPENERS_EN, ...ruPeople.CLAUSE_OPENERS_RU];

/** Verbs that say what a person is, before a role; and a dash does ("Иван Петров — экономист"). */
export const ROLE_PREDICATES: string[] = [...enPeople.ROLE_PREDICATES_EN, ...ruPeople.ROLE_PREDICATES_RU];

/** Relative pronouns a role predicate may follow right after a name (", который является …", ", who is …"). */
export const SUBJECT_RELATIVES: string[] = [...enPeople.SUBJECT_RELATIVES_EN, ...ruPeople.SUBJECT_RELATIVES_RU];

/** Participles that say what a person is, opening a phrase right after the name (regex sources). */
export const ROLE_PARTICIPLES: string[] = [...ruPeople.ROLE_PARTICIPLES_RU];

/** A regex source for what may stand between a predicate and its role ("занимает пост премьер-министра"). */
export const ROLE_POST = `(?:\\s+(?:на\\s+)?(?:${ruPeople.ROLE_POSTS_RU.join("|")}))?`;

/**
 * A regex source for what leads from a name to its role: a participle that says what the person is (", занимающий
 * пост …"), or such a verb, perhaps after a relative pronoun that is its subject (", который является …", ", who is
 * …") and a short adverbial ("Петров в 2005 году стал …"); then perhaps "пост"/"должность".
 */
export const ROLE_PREDICATE_LEAD =
  `(?:\\s*,\\s*(?:${ROLE_PARTICIPLES.join("|")})|(?:\\s*,\\s*(?:${SUBJECT_RELATIVES.join("|")}))?` +
  `(?:\\s+[\\p{L}\\p{N}-]+){0,3}?\\s+(?:${ROLE_PREDICATES.join("|")}))${ROLE_POST}`;

/** Prepositions before the body a person works for. */
export const BODY_PREPOSITIONS: string[] = [...enPeople.BODY_PREPOSITIONS_EN, ...ruPeople.BODY_PREPOSITIONS_RU];

/** Prepositions, in both languages: before a role noun they make it the object of a phrase. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([...enPeople.PREPOSITIONS_EN, ...ruPeople.PREPOSITIONS_RU]);

// All-caps words that are not organisations: countries, degrees, titles, units, common abbreviations and
// Roman numerals. Countries come from the place lists; this list is the rest.

export const NOT_ORG_ACRONYMS = [
  // English
  "MD",
  "PHD",
  "MA",
  "BA",
  "MBA",
  "MP",
  "MPS",
  "CEO",
  "CFO",
  "COO",
  "CTO",
  "GDP",
  "GMT",
  "UTC",
  "AM",
  "PM",
  "TV",
  "OK",
  "DNA",
  "RNA",
  "HIV",
  "AIDS",
  "COVID",
  "USD",
  "EUR",
  "KZT",
  "RUB",
  "CO2",
  "IT",
  "AI",
  "PR",
  "ID",
  "PDF",
  "HTML",
  "FAQ",
  "DIY",
  "VIP",
  "LGBT",
  "LGBTQ",
  "ISIS",
  "JR",
  "SR",
  "MR",
  "MRS",
  "MS",
  "DR",
  "ST",
  "VS",
  "RSS",
  "URL",
  "EST",
  "EDT",
  "PST",
  "PDT",
  "CST",
  "CDT",
  "BST",
  "CET",
  "CEST",
  "MSK",
  "IPO",
  "ETF",
  "CPI",
  "VAT",
  "FY",
  "Q1",
  "Q2",
  "Q3",
  "Q4",
  "R&D",
  "CPU",
  "GPU",
  "RAM",
  "SSD",
  "HDD",
  "API",
  "SDK",
  "APP",
  "PC",
  "LED",
  "LCD",
  "HD",
  "4K",
  "CD",
  "DVD",
  "ISS",
  "SMS",
  "GB",
  "MB",
  "OS",
  "HTML5",
  "USB",
  "GPS",
  "SUV",
  "NEWS",
  "LIVE",
  "VIDEO",
  "PHOTO",
  // Russian
  "ВВП",
  "НДС",
  "ИИ",
  "ДТП",
  "ЧП",
  "СМИ",
  "ВУЗ",
  "ВУЗЫ",
  "РЕН",
  "ТВ",
  "МЛН",
  "МЛРД",
  "ТЫС",
  "КГ",
  "КМ",
  "РУБ",
  "ДОЛЛ",
  "ГЭС",
  "ТЭЦ",
  "АЭС",
  "НПЗ",
  "ЖКХ",
  "ЖК",
  "ИП",
  "НКО",
  "ЕНТ",
  "ОРВИ",
  "СПИД",
  "ВИЧ",
  "ФИО",
  "ЧМ",
  "ОИ",
  "ЕГЭ",
  "МКС",
  "СМС",
  "ГБ",
  "МБ",
  "КБ",
  "ТБ",
  "ОС",
  "ЖЖ",
  "СПО",
  "ПО",
  "ТМ",
  "ОТ",
  "ДНК",
  "РНК",
  "ТЭК",
  "МСБ",
  "ЧС",
  "ПДД",
  "ГМО",
  "ИТ",
  "ЖКУ",
  "КПП",
  "СИЗО",
  "АПК",
  "ОПГ",
  "ГСМ",
  "ЛЭП",
  "ТОО",
  "АО",
  "ПАО",
  "ОАО",
  "ЗАО",
  "ООО",
  "ГУП",
  "МУП",
  "ФГУП",
  "ИНН",
  "БИН",
  "ИИН",
  "ЭКСПО",
];

/** Words that open a clause without being its subject: a clause may start with them in either language. */
export const LEADING_CONJUNCTIONS: string[] = [...LEADING_CONJUNCTIONS_EN, ...LEADING_CONJUNCTIONS_RU];

/** Abbreviations with a dot after which a sentence does not end; names of any language appear in any text. */
export const ABBREVIATIONS: string[] = [...enPeople.ABBREVIATIONS_EN, ...ruPeople.ABBREVIATIONS_RU];

/**
 * Openings of the paragraphs that end an article's body (read before the language is known, so all of them):
 * social handles ("@coreykilgannon • Facebook") are the same in every language.
 */
export const BOILERPLATE_OPENINGS: RegExp[] = [/(?:^|\s)@\w{3,}\s*[•|·]/, ...BOILERPLATE_EN, ...BOILERPLATE_RU];

/**
 * The first parts of a compound whose last part is a role noun, in either language: a former holder's prefix
 * ("экс-глава", "ex-minister"), a field or a rank ("рок-музыкант", "хип-хоп-исполнитель", "co-founder"). Not a
 * part that ends as a declined noun does: it declines with the role noun ("женщины-спикера" of "женщина-спикер").
 */
export const ROLE_COMPOUND_PREFIX = /^(?:\p{Ll}*[^\P{Ll}аяыиуюй]-)+(?=\p{Ll}{3})/u;
