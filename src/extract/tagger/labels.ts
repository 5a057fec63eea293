// The tagger's BIO tag set for a list of entity labels: tag 0 is O, label k has B = 1 + 2k and I = 2 + 2k.
// Which tag may follow which is decided here once, so training and decoding forbid the same transitions.

/** Tag index of O (outside any entity). */
export const OUTSIDE = 0;

/** Number of BIO tags for `labelCount` entity labels. */
export const tagCount = (labelCount: number): number => 1 + 2 * labelCount;

export const beginTag = (label: number): number => 1 + 2 * label;
export const insideTag = (label: number): number => 2 + 2 * label;

/** The entity label a tag belongs to, or -1 for O. */
export const labelOf = (tag: number): number => (tag === OUTSIDE ? -1 : (tag - 1) >> 1);

export const isInside = (tag: number): boolean => tag !== OUTSIDE && (tag & 1) === 0;

/** May `next` follow `prev` (prev -1: the sentence's first token)? I-X only continues B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev >= 0 && labelOf(prev) === labelOf(next);
}

/** Tag names for reports and tests: "O", "B-PER", "I-PER"… */
export function tagNames(labels: readonly string[]): string[] {
  return ["O", ...labels.flatMap((l) => [`B-${l}`, `I-${l}`])];
}
