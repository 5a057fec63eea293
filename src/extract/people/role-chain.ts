// The learned tagger's role spans (PROFESSION) chained to a name: the roles listed right before it ("доктор
// филологических наук, профессор, президент института Пушкина Виталий Костомаров", "сценарист и кинорежиссер …"),
// the appositives right after it ("Томас Шефер (Thomas Schäfer), министр финансов земли Гессен, член ХДС"), and those
// after a verb that says what the person is ("… был министром здравоохранения, а затем министром иностранных дел").
// A role.ts strategy finds one role per mention; a person is often given several at once.
import { partitionPoint } from "../../partition-point";
import { ROLE_PREDICATE_LEAD } from "../lang/every-text";

export interface Span {
  start: number;
  end: number;
}

/** Between a role and the name after it: spaces, a comma, quotes, a bracketed short form, an age ("89-летний"). */
const LAST_GAP = /^(?:[\s,«»“”"]|\([^()]{0,80}\))*(?:\p{N}+-\p{L}+\s+)?$/u;
/** Between two roles of one list: a comma, a dash, "и", "and", "а также", "а затем", a bracketed short form. */
const LIST_GAP = /^(?:[\s,«»“”"]|\([^()]{0,80}\))*(?:(?:и|and|а\s+также|а\s+затем|а\s+ныне|now)\s+)?$/u;
/** Right after a name: a bracketed form of it ("(Thomas Schäfer)", not another person), then a comma or a dash. */
const FIRST_AFTER = /^(?:\s*\([^()]{0,80}\))?\s*(?:,|—|–)\s*$/u;
const BRACKETED = /^\s*\([^()]{0,80}\)/u;
/** What leads from a name to a role after it (a verb that says what the person is), and nothing else. */
const PREDICATE_GAP = new RegExp(`^${ROLE_PREDICATE_LEAD}\\s+$`, "iu");
/** How many roles one list may hold: more is a list of people, not of one person's roles. */
const MAX_CHAIN = 5;
/** How far after a name its predicate's role may begin. */
const PREDICATE_REACH = 80;

/**
 * The role spans chained to the name at `name`, before it and after it, each in text order. `roles` are the tagger's
 * PROFESSION spans in text order; `blocked(start, end)` says a stretch holds another person's name, which ends a
 * chain.
 */
export function chainedRoles(
  text: string,
  name: Span,
  roles: readonly Span[],
  blocked: (start: number, end: number) => boolean,
): { before: Span[]; after: Span[] } {
  const out: Span[] = [];
  // Leftwards: the role ending closest before the cursor, the longest of those that end there.
  let cursor = name.start;
  for (let gap = LAST_GAP; out.length < MAX_CHAIN; gap = LIST_GAP) {
    const r = closestBefore(roles, cursor);
    if (!r || !gap.test(text.slice(r.end, cursor)) || blocked(r.start, cursor)) break;
    out.unshift(r);
    cursor = r.start;
  }
  const before = out.length;
  // Rightwards: an appositive after a comma, or the role after a predicate; then the list it opens.
  const first = firstAfter(roles, name.end);
  if (first) {
    const gap = text.slice(name.end, first.start);
    const opens = FIRST_AFTER.test(gap) || (first.start - name.end <= PREDICATE_REACH && PREDICATE_GAP.test(gap));
    const from = name.end + (BRACKETED.exec(gap)?.[0].length ?? 0);
    if (opens && !blocked(from, first.end)) {
      out.push(first);
      for (let r = firstAfter(roles, first.end); r && out.length - before < MAX_CHAIN; r = firstAfter(roles, r.end)) {
        const last = out[out.length - 1]!;
        if (!LIST_GAP.test(text.slice(last.end, r.start)) || blocked(last.end, r.end)) break;
        out.push(r);
      }
    }
  }
  return { before: out.slice(0, before), after: out.slice(before) };
}

/** Of the roles that end at or before `at`, the one that ends last (the longest of those ending there). */
function closestBefore(roles: readonly Span[], at: number): Span | null {
  let best: Span | null = null;
  for (let i = partitionPoint(roles.length, (k) => roles[k]!.start < at) - 1; i >= 0; i--) {
    const r = roles[i]!;
    if (r.end > at) continue;
    if (!best || r.end > best.end || (r.end === best.end && r.start < best.start)) best = r;
    // Spans are in order of start: once one starts before the best's start, none further left ends later.
    if (best && r.end < best.start) break;
  }
  return best;
}

/** Of the roles that begin at or after `at`, the first; the longest of those beginning there. */
function firstAfter(roles: readonly Span[], at: number): Span | null {
  let best: Span | null = null;
  for (let i = partitionPoint(roles.length, (k) => roles[k]!.start < at); i < roles.length; i++) {
    const r = roles[i]!;
    if (best && r.start > best.start) break;
    if (!best || r.end > best.end) best = r;
  }
  return best;
}
