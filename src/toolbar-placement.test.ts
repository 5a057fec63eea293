import { describe, expect, it } from "vitest";
import { placeToolbar, type Rect, type Size, TOOLBAR_GAP as GAP, VIEWPORT_MARGIN as M } from "./toolbar-placement";

const VIEWPORT = { width: 1000, height: 800 };
const BAR = { width: 180, height: 34 };
const rect = (top: number, left: number, bottom: number, right: number): Rect => ({ top, left, bottom, right });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("selection toolbar placement", () => {
  it.each<[string, Rect, Size, { top: number; left: number }, Size?]>([
    [
      "room above: just above, at the selection's start",
      rect(300, 200, 320, 500),
      BAR,
      { top: 300 - GAP - 34, left: 200 },
    ],
    ["exactly enough room above", rect(M + GAP + 34, 200, 80, 500), BAR, { top: M, left: 200 }],
    ["one pixel short above: below instead", rect(M + GAP + 33, 200, 80, 500), BAR, { top: 80 + GAP, left: 200 }],
    ["at the top of the viewport: below", rect(10, 200, 30, 500), BAR, { top: 30 + GAP, left: 200 }],
    [
      "a two-line toolbar measured taller: placed by its own height",
      rect(300, 200, 320, 500),
      { width: 120, height: 60 },
      { top: 300 - GAP - 60, left: 200 },
    ],
    ["near the right edge: pushed left into view", rect(300, 950, 320, 990), BAR, { top: 260, left: 1000 - M - 180 }],
    ["starting left of the viewport: at the margin", rect(300, -40, 320, 200), BAR, { top: 260, left: M }],
    [
      "a toolbar wider than the viewport: at the left margin",
      rect(300, 200, 320, 500),
      { width: 1200, height: 34 },
      { top: 260, left: M },
    ],
    ["taller than the viewport: the top edge, in view", rect(-200, 100, 1200, 900), BAR, { top: M, left: 100 }],
    [
      "no room on either side of a short viewport: the top edge",
      rect(20, 100, 70, 300),
      BAR,
      { top: M, left: 100 },
      { width: 1000, height: 90 },
    ],
    ["scrolled above the viewport: kept at its top", rect(-300, 100, -200, 300), BAR, { top: M, left: 100 }],
    [
      "scrolled below the viewport: kept at its bottom",
      rect(1200, 100, 1220, 300),
      BAR,
      { top: 800 - M - 34, left: 100 },
    ],
  ])("%s", (_, selection, bar, expected, viewport = VIEWPORT) => {
    expect(placeToolbar(selection, bar, viewport)).toEqual(expected);
  });

  it.each<[string, Rect, number, { top: number; left: number }]>([
    ["a selection starting mid-line: lined up with its start", rect(300, 100, 360, 900), 640, { top: 260, left: 640 }],
    [
      "starting near the right edge: pushed left into view",
      rect(300, 100, 360, 900),
      950,
      { top: 260, left: 1000 - M - 180 },
    ],
  ])("%s", (_, selection, startX, expected) => {
    expect(placeToolbar(selection, BAR, VIEWPORT, startX)).toEqual(expected);
  });

  // Every placement that can keep clear of the selection does, and every one stays in the viewport.
  it.each([
    rect(300, 200, 320, 500),
    rect(10, 0, 30, 1000),
    rect(40, 900, 60, 1000),
    rect(700, 10, 790, 40),
    rect(0, 500, 750, 520),
    rect(100, 600, 700, 990),
  ])("clear of %o and on screen", (selection) => {
    const { top, left } = placeToolbar(selection, BAR, VIEWPORT);
    const bar = rect(top, left, top + BAR.height, left + BAR.width);
    expect(overlaps(bar, selection)).toBe(false);
    expect([bar.top >= M, bar.left >= M, bar.bottom <= 800 - M, bar.right <= 1000 - M]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
