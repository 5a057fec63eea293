// Joins name mentions into people: "экономист Расул Рысмамбетов" … "Рысмамбетов" … "Рысмамбетова" are one
// person, "Mr. McHugh" is "Patrick McHugh". Full names first, then short forms go to the person they name.
import type { Evidence, Mention } from "../types";
import { guessNominative, isInflectionOf, looksNominative, sameShortName } from "../name-key";
import type { NameSpan } from "./name-spans";
import { masculineNominative, mayBeOblique, nominativeName } from "../lang/ru/name-cases";
import { foldRu } from "../lang/ru/endings";

/** A name in Cyrillic letters, whose given name may tell its case. */
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A man's name word in the instrumental ("Лиамом", "Хоулеттом", "Петровым"). */
const INSTRUMENTAL = /(?:ом|ым)$/u;
/** A Russian given name's ending that changes with its case: a consonant, "-й", "-ь", "-а", "-я". */
const DECLINES = /[бвгджзклмнпрстфхцчшщйьая]$/u;

export interface LinkedPerson {
  /** Word keys of every name word seen for the person. */
  keys: Set<string>;
  /** The fullest mention's keys, in order: the canonical name's shape. */
  fullKeys: string[];
  mentions: Mention[];
  spans: NameSpan[];
  evidence: Evidence[];
  /** Offset of the first mention: people are listed and ambiguities settled in text order. */
  firstAt: number;
}

const isInitial = (k: string) => k.endsWith(".");
const nameWords = (s: NameSpan) => s.keys.filter((k) => !isInitial(k));

export function linkMentions(spans: NameSpan[]): LinkedPerson[] {
  const people = new People();
  const multi = spans.filter((s) => s.confirmed && nameWords(s).length >= 2);
  // Longest names first, so "Te Kaurinui Robert Parata" exists before "Te Kaurinui Parata" joins it.
  multi.sort((x, y) => nameWords(y).length - nameWords(x).length || x.start - y.start);
  for (const s of multi) {
    const words = nameWords(s);
    const p = people.find(words, () => true) ?? people.findInflected(words);
    if (p) people.add(p, s);
    else people.create(s);
  }
  // Short forms (a surname, a given name, initials and a surname) join the person they name; when two people
  // share a surname, the one named first is the one the article keeps calling by it.
  people.sortByFirstMention();
  const rest = spans.filter((s) => !(s.confirmed && nameWords(s).length >= 2)).sort((x, y) => x.start - y.start);
  for (const s of rest) {
    const words = nameWords(s);
    const initials = s.keys.filter(isInitial).map((k) => k[0]!);
    // Initials stand for the person's other names: "А. Белов" is Александр Белов, "Б. Белов" is someone else.
    const p =
      people.find(words, (q) => initials.every((c) => [...q.keys].some((k) => k[0] === c && !words.includes(k)))) ??
      // An unconfirmed longer form of a known name ("Te Kaurinui Robert Parata" of "Te Kaurinui") is that person's full name.
      (words.length >= 2 ? people.findNamedWithin(words) : undefined);
    if (p) people.add(p, s);
    else if (s.confirmed) people.create(s);
    else if (s.tail) linkTail(people, s);
  }
  const list = people.list;
  for (const p of list) p.mentions.sort((x, y) => x.start - y.start);
  return list.sort((x, y) => x.firstAt - y.firstAt);
}

/**
 * The people found so far, in their list order, indexed by name word: a long article names hundreds of people and
 * mentions them thousands of times, and each mention asks only the people sharing one of its words.
 */
class People {
  readonly list: LinkedPerson[] = [];
  private readonly position = new Map<LinkedPerson, number>();
  private readonly byKey = new Map<string, Set<LinkedPerson>>();
  private readonly byFirstFullKey = new Map<string, LinkedPerson[]>();

