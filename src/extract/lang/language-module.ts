// What one language gives the engine, declared once: its word lists and patterns for each stage, the rules its
// grammar needs, and its model's name. Every language folder (lang/ru, lang/en, lang/kk) exports one of these
// from its index.ts; lexiconFor() in ../lang.ts is the only place that maps a language code to one.
import type { OptionsLexicon } from "./options-lexicon";
import type { PeopleLexicon } from "./people-lexicon";

/** A known body: name is the canonical form; aliases are other spellings and forms (matched by stem). */
export interface GazetteerEntry {
  name: string;
  aliases?: string[];
}

/**
 * Organisation finders a language may ask for, beside those every text gets (gazetteer, acronyms, web
 * domains, quoted names). orgs/finders.ts maps each name to its rule.
 */
export type OrgFinderName =
  /** A head noun with its modifiers before and complement after, case agreement by endings ("Министерства финансов"). */
  | "head-noun-first"
  /** Shortened official names glued from a prefix (Минфин, Росстат, Госдума). */
  | "short-forms"
  /** Names in Latin letters inside a Cyrillic text: companies, outlets, brands (Facebook, Vestas). */
  | "latin-in-cyrillic"
  /** Capitalised runs around an English head noun ("Department of Conservation", "rescue group Project Jonah"). */
  | "capitalised-english"
  /** Capitalised modifiers before a head noun that ends the name (head-final languages: "Қаржы министрлігі"). */
  | "head-after-name";

/** Head nouns that follow the words they head, and the endings they take: the data of the "head-after-name" finder. */
export interface HeadsAfterName {
  /** Lower-case head nouns as the name ends in them ("министрлігі", "банкі"). */
  heads: readonly string[];
  /** What may follow a head in an inflected form ("" for the head itself, "нің", "не"…). */
  endings: readonly string[];
}

/** The words of the listed-bodies rule (orgs/listed-bodies.ts): Hearst's "X, Y and other companies". */
export interface ListedBodies {
  /** Class nouns of bodies, singular and plural, lower case ("company", "companies"); none: the rule is off. */
  nouns: ReadonlySet<string>;
  /** Words that join a list's last name ("and", "or"). */
  conjunctions: readonly string[];
  /** Words before a class noun that close a list of names ("other"). */
  other: readonly string[];
  /** Words after a class noun that open a list of names ("such as", "including"). */
  examples: readonly string[];
  /** Articles that open an appositive ("a", "an", "the"). */
  articles: readonly string[];
  /** Words that show a class noun is not its appositive's head ("a spokesman for the company"). */
  stopBefore: ReadonlySet<string>;
}

/** The listed-bodies rule off: a language whose words for it are not written. */
export const NO_LISTED_BODIES: ListedBodies = {
  nouns: new Set(),
  conjunctions: [],
  other: [],
  examples: [],
  articles: [],
  stopBefore: new Set(),
};

export interface OrgRules {
  /** The finders this language's texts get, in this order. */
  finders: readonly OrgFinderName[];
  /** Quotes mark speech (English): a quoted capitalised phrase is a name only right after a body's noun. */
  quotesAreSpeech: boolean;
  /** Lower-case nouns right before a quoted name that make it a body's name ("the firm “Kaztsink”"). */
  quoteHeadNouns: ReadonlySet<string>;
  /** For the "head-after-name" finder: the language's head-final nouns, or null when it uses none. */
  headsAfterName: HeadsAfterName | null;
  /**
   * Last words that make a capitalised name a law, an event, a document or a place rather than a body ("Flag
   * Code", "Ninety Mile Beach"): the learned tagger's organisation names ending in one are not taken.
   */
  notBodyLastWords: ReadonlySet<string>;
  listedBodies: ListedBodies;
  /**
   * Whether a guess of the less sure rules (an acronym, a short form, a quoted or repeated name) must have the
   * learned tagger's backing (orgs/tagger-backed.ts): only where the language's model reads today's news well.
   */
  taggerMustBack: boolean;
  /** A body's name as shown: in the nominative where the language declines it ("Ассоциации банков" → "Ассоциация банков"). */
  displayName: (name: string) => string;
  /** How the language names the outlet a story comes from (orgs/outlets.ts). */
  outlets: OutletWords;
}

/** The words around an outlet's name when the text gives it as the story's source ("передает Caravan.kz"). */
export interface OutletWords {
  /** Matches the text right before a mention that makes it the source: "передает ", "according to ". */
  before: RegExp;
  /** Matches the text right after a mention that makes it the source: " reported". */
  after: RegExp;
  /** Matches the text right before a name that makes it a news outlet's: "агентства ", "the newspaper ". */
  mediaBefore: RegExp;
  /** Outlets known by name, as written. */
  mediaNames: ReadonlySet<string>;
}

export interface LanguageModule {
  /** The module's name, as tests and reports show it ("ru", "other-latin"…). */
  name: string;
  /** Locale of the Intl.Segmenter that cuts the text into sentences. */
  segmenterLocale: string;
  /** "inflected": names take case endings (Russian rules for surnames, lone names, plural verbs); "fixed": they do not. */
  nameCase: "inflected" | "fixed";
  people: PeopleLexicon;
  options: OptionsLexicon;
  orgs: OrgRules;
  /** File name of the language's learned tagger under models/, or null when it has none (rules only). */
  model: string | null;
}
