// Turns what a reader types as a site ("vlast.kz", "https://www.vlast.kz/news/1") into the host permission
// pattern the browser grants and the content script registration uses: the site and its subdomains.
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

export function sitePattern(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `https://${s.replace(/^\*\./, "")}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, "");
  return HOST.test(host) ? `*://*.${host}/*` : null;
}

/** The site a pattern names, for display ("*://*.vlast.kz/*" → "vlast.kz"). */
export const siteOf = (pattern: string): string => pattern.replace(/^\*:\/\/\*\./, "").replace(/\/\*$/, "");
