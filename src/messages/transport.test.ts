import { describe, expect, it } from "vitest";
import { BACKGROUND_MESSAGES, TAB_MESSAGES } from "./checks";
import { callBackground, callTab, checkEnvelope, envelope, readPanelMessage, tellPanels, unwrap } from "./transport";

describe("checkEnvelope", () => {
  it.each<[string, unknown, string | null]>([
    ["a valid envelope", { channel: "policylens/1", name: "notes/delete", data: { id: "n1" } }, null],
    ["not an object", "notes/delete", "message must be an object"],
    ["null", null, "message must be an object"],
    ["another channel", { channel: "other/1", name: "notes/delete", data: { id: "n1" } }, "not a PolicyLens message"],
    ["an unknown name", { channel: "policylens/1", name: "notes/drop", data: {} }, 'unknown message "notes/drop"'],
    [
      "a name from Object.prototype",
      { channel: "policylens/1", name: "toString", data: {} },
      'unknown message "toString"',
    ],
    [
      "a tab message sent to the background",
      { channel: "policylens/1", name: "tab/run", data: {} },
      'unknown message "tab/run"',
    ],
    [
      "bad data, named by message and field",
      { channel: "policylens/1", name: "notes/delete", data: { id: "" } },
      "notes/delete.id must not be empty",
    ],
    ["no data", { channel: "policylens/1", name: "ping" }, "ping must be an object, not undefined"],
  ])("%s", (_, message, error) => {
    expect(checkEnvelope(message, BACKGROUND_MESSAGES)).toBe(error);
  });

  it("reads a table of bare checks (the tab's) as well as one of `{ check, from }`", () => {
    expect(checkEnvelope(envelope("tab/scroll-to", { id: "p1" }), TAB_MESSAGES)).toBeNull();
    expect(checkEnvelope(envelope("tab/display", { visible: "yes" } as never), TAB_MESSAGES)).toBe(
      "tab/display.visible must be true or false",
    );
  });
});

describe("unwrap", () => {
  it.each<[string, unknown, { result: unknown } | { error: string }]>([
    ["a result", { ok: true, result: { found: true } }, { result: { found: true } }],
    ["an error reply", { ok: false, error: "invalid message: x" }, { error: "invalid message: x" }],
    ["no reply (nobody listened)", undefined, { error: 'No answer to "tab/state"' }],
    ["a reply without ok", { result: 1 }, { error: 'No answer to "tab/state"' }],
  ])("%s", (_, reply, expected) => {
    if ("result" in expected) expect(unwrap(reply, "tab/state")).toEqual(expected.result);
    else expect(() => unwrap(reply, "tab/state")).toThrow(expected.error);
  });
});

describe("calling", () => {
  it("sends an envelope to the background and to a tab, and answers the result", async () => {
    const sent: unknown[] = [];
    const runtime = { sendMessage: async (m: unknown) => (sent.push(m), { ok: true, result: { version: "1.0" } }) };
    const tabs = {
      sendMessage: async (id: number, m: unknown) => (sent.push([id, m]), { ok: true, result: { found: false } }),
    };
    expect(await callBackground(runtime, "ping", {})).toEqual({ version: "1.0" });
    expect(await callTab(tabs, 7, "tab/scroll-to", { id: "p1" })).toEqual({ found: false });
    expect(sent).toEqual([
      { channel: "policylens/1", name: "ping", data: {} },
      [7, { channel: "policylens/1", name: "tab/scroll-to", data: { id: "p1" } }],
    ]);
  });
});

describe("side-panel messages", () => {
  const hover = envelope("panel/hover", { tabId: 7, id: "p1" });
  const background = { id: "ext" };
  it.each<[string, unknown, { id?: string; tab?: unknown }, boolean]>([
    ["the background's hover", hover, background, true],
    ["a change with no tab", envelope("panel/changed", { tabId: null }), background, true],
    ["the same from a content script (it has a tab)", hover, { id: "ext", tab: { id: 7 } }, false],
    ["the same from another extension", hover, { id: "other" }, false],
    ["a popup's request to the background going by", envelope("notes/list", { pageKeys: ["k"] }), background, false],
    ["a hover naming no tab", { ...hover, data: { id: "p1" } }, background, false],
    ["a hover with a negative tab", envelope("panel/hover", { tabId: -1, id: null }), background, false],
  ])("%s", (_, message, sender, accepted) => {
    expect(readPanelMessage(message, sender, "ext")).toBe(accepted ? message : null);
  });

  it("tells panels without failing when no page listens", async () => {
    const sent: unknown[] = [];
    const runtime = {
      sendMessage: async (m: unknown) => {
        sent.push(m);
        throw new Error("Could not establish connection. Receiving end does not exist.");
      },
    };
    expect(() => tellPanels(runtime, "panel/changed", { tabId: 3 })).not.toThrow();
    await Promise.resolve();
    expect(sent).toEqual([envelope("panel/changed", { tabId: 3 })]);
  });
});
