// Tags as readers type them: "economy, #КНБ  mining" → ["economy", "КНБ", "mining"]. A tag is one word
// (no spaces, so it exports as an Obsidian #tag); case is kept, duplicates ignoring case are dropped.

const SEPARATORS = /[\s,;]+/;
const MAX_TAG_LENGTH = 100;
const MAX_TAGS = 50;

export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(SEPARATORS)) {
    const tag = raw.replace(/^#+/, "").slice(0, MAX_TAG_LENGTH);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}

export const formatTags = (tags: string[]) => tags.join(", ");
