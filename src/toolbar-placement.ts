// Where the selection toolbar goes: above the selection when there is room in the viewport, else below it, never
// over the selected words and never off-screen. Pure: the content script passes the selection's rectangle and
// the toolbar's own size after layout (its width depends on the language and font), all in viewport pixels,
// and adds the page's scroll to the answer.

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between the selection and the toolbar, so the toolbar never touches the selected words. */
export const TOOLBAR_GAP = 6;
/** Space kept between the toolbar and the viewport's edges. */
export const VIEWPORT_MARGIN = 4;

/**
 * The toolbar's top-left corner, in viewport pixels. `selection` is the selection's bounding rectangle (what the
 * toolbar keeps clear of); `startX` is where its first line begins, which the toolbar lines up with, so a
 * selection that starts mid-line gets its toolbar there rather than at the column's edge.
 */
export function placeToolbar(
  selection: Rect,
  toolbar: Size,
  viewport: Size,
  startX = selection.left,
): { top: number; left: number } {
  const above = selection.top - TOOLBAR_GAP - toolbar.height;
  const below = selection.bottom + TOOLBAR_GAP;
  const lowest = Math.max(VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - toolbar.height);
  // A selection taller than the viewport leaves no free side: the toolbar then takes the viewport's top edge,
  // covering a part of it rather than going out of reach.
  const wanted = above >= VIEWPORT_MARGIN ? above : below <= lowest ? below : VIEWPORT_MARGIN;
  // A selection scrolled out of view keeps its toolbar at the nearer edge of the viewport.
  const top = Math.min(lowest, Math.max(VIEWPORT_MARGIN, wanted));
  const rightmost = viewport.width - VIEWPORT_MARGIN - toolbar.width;
  // Pushed left at the right edge; a toolbar wider than the viewport starts at its margin.
  const left = Math.max(VIEWPORT_MARGIN, Math.min(startX, rightmost));
  return { top, left };
}
