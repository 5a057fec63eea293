import { describe, expect, it } from "vitest";
import { LIMITS } from "../limits";
import { checkFromFrame, checkToFrame, editorFrameUrl, HANDOVER, isHandover, secretOf } from "./editor-frame";

const value = { text: "заметка", tags: ["a", "тег"], color: "green" };
const open = { type: "open", quote: "q", initial: value, deletable: false, scheme: "dark" };

describe("messages to the editor frame", () => {
  it.each([
    ["an open", open, true],
    ["a failure", { type: "failed", error: "disk full" }, true],
    ["an unknown type", { type: "eval", code: "x" }, false],
    ["no type", { quote: "q" }, false],
    ["an unknown scheme", { ...open, scheme: "sepia" }, false],
    ["an extra field", { ...open, extra: 1 }, false],
    ["a colour not offered", { ...open, initial: { ...value, color: "black" } }, false],
    ["not an object", "open", false],
  ])("%s: %s", (_, message, ok) => expect(checkToFrame(message)).toBe(ok));
});

describe("messages from the editor frame", () => {
  it.each([
    ["a save", { type: "save", value }, true],
    ["a size", { type: "size", height: 240 }, true],
    ["a delete", { type: "delete" }, true],
    ["a cancel", { type: "cancel" }, true],
    ["a huge size", { type: "size", height: 1e9 }, false],
    ["a text over the limit", { type: "save", value: { ...value, text: "x".repeat(LIMITS.noteText + 1) } }, false],
    ["an empty tag", { type: "save", value: { ...value, tags: [""] } }, false],
    ["an open (the wrong direction)", open, false],
    ["null", null, false],
  ])("%s: %s", (_, message, ok) => expect(checkFromFrame(message)).toBe(ok));
});

describe("the handover", () => {
  const secret = "5d1c0a0e-2f4e-4b4e-9d7e-7b3f0e1a2c3d";
  const port = {};
  it.each([
    ["the channel, the secret and one port", { channel: HANDOVER, secret }, [port], true],
    ["a wrong secret", { channel: HANDOVER, secret: "guess" }, [port], false],
    ["no port", { channel: HANDOVER, secret }, [], false],
    ["two ports", { channel: HANDOVER, secret }, [port, port], false],
    ["another channel", { channel: "policylens/1", secret }, [port], false],
    ["no data", null, [port], false],
  ])("%s", (_, data, ports, ok) => expect(isHandover(data, ports, secret)).toBe(ok));

  it("accepts nothing when the frame has no secret", () =>
    expect(isHandover({ channel: HANDOVER, secret: "" }, [port], "")).toBe(false));

  it("carries the secret in the frame's address and reads it back", () => {
    const url = editorFrameUrl("chrome-extension://x/content-scripts/notes/editor-frame.html", secret);
    expect(secretOf(new URL(url).hash)).toBe(secret);
  });
});
