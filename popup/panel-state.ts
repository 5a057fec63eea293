// What the side panel shows, as a reducer over what it hears: the browser's tab events (a tab brought to the
// front, a page finished loading) and the background's word (a tab's annotations or notes changed, the pointer
// is over an annotation). The panel follows the tab in front in its own window, as a sidebar beside it should.
import type { DataOf, Envelope, PanelProtocol } from "../src/messages/types";

export type PanelEvent =
  | { type: "activated"; tabId: number; windowId: number }
  | { type: "updated"; tabId: number; status?: string }
  | { type: "changed"; tabId: number | null }
  | { type: "hover"; tabId: number; id: string | null };

export interface PanelState {
  /** The window the panel belongs to: it follows the tab brought to the front there. */
  windowId: number | null;
  /** The panel's own tab when it is opened as a page in a tab: bringing that to the front is no switch. */
  ownTabId: number | null;
  /** The tab described (null before one is known). */
  tabId: number | null;
  /** Counts the described tab's changes, so the view reads its annotations and notes again on each. */
  revision: number;
  /** The annotation under the reader's pointer on the described tab's page. */
  hovered: string | null;
}

/** The next state; the same object when the event changes nothing, so the view does not render again. */
export function nextPanelState(s: PanelState, e: PanelEvent): PanelState {
  switch (e.type) {
    case "activated":
      if (e.windowId !== s.windowId || e.tabId === s.ownTabId || e.tabId === s.tabId) return s;
      return { ...s, tabId: e.tabId, hovered: null };
    case "updated":
      // A finished load is a new page (or the same one reloaded): read it again, nothing is under the pointer.
      if (e.tabId !== s.tabId || e.status !== "complete") return s;
      return { ...s, revision: s.revision + 1, hovered: null };
    case "changed":
      if (e.tabId !== null && e.tabId !== s.tabId) return s;
      return { ...s, revision: s.revision + 1 };
    case "hover":
      if (e.tabId !== s.tabId || e.id === s.hovered) return s;
      return { ...s, hovered: e.id };
  }
}

/** The event a background message (already checked: readPanelMessage) brings. */
export function panelEventOf(message: Envelope<keyof PanelProtocol>): PanelEvent {
  if (message.name === "panel/hover") return { type: "hover", ...(message.data as DataOf<"panel/hover">) };
  return { type: "changed", tabId: message.data.tabId };
}
