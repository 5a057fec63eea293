// Readability keeps what follows an article inside its body: the author's bio with social handles, "A version
// of this article appears in print", "Читайте также", share and subscribe lines. Names there are not the
// article's, so the text is cut before the first such paragraph near the end.
import type { DomText } from "../anchor/dom-text";
import { BOILERPLATE_OPENINGS } from "./lang/every-text";

/** Only this many last paragraphs are looked at: boilerplate sits at the very end. */
const TAIL_PARAGRAPHS = 12;
/** Never cut into the first part of the text, whatever it says. */
const MIN_KEPT_SHARE = 0.5;
const BOILERPLATE = BOILERPLATE_OPENINGS;

/** The text without its trailing boilerplate paragraphs (segments cut to match). */
export function trimTrailingBoilerplate(dom: DomText): DomText {
  const starts = [0, ...Array.from(dom.text.matchAll(/\n\n/g), (m) => m.index! + 2)];
  let cut = dom.text.length;
  for (const start of starts.slice(-TAIL_PARAGRAPHS)) {
    if (start < dom.text.length * MIN_KEPT_SHARE) continue;
    const end = dom.text.indexOf("\n\n", start);
    const paragraph = dom.text.slice(start, end < 0 ? undefined : end);
    if (BOILERPLATE.some((re) => re.test(paragraph))) {
      cut = start;
      break;
    }
  }
  if (cut === dom.text.length) return dom;
  const text = dom.text.slice(0, cut).replace(/\s+$/, "");
  const segments = dom.segments
    .filter((s) => s.start < text.length)
    .map((s) =>
      s.end <= text.length
        ? s
        : { ...s, end: text.length, nodeOffsets: s.nodeOffsets?.slice(0, text.length - s.start + 1) ?? null },
    );
  return { text, segments };
}
