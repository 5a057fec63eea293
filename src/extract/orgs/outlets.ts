// The outlet a story comes from: "передает Caravan.kz", "пишет РИА Новости", "Reuters reported". It is the page's
// source, not one of the story's bodies, so it is marked (Organisation.outlet) and the popup shows it as the
// source; it stays in the list with its mentions, as the labelling guide counts it. A news outlet is one the page's
// own address names, one written as a web address, one a news noun introduces ("агентства Reuters") or one known
// by name; it is the source when at least half its mentions stand in a source's words ("передает …", "… reported"),
// or when the page's address names it and the text never names it otherwise more than twice (a story about it).
import type { OutletWords } from "../lang/language-module";
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

/** Whether the host is the outlet's: "caravan.kz" for "Caravan.kz", "tengrinews.kz" for "Tengrinews". */
function namesHost(org: Organisation, host: string | null): boolean {
  if (!host) return false;
  const site = host.split(".").slice(-2).join(".");
  return [org.name, ...org.variants].some((n) => {
    const bare = n.toLowerCase().replace(/\s+/g, "");
    return bare === host || bare === site || bare === site.split(".")[0];
  });
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
    const sourced = org.mentions.filter(
      (m) => words.before.test(before(m)) || words.after.test(text.slice(m.end, m.end + REACH)),
    );
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
