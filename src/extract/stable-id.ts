// Short ids that stay the same across runs on the same text: a hash of what the thing is, never a counter.

/** FNV-1a over UTF-16 code units, as 8 hex digits: short, fast, and good enough to tell a page's items apart. */
export function stableId(kind: string, key: string): string {
  let h = 0x811c9dc5;
  const s = `${kind}\u0000${key}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${kind}-${(h >>> 0).toString(16).padStart(8, "0")}`;
}
