// The outlet a story comes from: "передает Caravan.kz", "пишет РИА Новости", "Reuters reported". It is the page's
// source, not one of the story's bodies, so it is marked (Organisation.outlet) and the popup shows it as the
// source; it stays in the list with its mentions, as the labelling guide counts it. A news outlet is one the page's
// own address names, one written as a web address, one a news noun introduces ("агентства Reuters") or one known
// by name; it is the source when at least half its mentions stand in a source's words ("передает …", "… reported"),
// or when the page's address names it and the text never names it otherwise more than twice (a story about it).
import type { Token } from "../analysis/tokens";
import type { OutletWords } from "../lang/language-module";
import { CONFIDENCE, type Candidate } from "./candidate";
import type { Organisation } from "../types";
import { nameKey } from "./normalise";

/** Characters before a mention searched for a source's words: "по данным информационного агентства «". */
const REACH = 60;
/** A name written as a web address: "Caravan.kz", "Zakon.kz". */
const WEB_ADDRESS = /\.\p{L}{2,}$/u;
/** Mentions of the page's own outlet outside a source's words that make the story about it. */
const ABOUT_IT = 3;

/** The page's host without "www.", lower case; null without an address. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** Whether the host is the outlet's: "caravan.kz" for "Caravan.kz", "tengrinews.kz" for "Tengrinews", "bbc.co.uk" for "BBC". */
function namesHost(org: Organisation, host: string | null): boolean {
  if (!host) return false;
  const site = host.split(".").slice(-2).join(".");
  const names = [host, site, site.split(".")[0], siteName(host)];
  return [org.name, ...org.variants].some((n) => names.includes(n.toLowerCase().replace(/\s+/g, "")));
}

/** Labels of an address that name no outlet: top-level and second-level domains, mobile and section subdomains. */
const NOT_SITE_LABELS = new Set(["www", "m", "amp", "news", "com", "co", "org", "net", "gov", "ac", "edu"]);
/** A shorter label is no name ("rt" would match every "RT"): the name must say itself. */
const MIN_SITE_NAME = 4;

/** The name a page's address gives its outlet: "kursiv" of kursiv.media, "bbc" of bbc.co.uk; null when none. */
function siteName(host: string | null): string | null {
  const labels =
    host
      ?.split(".")
      .slice(0, -1)
      .filter((l) => !NOT_SITE_LABELS.has(l)) ?? [];
  const name = labels[labels.length - 1];
  return name && name.length >= MIN_SITE_NAME ? name : null;
}

/**
 * The page's own outlet named in plain words ("Kursiv reported" on kursiv.media), which no other rule may know: a
 * capitalised word inside a sentence that is the name its address gives. A sentence's first word may be any word
 * ("Time is short" on time.com).
 */
export function findOwnSiteName(tokens: readonly Token[], url: string | null): Candidate[] {
  const name = siteName(hostOf(url));
  if (!name) return [];
  return tokens
    .filter((t) => t.cap && !t.sentenceStart && t.text.toLowerCase() === name)
    .map((t) => ({ start: t.start, end: t.end, cue: "page's outlet", confidence: CONFIDENCE.gazetteer }));
}

/** Whether a mention stands in a source's words: "передает Caravan.kz", "пишет Metro", "Reuters reported". */
export function inSourceWords(text: string, m: { start: number; end: number }, words: OutletWords): boolean {
  return (
    words.before.test(text.slice(Math.max(0, m.start - REACH), m.start)) ||
    words.after.test(text.slice(m.end, m.end + REACH))
  );
}

export function markOutlets(
  text: string,
  orgs: Organisation[],
  words: OutletWords,
  url: string | null,
): Organisation[] {
  const host = hostOf(url);
  const known = new Set([...words.mediaNames].map(nameKey));
  return orgs.map((org) => {
    const before = (m: { start: number }) => text.slice(Math.max(0, m.start - REACH), m.start);
    const sourced = org.mentions.filter((m) => inSourceWords(text, m, words));
    const ownSite = namesHost(org, host);
    const media =
      ownSite ||
      [org.name, ...org.variants].some((n) => WEB_ADDRESS.test(n) || known.has(nameKey(n))) ||
      org.mentions.some((m) => words.mediaBefore.test(before(m)));
    const outlet =
      media &&
      (sourced.length * 2 >= org.mentions.length || (ownSite && org.mentions.length - sourced.length < ABOUT_IT));
    return outlet === org.outlet ? org : { ...org, outlet };
  });
}
