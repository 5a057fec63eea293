// Roles measured on NEREL's dev split (Russian Wikinews with WORKS_AS person → profession relations): for each such
// relation, whether our role for that person covers the profession. Our person is the one with a mention overlapping
// the gold person's span; the role covers the profession when every content word of the profession shares a stem
// with a word of our role (see `sameStem`; hyphenated words count by their parts), so "президента США" is covered
// by "президент США", "бывший президент США" and "экс-президент США", not by "президент". Needs ../shared.
//   npx tsx scripts/eval-roles.ts [--nerel FILE]   (also run by `npm run eval`)
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractFromText } from "../src/index";

interface Entity {
  id: string;
  start: number;
  end: number;
  label: string;
  text: string;
  spans?: [number, number][];
}
interface Doc {
  id: string;
  text: string;
  entities: Entity[];
  relations: { type: string; head: string; tail: string }[];
}

/** The floor on the dev split. */
const FLOOR = 0.75;
/** Letters a stem may differ by at its end: a Russian case ending is one to three letters ("-а", "-ами", "-ою"). */
const ENDING_SLACK = 3;
/** A shorter shared stem says nothing ("пре-" of "президент" and "премьер"). */
const MIN_STEM = 3;
/** How many misses to print as examples. */
const SAMPLE = Number(process.env.ROLE_MISSES ?? 12);

const i = process.argv.indexOf("--nerel");
const FILE = i > 0 ? process.argv[i + 1]! : join(import.meta.dirname, "../../shared/data/nerel/dev.jsonl");
if (!existsSync(FILE)) {
  console.log(`NEREL dev split not found at ${FILE}: roles not measured`);
  process.exit(0);
}

/**
 * Lower-case words, "ё" as "е", hyphenated words split ("экс-президента" holds "президента"); content words only:
 * two letters or fewer are prepositions and conjunctions, unless an acronym ("РФ", "ЕС").
 */
const contentWords = (s: string) =>
  (s.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 2 || (w.length === 2 && w === w.toUpperCase()))
    .map((w) => w.toLowerCase().replace(/ё/g, "е"));

/** Two word forms of one word: they agree up to an ending of at most ENDING_SLACK letters on the shorter one. */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  const shorter = Math.min(a.length, b.length);
  return n === shorter || (n >= MIN_STEM && n >= shorter - ENDING_SLACK);
}

const covers = (role: string, profession: string) => {
  const ours = contentWords(role);
  const wanted = contentWords(profession);
  return wanted.length > 0 && wanted.every((w) => ours.some((o) => sameStem(o, w)));
};

let relations = 0;
let personFound = 0;
let withRole = 0;
let covered = 0;
/** Relations covered by any of the roles the text gives our person, not only the surest one we show first. */
let coveredAny = 0;
const perPerson = new Map<string, boolean>();
const goldPersons = new Set<string>();
const foundPersons = new Set<string>();
const misses: string[] = [];
/** Our roles of people the gold gives a profession: how many name one of those professions (either way round). */
let rolesGiven = 0;
let rolesRight = 0;
for (const line of readFileSync(FILE, "utf8").split("\n").filter(Boolean)) {
  const doc = JSON.parse(line) as Doc;
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const result = extractFromText(doc.text, { lang: "ru" });
  const ourPerson = (e: Entity) =>
    result.people.find((p) => p.mentions.some((m) => m.start < e.end && e.start < m.end));
  for (const e of doc.entities.filter((x) => x.label === "PERSON")) {
    goldPersons.add(`${doc.id}#${e.id}`);
    if (ourPerson(e)) foundPersons.add(`${doc.id}#${e.id}`);
  }
  // Per person of ours, the professions the gold gives any of the gold persons it covers.
  const professionsOf = new Map<object, string[]>();
  for (const r of doc.relations.filter((x) => x.type === "WORKS_AS")) {
    const person = byId.get(r.head);
    const profession = byId.get(r.tail);
    const ours = person && profession ? ourPerson(person) : undefined;
    if (ours) professionsOf.set(ours, [...(professionsOf.get(ours) ?? []), profession!.text]);
  }
  for (const [ours, professions] of professionsOf)
    for (const role of (ours as { roles: string[] }).roles) {
      rolesGiven++;
      if (professions.some((p) => covers(role, p) || covers(p, role))) rolesRight++;
    }
  for (const r of doc.relations.filter((x) => x.type === "WORKS_AS")) {
    const person = byId.get(r.head);
    const profession = byId.get(r.tail);
    if (!person || !profession) continue;
    relations++;
    const ours = ourPerson(person);
    if (!ours) continue;
    personFound++;
    if (ours.role) withRole++;
    if (ours.roles.some((role) => covers(role, profession.text))) coveredAny++;
    const key = `${doc.id}#${r.head}`;
    perPerson.set(key, (perPerson.get(key) ?? false) || (ours.role !== null && covers(ours.role, profession.text)));
    if (ours.role && covers(ours.role, profession.text)) covered++;
    else if (misses.length < SAMPLE)
      misses.push(`${person.text} — gold "${profession.text}", ours "${ours.role ?? ""}"`);
  }
}

const share = (n: number, of: number) => (n / Math.max(1, of)).toFixed(3);
const coverage = covered / Math.max(1, relations);
console.log(`NEREL ${i > 0 ? basename(FILE, ".jsonl") : "dev"} roles (${relations} WORKS_AS relations):`);
console.log(
  `  role covers the profession: ${coverage.toFixed(3)} (floor ${FLOOR}: ${coverage >= FLOOR ? "met" : "NOT met"}); ` +
    `of relations whose person we found: ${share(covered, personFound)}`,
);
console.log(
  `  per person: ${share([...perPerson.values()].filter(Boolean).length, perPerson.size)} of ${perPerson.size}`,
);
console.log(`  any of the person's roles covers it: ${share(coveredAny, relations)}`);
console.log(
  `  roles we give people the gold gives a profession: ${rolesGiven}, of which name one of those professions: ${share(rolesRight, rolesGiven)}`,
);
console.log(
  `  gold persons found: ${share(foundPersons.size, goldPersons.size)} of mentions (${foundPersons.size} of ${goldPersons.size}); ` +
    `relations whose person we found: ${personFound}, with a role: ${withRole}`,
);
console.log(`  misses, first ${misses.length}:`);
for (const m of misses) console.log(`    ${m}`);