  /** The first person in list order holding every one of `words` (every person when there are none) who passes `also`. */
  find(words: string[], also: (q: LinkedPerson) => boolean): LinkedPerson | undefined {
    const pool = words.length ? this.byKey.get(words[0]!) : this.list;
    return this.first(pool, (q) => words.every((k) => q.keys.has(k)) && also(q));
  }

  /**
   * The first person whose full name is `words` with a word or more in another case that the word keys do not join
   * (a stem too short to cut: "Ким Чен Ын" … "Ким Чен Ына").
   */
  findInflected(words: string[]): LinkedPerson | undefined {
    return this.first(
      this.byFirstFullKey.get(words[0]!),
      (q) => q.fullKeys.length === words.length && q.fullKeys.every((k, i) => sameShortName(k, words[i]!)),
    );
  }

  /** The first person whose full name (two words or more) lies within `words`. */
  findNamedWithin(words: string[]): LinkedPerson | undefined {
    const pool = words.flatMap((k) => this.byFirstFullKey.get(k) ?? []);
    return this.first(pool, (q) => q.fullKeys.length >= 2 && q.fullKeys.every((k) => words.includes(k)));
  }

  create(s: NameSpan): LinkedPerson {
    const p: LinkedPerson = {
      keys: new Set(),
      fullKeys: nameWords(s),
      mentions: [],
      spans: [],
      evidence: [],
      firstAt: s.start,
    };
    this.position.set(p, this.list.length);
    this.list.push(p);
    const first = p.fullKeys[0];
    if (first !== undefined) {
      const named = this.byFirstFullKey.get(first);
      if (named) named.push(p);
      else this.byFirstFullKey.set(first, [p]);
    }
    this.add(p, s);
    return p;
  }

  add(p: LinkedPerson, s: NameSpan): void {
    for (const k of nameWords(s)) {
      p.keys.add(k);
      const holders = this.byKey.get(k);
      if (holders) holders.add(p);
      else this.byKey.set(k, new Set([p]));
    }
    addMention(p, s);
  }

  sortByFirstMention(): void {
    this.list.sort((x, y) => x.firstAt - y.firstAt);
    this.list.forEach((p, i) => this.position.set(p, i));
  }

  private first(
    pool: Iterable<LinkedPerson> | undefined,
    test: (q: LinkedPerson) => boolean,
  ): LinkedPerson | undefined {
    let best: LinkedPerson | undefined;
    for (const q of pool ?? []) {
      if ((!best || this.position.get(q)! < this.position.get(best)!) && test(q)) best = q;
    }
    return best;
  }
}

/** "Позже Рысмамбетова спросили": a sentence's first word glued to a known name; the name is the rest. */
function linkTail(people: People, s: NameSpan): void {
  const tail: NameSpan = { ...s, ...s.tail!, keys: s.keys.slice(1), tail: null };
  const words = nameWords(tail);
  if (words.length === 0) return;
  const p = people.find(words, () => true);
  if (p) people.add(p, tail);
}

function addMention(p: LinkedPerson, s: NameSpan): void {
  if (p.mentions.some((m) => m.start === s.start)) return;
  p.mentions.push({ text: s.text, start: s.start, end: s.end });
  p.spans.push(s);
  p.evidence.push(...s.evidence);
  p.firstAt = Math.min(p.firstAt, s.start);
}

/**
 * The name to show: the fullest mention's words, each in its best-attested form — nominative-looking, the
 * base the other forms inflect ("Рысмамбетов", not "Рысмамбетова"), then the commonest.
 */
