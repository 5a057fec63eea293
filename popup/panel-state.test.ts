import { describe, expect, it } from "vitest";
import { envelope } from "../src/messages/transport";
import { nextPanelState, panelEventOf, type PanelEvent, type PanelState } from "./panel-state";

/** A panel in window 1 describing tab 10, opened as a page in tab 99. */
const START: PanelState = { windowId: 1, ownTabId: 99, tabId: 10, revision: 0, hovered: "p1" };

describe("nextPanelState", () => {
  it.each<[string, PanelEvent, Partial<PanelState>]>([
    [
      "follows a tab brought to the front in its window",
      { type: "activated", tabId: 11, windowId: 1 },
      { tabId: 11, hovered: null },
    ],
    ["ignores a tab brought to the front in another window", { type: "activated", tabId: 11, windowId: 2 }, {}],
    ["keeps its tab when its own page is brought to the front", { type: "activated", tabId: 99, windowId: 1 }, {}],
    [
      "reads its tab again when a page finished loading there",
      { type: "updated", tabId: 10, status: "complete" },
      { revision: 1, hovered: null },
    ],
    ["waits while the page is still loading", { type: "updated", tabId: 10, status: "loading" }, {}],
    ["ignores loads in other tabs", { type: "updated", tabId: 11, status: "complete" }, {}],
    ["reads its tab again when its annotations changed", { type: "changed", tabId: 10 }, { revision: 1 }],
    ["reads again when notes changed from an extension page", { type: "changed", tabId: null }, { revision: 1 }],
    ["ignores changes in other tabs", { type: "changed", tabId: 11 }, {}],
    ["marks what the pointer is over", { type: "hover", tabId: 10, id: "o2" }, { hovered: "o2" }],
    ["unmarks when the pointer leaves", { type: "hover", tabId: 10, id: null }, { hovered: null }],
    ["ignores the pointer in other tabs", { type: "hover", tabId: 11, id: "o2" }, {}],
  ])("%s", (_, event, change) => {
    expect(nextPanelState(START, event)).toEqual({ ...START, ...change });
  });

  it.each<PanelEvent>([
    { type: "activated", tabId: 10, windowId: 1 },
    { type: "hover", tabId: 10, id: "p1" },
    { type: "changed", tabId: 11 },
  ])("answers the same state when nothing changes (%o)", (event) => {
    expect(nextPanelState(START, event)).toBe(START);
  });

  it("takes the first tab brought to the front when it had none", () => {
    const none = { ...START, tabId: null, hovered: null };
    expect(nextPanelState(none, { type: "activated", tabId: 5, windowId: 1 }).tabId).toBe(5);
  });
});

describe("panelEventOf", () => {
  it.each<[Parameters<typeof panelEventOf>[0], PanelEvent]>([
    [envelope("panel/hover", { tabId: 3, id: "p1" }), { type: "hover", tabId: 3, id: "p1" }],
    [envelope("panel/hover", { tabId: 3, id: null }), { type: "hover", tabId: 3, id: null }],
    [envelope("panel/changed", { tabId: 3 }), { type: "changed", tabId: 3 }],
    [envelope("panel/changed", { tabId: null }), { type: "changed", tabId: null }],
  ])("%o", (message, event) => {
    expect(panelEventOf(message)).toEqual(event);
  });
});
