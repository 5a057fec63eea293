// Names that the text itself says are bodies by listing them under a class noun (Hearst's patterns): "Instagram,
// Atlas, WhatsApp, and dozens of other … companies", "companies such as Tesco and Aldi", "Ansar al-Sharia, an
// al-Qaeda-linked organization". No cue word need stand next to the name: the list says what it is. The class
// nouns and the list words are the language module's (OrgRules.listedBodies); a language without them gets none.
import type { Analysis } from "../analysis/types";
import type { ListedBodies } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";
import { isPlace } from "./places";

/** A capitalised name: capitalised words, or a particle glued to one ("al-Sharia"), joined by single spaces. */
const NAME = /\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00a0](?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{N}'’.-]*))*/gu;
/** What joins two names of a list: a comma, "and" / "or" (the language's), or both. */
const joiner = (conjunctions: string) => new RegExp(`^(?:,[ \\u00a0]|,?[ \\u00a0](?:${conjunctions})[ \\u00a0])$`, "u");
/** Lower-case words allowed between the list's last "and" and "other" ("and dozens of other …"). */
const QUANTIFIER_WORDS = 2;
/** Words allowed between "other" and the class noun ("other internet and technology companies"). */
const MODIFIER_WORDS = 4;
/** Words allowed in an appositive before its class noun ("an al-Qaeda-linked organization"). */
const APPOSITIVE_WORDS = 4;

interface Span {
  start: number;
  end: number;
}

/** A language's list patterns, built from its words once rather than for every sentence. */
interface Patterns {
  lists: ListedBodies;
  join: RegExp;
  other: RegExp;
  example: RegExp;
  appositive: RegExp;
}

const compiled = new WeakMap<ListedBodies, Patterns>();

function patternsOf(lists: ListedBodies): Patterns {
  let p = compiled.get(lists);
  if (!p) {
    p = {
      lists,
      join: joiner(lists.conjunctions.join("|")),
      other: new RegExp(
        `(,?[ \\u00a0](?:${lists.conjunctions.join("|")})(?:[ \\u00a0]\\p{Ll}+){0,${QUANTIFIER_WORDS}}[ \\u00a0])(?:${lists.other.join("|")})((?:[ \\u00a0][\\p{Ll}-]+){1,${MODIFIER_WORDS + 1}})`,
        "gu",
      ),
      example: new RegExp(`(\\p{L}+),?[ \\u00a0](?:${lists.examples.join("|")})[ \\u00a0]`, "gu"),
      appositive: new RegExp(
        `^,[ \\u00a0](?:${lists.articles.join("|")})((?:[ \\u00a0][^\\s,.;:()]+){1,${APPOSITIVE_WORDS + 1}}?)(?=[,.;:—–)]|[ \\u00a0][—–-]|$)`,
        "u",
      ),
    };
    compiled.set(lists, p);
  }
  return p;
}

export function findListedBodies({ text, sentences, lowerCaseWords }: Analysis, lists: ListedBodies): Candidate[] {
  if (!lists.nouns.size) return [];
  const patterns = patternsOf(lists);
  const out: Candidate[] = [];
  for (const s of sentences) {
    const names = [...s.text.matchAll(NAME)].map((m) => withoutCommonWords(m[0], m.index!, lowerCaseWords));
    if (!names.length) continue;
    const found = [...beforeOther(s.text, names, patterns), ...afterExample(s.text, names, patterns)];
    found.push(...appositive(s.text, names, patterns));
    for (const f of found) {
      const start = s.start + f.start,
        end = s.start + f.end;
      if (!isPlace(text.slice(start, end)))
        out.push({ start, end, cue: `listed: ${f.noun}`, confidence: CONFIDENCE.context });
    }
  }
  return out;
}

/** A name without the common words a sentence opened it with ("But Facebook" → "Facebook"). */
function withoutCommonWords(name: string, at: number, lowerCase: ReadonlySet<string>): Span {
  const words = name.split(/(?<=[ \u00a0])/);
  let start = at;
  while (words.length > 1 && lowerCase.has(words[0]!.trim().toLowerCase())) start += words.shift()!.length;
  return { start, end: at + name.length };
}

/** A list walked back from `at`: names joined by commas and conjunctions, nearest first. */
function listEndingAt(text: string, names: Span[], at: number, join: RegExp): Span[] {
  const list: Span[] = [];
  for (let i = names.length - 1, end = at; i >= 0; i--) {
    const n = names[i]!;
    if (n.end > end) continue;
    if (n.end !== end) break;
    list.push(n);
    const k = i - 1;
    if (k < 0 || !join.test(text.slice(names[k]!.end, n.start))) break;
    end = names[k]!.end;
  }
  return list;
}

/** "X, Y(,) and (dozens of) other … Ns": the names before "other". */
function beforeOther(text: string, names: Span[], { lists, join, other }: Patterns) {
  const out: (Span & { noun: string })[] = [];
  for (const m of text.matchAll(other)) {
    const noun = m[2]!
      .trim()
      .split(/[ \u00a0]/)
      .find((w) => lists.nouns.has(w));
    if (!noun) continue;
    for (const n of listEndingAt(text, names, m.index!, join)) out.push({ ...n, noun });
  }
  return out;
}

/** "Ns such as X, Y and Z": the names after the example word. */
function afterExample(text: string, names: Span[], { lists, join, example }: Patterns) {
  const out: (Span & { noun: string })[] = [];
  for (const m of text.matchAll(example)) {
    const noun = m[1]!.toLowerCase();
    if (!lists.nouns.has(noun)) continue;
    let at = m.index! + m[0].length;
    for (let i = 0; i < names.length; i++) {
      const n = names[i]!;
      if (n.start < at) continue;
      if (n.start !== at) break;
      out.push({ ...n, noun });
      const next = names[i + 1];
      if (!next || !join.test(text.slice(n.end, next.start))) break;
      at = next.start;
    }
  }
  return out;
}

/** "X, an al-Qaeda-linked organization": a name whose appositive is a class noun with a few modifiers. */
function appositive(text: string, names: Span[], { lists, appositive: after }: Patterns) {
  const out: (Span & { noun: string })[] = [];
  for (const n of names) {
    const m = after.exec(text.slice(n.end));
    if (!m) continue;
    const words = m[1]!.trim().split(/[ \u00a0]/);
    const noun = words[words.length - 1]!;
    // The class noun must head the appositive: no preposition before it ("a spokesman for the company").
    if (lists.nouns.has(noun) && !words.slice(0, -1).some((w) => lists.stopBefore.has(w))) out.push({ ...n, noun });
  }
  return out;
}
