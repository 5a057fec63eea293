// A page's analysis cut to what a stored record may hold (../limits.ts STORED), so that a real page past a
// limit (a 10-million-character page, an organisation named 12,000 times) is kept trimmed, in a stated way,
// rather than kept whole and then refused when a backup of it is restored. The rule, in order:
//   1. the text is kept up to STORED.articleText characters (one fewer where the cut would split an emoji);
//   2. a mention or option ending past the kept text, or whose text is longer than STORED.text, is dropped,
//      and so is an expert or organisation left with no mention at all;
//   3. of each one's mentions, of the experts, of the organisations and of the options, the first
//      STORED.listItems are kept, in the engine's order (mentions in text order);
//   4. names, ids, roles, affiliations, proposers and the date keep their first STORED.short characters.
// How often each was really mentioned stays in the page's entity index (EntityRecord.mentionCount), which
// the page reports from the whole analysis.
import type { Mention } from "../extract/types";
import { STORED } from "../limits";
import type { ResultRecord } from "../records/types";

/** `s` cut to at most `max` characters, never between the two halves of a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const high = s.charCodeAt(max - 1);
  return s.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

const clipNullable = (s: string | null) => (s === null ? null : clip(s, STORED.short));
const first = <T>(items: T[]) => items.slice(0, STORED.listItems);

/** The record as it may be stored: an equal copy when nothing in it is past a limit. */
export function fitResult(record: ResultRecord): ResultRecord {
  const text = clip(record.text, STORED.articleText);
  const fits = (s: { text: string; end: number }) => s.end <= text.length && s.text.length <= STORED.text;
  const mentionsIn = (mentions: Mention[]) =>
    first(mentions.filter(fits).map(({ text: t, start, end }) => ({ text: t, start, end })));
  const named = <E extends { id: string; name: string; mentions: Mention[] }>(entities: E[]) =>
    first(
      entities
        .map((e) => ({
          ...e,
          id: clip(e.id, STORED.short),
          name: clip(e.name, STORED.short),
          mentions: mentionsIn(e.mentions),
        }))
        .filter((e, i) => e.mentions.length > 0 || entities[i]!.mentions.length === 0),
    );
  return {
    ...record,
    text,
    published: clipNullable(record.published),
    experts: named(record.experts).map((e) => ({
      ...e,
      role: clipNullable(e.role),
      roles: first(e.roles).map((r) => clip(r, STORED.short)),
      affiliation: clipNullable(e.affiliation),
    })),
    organisations: named(record.organisations),
    policyOptions: first(
      record.policyOptions.filter(fits).map((o) => ({
        ...o,
        id: clip(o.id, STORED.short),
        proposer: clipNullable(o.proposer),
        proposerId: clipNullable(o.proposerId),
      })),
    ),
  };
}
