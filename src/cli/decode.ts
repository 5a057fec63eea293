// A file's bytes as text. A saved page is read in the encoding it declares: a byte order mark, else a
// <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…"> in its head (the HTML standard's
// prescan, simplified), else UTF-8; plain text by its byte order mark, else as UTF-8. Many Russian and Kazakh
// sites still serve windows-1251 or koi8-r, which read as UTF-8 are noise. The platform's TextDecoder (WHATWG
// Encoding, full ICU in Node) knows every label a browser knows.

/**
 * Bytes searched for a declaration. The standard's prescan stops at 1024; browsers keep looking through the
 * head, and pages with long inline scripts or styles declare later, so this reads further (still only the head).
 */
const PRESCAN_BYTES = 64 * 1024;

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

const COMMENT = /<!--[\s\S]*?-->/g;
const HEAD_END = /<\/head[\s>]|<body[\s>]/i;
const META = /<meta[\s/]([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?([^\s"';]+)/i;

/** The encoding a page is in: its byte order mark's, else the one its head declares, else UTF-8. */
export function htmlEncoding(bytes: Uint8Array): string {
  return bomEncoding(bytes) ?? declaredEncoding(bytes) ?? "utf-8";
}

/** A page as text (TextDecoder drops the byte order mark). */
export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(htmlEncoding(bytes)).decode(bytes);
}

/** Plain text declares nothing: its byte order mark, else UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(bomEncoding(bytes) ?? "utf-8").decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1] ?? null;
}

/** The encoding the head's first usable <meta> declares, as a label TextDecoder accepts; null when none does. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // A declaration is ASCII in every encoding that can be declared this way: one character per byte finds it.
  const start = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT, "");
  const end = start.search(HEAD_END);
  const head = end >= 0 ? start.slice(0, end) : start;
  for (const [, attributes] of head.matchAll(META)) {
    const label = metaCharset(attributes!);
    if (label !== null) {
      const encoding = supported(label);
      if (encoding !== null) return encoding;
    }
  }
  return null;
}

function metaCharset(attributes: string): string | null {
  const attrs = new Map<string, string>();
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, values.find((v) => v !== undefined) ?? "");
  }
  const charset = attrs.get("charset");
  if (charset !== undefined) return charset;
  if (attrs.get("http-equiv")?.toLowerCase() !== "content-type") return null;
  return CHARSET_IN_CONTENT.exec(attrs.get("content") ?? "")?.[1] ?? null;
}

/**
 * The standard's rules for a declared label: UTF-16 cannot be declared from inside the page (the bytes that
 * declared it were read as ASCII), so it means UTF-8; x-user-defined means windows-1252; unknown labels are skipped.
 */
function supported(label: string): string | null {
  if (label.trim().toLowerCase() === "x-user-defined") return "windows-1252";
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  return encoding.startsWith("utf-16") ? "utf-8" : encoding;
}
