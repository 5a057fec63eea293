// The fixture scoring rules of ../shared/tools/score-page.mjs, in TypeScript, so the page tests
// (test/extract/) and the compromise bench need no shared folder: names match up to inflected endings;
// options match on word overlap; leaks are annotations of names that appear only outside the article.
import type { ExtractResult } from "../../src/extract/types";

export interface Gold {
  lang: string;
  experts?: { name: string; role?: string; mentions?: string[] }[];
  optionalExperts?: string[];
  organisations?: { name: string; mentions?: string[] }[];
  optionalOrganisations?: string[];
  policyOptions?: { text: string; proposer: string | null }[];
  optionalPolicyOptions?: string[];
  notPolicyOptions?: string[];
  outsideArticle?: string[];
}

export interface Score {
  f1: number;
  leaks: string[];
  falsePositives: string[];
  missed: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”„'’`()[\].,:;!?–—-]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
const sameWord = (a: string, b: string) => {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 3) return false;
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  return p >= Math.max(3, Math.max(a.length, b.length) - 3) && p >= n - 2;
};
const samePhrase = (a: string, b: string) => {
  const x = norm(a),
    y = norm(b);
  return x.length > 0 && x.length === y.length && x.every((w, i) => sameWord(w, y[i]!));
};
const f1 = (tp: number, fp: number, nGold: number) => {
  const p = tp + fp ? tp / (tp + fp) : nGold ? 0 : 1;
  const r = nGold ? tp / nGold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

type Named = { name: string; mentions?: (string | { text: string })[] };
const surfaces = (e: Named) => [e.name, ...(e.mentions ?? []).map((m) => (typeof m === "string" ? m : m.text))];
const matches = (p: Named, gold: string[]) => surfaces(p).some((s) => gold.some((g) => samePhrase(s, g)));

export function scoreEntities(predicted: Named[], gold: Named[], optional: string[], outside: string[]): Score {
  const used = new Set<number>();
  let tp = 0,
    fp = 0;
  const leaks: string[] = [],
    falsePositives: string[] = [];
  for (const p of predicted) {
    const gi = gold.findIndex((g, i) => !used.has(i) && matches(p, surfaces(g)));
    if (gi >= 0) {
      used.add(gi);
      tp++;
      continue;
    }
    if (gold.some((g) => matches(p, surfaces(g)))) continue;
    if (matches(p, outside)) {
      leaks.push(p.name);
      fp++;
      continue;
    }
    if (matches(p, optional)) continue;
    fp++;
    falsePositives.push(p.name);
  }
  return {
    f1: f1(tp, fp, gold.length),
    leaks,
    falsePositives,
    missed: gold.filter((_, i) => !used.has(i)).map((g) => g.name),
  };
}

const overlap = (a: string, b: string) => {
  const x = norm(a),
    y = norm(b);
  return {
    ofGold: y.length ? y.filter((w) => x.some((v) => sameWord(v, w))).length / y.length : 0,
    ofPred: x.length ? x.filter((v) => y.some((w) => sameWord(v, w))).length / x.length : 0,
  };
};
const optionMatches = (p: string, g: string) => {
  const o = overlap(p, g);
  return o.ofGold >= 0.5 && o.ofPred >= 0.3;
};

export function scoreOptions(
  result: ExtractResult,
  gold: Gold,
): Score & { proposerAccuracy: number | null; negativesHit: string[] } {
  const goldList = gold.policyOptions ?? [];
  const used = new Set<number>();
  let tp = 0,
    fp = 0,
    right = 0,
    asked = 0;
  const leaks: string[] = [],
    falsePositives: string[] = [],
    negativesHit: string[] = [];
  for (const p of result.policyOptions) {
    const gi = goldList.findIndex((g, i) => !used.has(i) && optionMatches(p.text, g.text));
    if (gi >= 0) {
      used.add(gi);
      tp++;
      const want = goldList[gi]!.proposer;
      if (want) {
        asked++;
        if (p.proposer && samePhrase(norm(p.proposer).slice(-1).join(" "), norm(want).slice(-1).join(" "))) right++;
      }
      continue;
    }
    if (goldList.some((g) => optionMatches(p.text, g.text))) continue;
    if ((gold.outsideArticle ?? []).some((o) => overlap(p.text, o).ofGold >= 0.8)) {
      leaks.push(p.text);
      fp++;
      continue;
    }
    if ((gold.optionalPolicyOptions ?? []).some((o) => optionMatches(p.text, o))) continue;
    if ((gold.notPolicyOptions ?? []).some((n) => optionMatches(p.text, n))) negativesHit.push(p.text);
    fp++;
    falsePositives.push(p.text);
  }
  return {
    f1: f1(tp, fp, goldList.length),
    leaks,
    falsePositives,
    negativesHit,
    proposerAccuracy: asked ? right / asked : null,
    missed: goldList.filter((_, i) => !used.has(i)).map((g) => g.text),
  };
}

export function scorePage(result: ExtractResult, gold: Gold) {
  const outside = gold.outsideArticle ?? [];
  return {
    experts: scoreEntities(
      result.people.filter((p) => p.expert),
      gold.experts ?? [],
      gold.optionalExperts ?? [],
      outside,
    ),
    organisations: scoreEntities(
      result.organisations,
      gold.organisations ?? [],
      gold.optionalOrganisations ?? [],
      outside,
    ),
    policyOptions: scoreOptions(result, gold),
    peopleLeaks: result.people.filter((p) => matches(p, outside)).map((p) => p.name),
  };
}
