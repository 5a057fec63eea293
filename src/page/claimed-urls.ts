// The addresses a page claims for itself: `<link rel=canonical href>` and `<meta property="og:url" content>`.
// Read here only: the engine takes the canonical address for its result, the content script reports both
// so the background can give the page every identity it has (normalise-url.ts). Reads the DOM, never writes it.

/** The two claims as written (either may be relative or empty); null where the page makes none. */
export interface ClaimedUrls {
  canonical: string | null;
  ogUrl: string | null;
}

export function readClaimedUrls(doc: ParentNode): ClaimedUrls {
  return {
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    ogUrl: doc.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null,
  };
}

/** `raw` made absolute against `base`; null when it is empty or not a URL. */
export function absoluteUrl(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The page's canonical address: its canonical link, else its og:url (a canonical link written empty wins), absolute. */
export function canonicalUrlOf(doc: ParentNode, base: string | null): string | null {
  const { canonical, ogUrl } = readClaimedUrls(doc);
  return absoluteUrl(canonical ?? ogUrl, base);
}
