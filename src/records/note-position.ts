// A note's text position, checked alike when a page saves a note (../messages/checks.ts) and when a backup
// brings it back (./checks.ts): a note the save check lets in is never one a restore refuses.
import type { NoteSelectors } from "../anchor/selectors";
import { STORED } from "../limits";

/**
 * Null when start ≤ end ≤ STORED.textOffset, else what is wrong, starting with `path` (the selectors'). Run
 * after the field checks, which hold both offsets to whole numbers ≥ 0.
 * The end is held to the longest text a page may send, not to the page's own text: the background does not
 * have that text when a note is saved (a "body" note is not even in the article), and the kept analysis may
 * be a trimmed copy of it.
 */
export function notePositionProblem({ position: { start, end } }: NoteSelectors, path: string): string | null {
  if (start > end) return `${path}.position: start ${start} is after end ${end}`;
  if (end > STORED.textOffset)
    return `${path}.position: end ${end} is past the longest text (${STORED.textOffset} characters)`;
  return null;
}
