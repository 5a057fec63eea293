import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { envelope } from "../messages/transport";
import type { DataOf, MessageName, PanelProtocol } from "../messages/types";
import { makeNote, SENDERS, testRouter } from "../../test/support/records";
import type { Sender } from "./router";

const { content, popup } = SENDERS;
/** The popup opened as a page in a tab of its own ("Open in a tab"): the browser gives it a tab too. */
const popupInTab: Sender = { ...popup, tab: { id: 12 } };
type Told = [keyof PanelProtocol, unknown][];

function setup() {
  const told: Told = [];
  const router = testRouter({ tellPanels: (name, data) => void told.push([name, data]) });
  return { ...router, told };
}

const note = makeNote({ text: "важно" });

describe("what the side panel is told", () => {
  it.each<[string, MessageName, DataOf<MessageName>, Sender, Told]>([
    ["a hover, with the sender's tab", "page/hover", { id: "p1" }, content, [["panel/hover", { tabId: 7, id: "p1" }]]],
    ["the pointer leaving", "page/hover", { id: null }, content, [["panel/hover", { tabId: 7, id: null }]]],
    ["a page drawn again", "page/drawn", {}, content, [["panel/changed", { tabId: 7 }]]],
    ["a note saved on the page", "notes/save", { note }, content, [["panel/changed", { tabId: 7 }]]],
    ["a note saved in the popup", "notes/save", { note }, popup, [["panel/changed", { tabId: null }]]],
    [
      "a note saved in the popup open in a tab",
      "notes/save",
      { note },
      popupInTab,
      [["panel/changed", { tabId: null }]],
    ],
    ["a note deleted", "notes/delete", { id: note.id }, popup, [["panel/changed", { tabId: null }]]],
    [
      "notes found or lost on the page",
      "notes/set-orphaned",
      { ids: [note.id], orphaned: true },
      content,
      [["panel/changed", { tabId: 7 }]],
    ],
    ["nothing for a ping", "ping", {}, content, []],
  ])("%s", async (_label, name, data, sender, expected) => {
    const { handle, told } = setup();
    const reply = await handle(envelope(name, data as never), sender);
    expect(reply.ok).toBe(true);
    expect(told).toEqual(expected);
  });

  it.each<[MessageName, DataOf<MessageName>]>([
    ["page/hover", { id: "p1" }],
    ["page/drawn", {}],
  ])("refuses %s from an extension page, in a tab or not, and tells nothing", async (name, data) => {
    const { handle, told } = setup();
    for (const sender of [popup, popupInTab]) {
      const reply = await handle(envelope(name, data as never), sender);
      expect(reply).toEqual({ ok: false, error: "only a tab's content script reports its page" });
    }
    expect(told).toEqual([]);
  });

  it("refuses a hover naming something that is not an annotation id", async () => {
    const { handle, told } = setup();
    const reply = await handle(envelope("page/hover", { id: "" }), content);
    expect(reply.ok).toBe(false);
    expect(told).toEqual([]);
  });
});
