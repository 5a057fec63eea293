// Our word lists as tagger features: which lists a word (or its word key, so inflected forms count) belongs to.
// The lists are the rules' own (lexiconFor(lang) and the lists every text gets); the tagger only reads them,
// so a word added for the rules becomes a feature too (a change of lists is a change of the feature version).
import type { Lang } from "../types";
import { lexiconFor } from "../lang";
import { GAZETTEER, NOT_ORG_ACRONYMS, ORG_HEAD_STARTS, PLACE_NAMES } from "../lang/every-text";
import { wordKey } from "../name-key";
import { fingerprint } from "./hash";

/** Shortest start of a word that is looked up among organisations' head stems ("мэри", "мид" are short). */
const MIN_HEAD_START = 3;

export interface WordLists {
  /** The list names a word is in: "given", "role", "title", "notname", "orghead", "speech", "place", "acrstop", "gaz", "gaz1". */
  flags(word: string, lower: string): string[];
}

const cache = new Map<Lang, WordLists>();

export function wordListsFor(lang: Lang): WordLists {
  let lists = cache.get(lang);
  if (!lists) cache.set(lang, (lists = build(lang)));
  return lists;
}

/** Every list `flags` reads for a language, as written: the flags and their fingerprint are built from this alone. */
function sources(lang: Lang) {
  const people = lexiconFor(lang).people;
  return {
    people,
    places: PLACE_NAMES.map((p) => p.toLowerCase()),
    acronyms: NOT_ORG_ACRONYMS,
    headStarts: ORG_HEAD_STARTS,
    gazetteer: GAZETTEER.flatMap((e) => [e.name, ...(e.aliases ?? [])]),
  };
}

function build(lang: Lang): WordLists {
  const { people, places: placeList, acronyms: acronymList, headStarts, gazetteer: names } = sources(lang);
  const places = new Set(placeList);
  const acronyms = new Set(acronymList);
  const heads = new Set(headStarts);
  const gazWords = new Set(names.flatMap((n) => n.split(/\s+/)).map(wordKey));
  const gazWhole = new Set(names.filter((n) => !/\s/.test(n)).map((n) => n.toLowerCase()));
  const isHead = (key: string, lower: string) => {
    if (people.orgHeads.has(key)) return true;
    for (let n = MIN_HEAD_START; n <= lower.length; n++) if (heads.has(lower.slice(0, n))) return true;
    return false;
  };
  return {
    flags(word, lower) {
      const key = wordKey(lower);
      const out: string[] = [];
      if (people.givenNames.has(key)) out.push("given");
      if (people.modelRoleNouns.has(key)) out.push("role");
      if (people.titles.has(lower)) out.push("title");
      if (people.notNames.has(key)) out.push("notname");
      if (isHead(key, lower)) out.push("orghead");
      if (people.speechVerb.test(lower)) out.push("speech");
      if (places.has(lower)) out.push("place");
      if (acronyms.has(word)) out.push("acrstop");
      if (gazWords.has(key)) out.push("gaz");
      if (gazWhole.has(lower)) out.push("gaz1");
      return out;
    },
  };
}

/**
 * A fingerprint of every list `flags` reads for a language, as eight hex digits. The model card records it when a
 * model is trained (scripts/tagger/model-card.ts) and model-file.test.ts compares: a word added to one of these
 * lists changes the models' input, and the model must be trained again (or the word kept in a list it does not read).
 */
export function wordListsFingerprint(lang: Lang): string {
  const { people, places, acronyms, headStarts, gazetteer } = sources(lang);
  const sorted = (items: Iterable<string>) => [...items].sort();
  const lists = {
    given: sorted(people.givenNames),
    role: sorted(people.modelRoleNouns),
    title: sorted(people.titles),
    notname: sorted(people.notNames),
    orghead: [...sorted(people.orgHeads), ...sorted(headStarts)],
    speech: people.speechVerb.source,
    place: sorted(places),
    acrstop: sorted(acronyms),
    gaz: sorted(gazetteer),
  };
  return fingerprint(lists);
}
