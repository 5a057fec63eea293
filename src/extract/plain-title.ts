// A page's title without the site's or author's name after it ("… | Eleanor Ainge Roy", "… — Caravan.kz"),
// when the page itself gives the plain title elsewhere (its social card, its structured data, its h1): the
// title is then that plain title followed by a separator and a short suffix. Without such a plain title
// nothing is cut: a dash in a headline ("… – экономист") cannot be told from a site's name by its shape alone.

/**
 * What separates a headline from a site or author name. A hyphen, dash, slash or underscore counts only with a
 * space before it, so "COVID-19" or "2024/25" is never cut.
 */
const SEPARATOR = /^(?:\s*(?:\||::|·|•|»)\s*|\s+(?:--|[-–—/_])\s*)(?=\S)/;
/** A suffix of more words than this is a subtitle, not a site's or an author's name. */
const MAX_SUFFIX_WORDS = 6;
/** Limits on reading JSON-LD for headlines: nesting depth and objects visited, so a huge graph costs little. */
const MAX_JSON_DEPTH = 6;
const MAX_JSON_NODES = 500;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The title without its suffix when one of `plainTitles` is the title with the suffix removed (the longest such,
 * so the least is cut); otherwise the title as it was.
 */
export function withoutSuffix(title: string, plainTitles: readonly string[]): string {
  const full = squash(title);
  let best: string | null = null;
  for (const plain of plainTitles.map(squash)) {
    if (plain === "" || plain.length >= full.length || !full.startsWith(plain)) continue;
    if (best !== null && plain.length <= best.length) continue;
    const rest = full.slice(plain.length);
    const separator = SEPARATOR.exec(rest);
    if (!separator) continue;
    const suffix = rest.slice(separator[0].length);
    if (suffix.length >= plain.length || suffix.split(" ").length > MAX_SUFFIX_WORDS) continue;
    best = plain;
  }
  return best ?? title;
}

/** The `headline` strings of a JSON-LD block (in @graph and nested objects too); none when it does not parse. */
export function jsonLdHeadlines(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const found: string[] = [];
  let visited = 0;
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== "object" || depth > MAX_JSON_DEPTH || ++visited > MAX_JSON_NODES) return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    const { headline } = node as { headline?: unknown };
    if (typeof headline === "string") found.push(headline);
    for (const value of Object.values(node)) visit(value, depth + 1);
  };
  visit(data, 0);
  return found;
}
