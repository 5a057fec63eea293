// A page's identity: the URL reduced to what names the article, so the same article reached through
// a newsletter link, a share button, its AMP copy or its canonical address keeps the same notes.
// Pure string work on WHATWG URLs; it never fetches anything.

/** Query parameters that only say how the reader arrived (campaigns, click ids, referrers), never which article. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "ysclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "igshid",
  "igsh",
  "ref",
  "ref_src",
  "ref_url",
  "referrer",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "vero_id",
  "oly_anon_id",
  "oly_enc_id",
  "rb_clickid",
  "_openstat",
  "cmpid",
  "s_cid",
  "ncid",
  "guccounter",
]);
/** Prefixes of tracking parameter families (utm_source, utm_medium, …; Yandex's from_* is not one: it can be content). */
const TRACKING_PREFIXES = ["utm_", "hsa_", "pk_", "mtm_"];

/**
 * Host prefixes that name a copy of the same site. "www." is dropped: news sites serve one article on
 * both hosts (redirecting one to the other), and no site serves different articles on www. and the bare
 * host. "m." and "amp." are the mobile and AMP copies of the same articles.
 */
const COPY_HOST_PREFIXES = ["www.", "m.", "amp."];

/** Fragments that are routes of a single-page site ("#!/story/1", "#/story/1"), not places in a page. */
const ROUTE_FRAGMENT = /^#!?\//;

/** AMP copies in the path: "/amp/" or a trailing "/amp" segment, and "name.amp.html". */
const AMP_PATH_SEGMENT = /\/amp(?=\/|$)/g;
const AMP_EXTENSION = /\.amp\.html?$/i;

/** Google's AMP cache serves "https://example.com/a" as "https://example-com.cdn.ampproject.org/c/s/example.com/a". */
const AMP_CACHE_HOST = /\.cdn\.ampproject\.org$/;
const AMP_CACHE_PATH = /^\/[a-z]\/(s\/)?(.+)$/;

/** The normalised URL of a page, or null when `raw` is not an absolute http(s) URL. */
export function normaliseUrl(raw: string, base?: string): string | null {
  const url = parse(raw, base);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
  const original = unwrapAmpCache(url);
  if (!original) return null;
  return [
    // One scheme: the same article is served on both and sites redirect http to https.
    "https://",
    normaliseHost(original.hostname),
    original.port ? `:${original.port}` : "",
    normalisePath(original.pathname),
    normaliseQuery(original.searchParams),
    ROUTE_FRAGMENT.test(original.hash) ? original.hash : "",
  ].join("");
}

export interface PageUrls {
  url: string;
  /** `<link rel=canonical href>`, as written (it may be relative). */
  canonical?: string | null;
  /** `<meta property="og:url" content>`, as written. */
  ogUrl?: string | null;
}

/** Every identity of a page: its own normalised URL first, then its canonical and og:url ones, without repeats. */
export function pageIdentities(page: PageUrls): string[] {
  const own = normaliseUrl(page.url);
  const ids = own ? [own] : [];
  for (const other of [page.canonical, page.ogUrl]) {
    if (!other) continue;
    const id = normaliseUrl(other, page.url);
    if (id && !ids.includes(id) && !(own && claimsHomePage(id, own))) ids.push(id);
  }
  return ids;
}

// Some sites put their home page in every article's canonical or og:url; taking it as an identity
// would merge every article's notes into one page.
function claimsHomePage(id: string, own: string): boolean {
  return new URL(id).pathname === "/" && new URL(own).pathname !== "/";
}

function parse(raw: string, base?: string): URL | null {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return null;
  }
}

function unwrapAmpCache(url: URL): URL | null {
  if (!AMP_CACHE_HOST.test(url.hostname)) return url;
  const inner = AMP_CACHE_PATH.exec(url.pathname);
  if (!inner) return url;
  return parse(`${inner[1] ? "https" : "http"}://${inner[2]}${url.search}`);
}

function normaliseHost(host: string): string {
  const prefix = COPY_HOST_PREFIXES.find((p) => host.startsWith(p));
  // Keep at least a name and a top-level domain: "www.kz" is a host of its own.
  return prefix && host.slice(prefix.length).includes(".") ? host.slice(prefix.length) : host;
}

function normalisePath(path: string): string {
  const p = path
    .replace(AMP_EXTENSION, ".html")
    .replace(AMP_PATH_SEGMENT, "")
    // Percent escapes in one case: "%d0%b0" and "%D0%B0" are the same letter.
    .replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase())
    // "/news/a/" and "/news/a" are one article on news sites; the root stays "/".
    .replace(/\/+$/, "");
  return p || "/";
}

function normaliseQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const [key, value] of params) {
    if (isTracking(key) || isAmpSwitch(key, value)) continue;
    kept.append(key, value);
  }
  // The order of parameters never changes the article, so sort them for one spelling.
  kept.sort();
  const query = kept.toString();
  return query ? `?${query}` : "";
}

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_PARAMS.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
}

// "?amp", "?amp=1" (many CMSs) and "?outputType=amp" (Arc XP) ask for the AMP copy of the same article.
function isAmpSwitch(key: string, value: string): boolean {
  const k = key.toLowerCase();
  return k === "amp" || (k === "outputtype" && value.toLowerCase() === "amp");
}
