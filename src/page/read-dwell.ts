// When an article counts as read, so that it enters the reader's library: once it has been in the foreground
// (its tab visible) for long enough, counted per address. Pure: the content script feeds it the visibility
// changes and the clock, and asks how long is left. A new address starts the count again, so a page that
// changes its URL faster than anyone reads (a pushState flood) records at most the one it settles on.

/** Foreground time an article needs before it is taken as read: long enough to read a headline and a lead, far
 *  longer than a script takes to flip addresses; a reader who leaves sooner can still keep it with a note. */
export const READ_DWELL_MS = 5000;

export interface ReadDwell {
  /** The tab became visible or hidden at `now`. */
  setVisible(now: number, visible: boolean): void;
  /** Foreground time still needed at `now` (0: read). */
  remaining(now: number): number;
}

/** Starts counting at `now` for an address shown in a tab that is (or is not) `visible`. */
export function startReadDwell(now: number, visible: boolean, needMs = READ_DWELL_MS): ReadDwell {
  let counted = 0;
  let visibleSince: number | null = visible ? now : null;
  const shown = (at: number) => counted + (visibleSince === null ? 0 : Math.max(0, at - visibleSince));
  return {
    setVisible(at, isVisible) {
      counted = shown(at);
      visibleSince = isVisible ? at : null;
    },
    remaining: (at) => Math.max(0, needMs - shown(at)),
  };
}
