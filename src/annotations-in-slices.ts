// The page's annotations built and placed in slices of the reader's main thread: on a huge page (100,000
// paragraphs) building every view and mapping each of its mentions to a range took one task of several hundred
// milliseconds. Each step here is one view or one span; `slice` (../yield.ts's slicer) gives the thread back
// whenever a slice's time is up, so no task grows long however big the result. Pure: ranges come from `rangeOf`.
import type { AnnotationView, TextSpan } from "./annotations";

/** `await slice()` between steps: yields once the current slice of work is used up (../yield.ts). */
export type Slice = () => Promise<void> | void;

/** Every item of `items` (a generator's steps run one by one), giving the thread back between them. */
export async function collectInSlices<T>(items: Iterable<T>, slice: Slice): Promise<T[]> {
  const out: T[] = [];
  for (const item of items) {
    out.push(item);
    await slice();
  }
  return out;
}

/** One annotation and the ranges its spans cover on the page (a span whose text is gone has none). */
export interface Placed<R> {
  item: AnnotationView;
  ranges: R[];
}

/** Each view with its spans' ranges, a span at a time. */
export async function placeInSlices<R>(
  views: readonly AnnotationView[],
  rangeOf: (span: TextSpan) => R | null,
  slice: Slice,
): Promise<Placed<R>[]> {
  const placed: Placed<R>[] = [];
  for (const item of views) {
    const ranges: R[] = [];
    for (const span of item.spans) {
      const range = rangeOf(span);
      if (range) ranges.push(range);
      await slice();
    }
    placed.push({ item, ranges });
  }
  return placed;
}