export function canonicalName(
  p: LinkedPerson,
  keyOf: (w: string) => string,
  givenNameForms: ReadonlySet<string> = new Set(),
): string {
  // Keys of one short name word ("ын", "ына") count as one: the shortest stands for them.
  const keys = [...new Set(p.mentions.flatMap((m) => m.text.split(/\s+/).map(keyOf)))].sort(
    (a, b) => a.length - b.length,
  );
  const one = (k: string) => keys.find((o) => sameShortName(o, k)) ?? k;
  const forms = new Map<string, Map<string, number>>();
  for (const m of p.mentions) {
    for (const w of m.text.split(/\s+/)) {
      const k = one(keyOf(w));
      const f = forms.get(k) ?? new Map<string, number>();
      f.set(w, (f.get(w) ?? 0) + 1);
      forms.set(k, f);
    }
  }
  // A Russian given name and a surname, the given name as listed, one that declines (not "Эндрю", "Ли") and no
  // other name's case ("Александра"), are in the nominative: shown as written there ("Барак Обама", not "Обамы" of
  // "семья Обамы"; "Лев Толстой", not "Толста"). Not a longer name, which may put its surname first ("Ким Чен Ына").
  const saysNominative = (s: NameSpan) => {
    const words = s.text.split(/\s+/);
    return (
      words.length === 2 &&
      CYRILLIC.test(s.text) &&
      givenNameForms.has(foldRu(words[0]!)) &&
      DECLINES.test(words[0]!) &&
      !mayBeOblique(words[0]!, givenNameForms)
    );
  };
  // A given name we do not know, or one that may be another's case, tells no case; the words before the name may
  // ("министра Доминика Рааба", "сенатора Берни Сандерса"), and so does a man's instrumental on every word ("Лиамом
  // Хоулеттом"), which no nominative shares. A listed name further on says the name's order is another ("Юлдашева
  // Кристина Камиловна").
  const nominativeOf = (s: NameSpan): string[] | null => {
    const written = s.text.split(/\s+/);
    const [given, ...rest] = written.map(foldRu);
    const unknownCase =
      !rest.some((w) => givenNameForms.has(w)) &&
      (!givenNameForms.has(given!) || mayBeOblique(given!, givenNameForms)) &&
      (p.spans.some((o) => o.oblique && o.text === s.text) || written.every((w) => INSTRUMENTAL.test(w)));
    return nominativeName(written, givenNameForms) ?? (unknownCase ? masculineNominative(written) : null);
  };
  const most = Math.max(...p.spans.map((s) => nameWords(s).length));
  const fullest = p.spans.filter((s) => nameWords(s).length === most);
  const sayNominative = fullest.find(saysNominative);
  if (sayNominative) return sayNominative.text.split(/\s+/).join(" ");
  // The fullest mention whose nominative the rules can tell, else the first.
  const full = fullest.find((s) => nominativeOf(s) !== null) ?? fullest[0]!;
  const written = full.text.split(/\s+/);
  const best = written.map((w) => bestForm(forms.get(one(keyOf(w))) ?? new Map([[w, 1]])));
  const nominative = nominativeOf(full);
  // A mention that opens with the given name so put back, its surname as in this one, is the name in the nominative
  // with a surname that does not decline ("председателя Мартина Куба" … "Мартин Куба").
  const asNominative =
    nominative &&
    fullest.find((s) => {
      const words = s.text.split(/\s+/);
      return s !== full && words[0] === nominative[0] && words.slice(1).join(" ") === written.slice(1).join(" ");
    });
  if (asNominative) return asNominative.text.split(/\s+/).join(" ");
  // A surname the rules leave as written takes the best form the mentions give ("Виктором Януковичем" … "Янукович").
  return (nominative?.map((w, i) => (i > 0 && w === written[i] ? best[i]! : w)) ?? best).join(" ");
}

/** What makes a form the one to show: looking nominative outweighs being the form others inflect, or inflecting one. */
const NOMINATIVE_SCORE = 4;
const INFLECTION_SCORE = 2;

function bestForm(counts: Map<string, number>): string {
  const all = [...counts.keys()];
  const score = (f: string) =>
    (looksNominative(f) ? NOMINATIVE_SCORE : 0) +
    (all.some((o) => isInflectionOf(o, f)) ? INFLECTION_SCORE : 0) -
    (all.some((o) => isInflectionOf(f, o)) ? INFLECTION_SCORE : 0);
  const best = all.sort((x, y) => score(y) - score(x) || counts.get(y)! - counts.get(x)! || x.length - y.length)[0]!;
  return guessNominative(best);
}
