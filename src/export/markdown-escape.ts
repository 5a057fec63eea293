// Making page-derived strings literal in Markdown (CommonMark plus the Obsidian extensions readers use),
// so a headline like "*Breaking* [1] #news" shows as typed instead of as emphasis, a link and a tag.

/**
 * Punctuation that starts a construct anywhere in a line: emphasis and code (* _ `), links and Obsidian
 * wikilinks/embeds ([ ] !), HTML and autolinks (< >), entities (&), tags (#), tables (|), strikethrough (~),
 * math ($) and block references (^). CommonMark lets any ASCII punctuation be backslash-escaped.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>&#|~$^!]/g;

/** Obsidian highlights (==) and comments (%%) need the character twice: escape only then, so "10%" stays "10%". */
const DOUBLED_SPECIAL = /([=%])(?=\1)/g;

/** List markers at the start of a line (- + 1. 1)); quotes, headings and other breaks are inline-escaped already. */
const BULLET_START = /^(\s*)([-+])/;
const ORDERED_START = /^(\s*\d+)([.)])/;

/** `s` as literal inline text on one line (line breaks folded to spaces). */
export function escapeInline(s: string): string {
  const oneLine = s.replace(/\s*[\r\n]+\s*/g, " ");
  return oneLine
    .replace(INLINE_SPECIAL, "\\$&")
    .replace(DOUBLED_SPECIAL, "\\$1")
    .replace(BULLET_START, "$1\\$2")
    .replace(ORDERED_START, "$1\\$2");
}

/** `s` as a blockquote whose every line is literal. */
export function blockquote(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === "" ? ">" : `> ${escapeInline(line)}`))
    .join("\n");
}

/** A URL as an autolink; characters that would end or break the autolink are percent-encoded. */
export function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/**
 * A tag as Obsidian reads it: letters, digits, _ - / only (spaces become -), and not all digits
 * (Obsidian ignores #2024, so it becomes #_2024). Empty when nothing usable is left.
 */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/[^\p{L}\p{N}\p{M}_\-/]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (cleaned === "") return "";
  return /^\d+$/.test(cleaned) ? `#_${cleaned}` : `#${cleaned}`;
}
