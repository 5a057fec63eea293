// The one binary search the engine and the anchoring need: over a list in order, where the items that come
// "before" a point all precede the rest, the index of the first item that does not.

/** The first index in [0, length) for which `before(i)` is false, or `length`; `before` must be true then false. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0,
    hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
