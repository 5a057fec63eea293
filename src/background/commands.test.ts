import { describe, expect, it, vi } from "vitest";
import type { ContentScriptPresence } from "../tabs/ensure-content-script";

vi.mock("webextension-polyfill", () => ({ default: {} }));
const { runCommand } = await import("./commands");

describe("runCommand", () => {
  it.each<[string, string, ContentScriptPresence, string[]]>([
    ["the toggle flips the highlights of a page that has them", "toggle-highlights", "present", ["tab/display"]],
    ["the toggle leaves a page it has just annotated showing", "toggle-highlights", "injected", []],
    ["add-note opens the editor on a page that had the script", "add-note", "present", ["tab/add-note"]],
    ["add-note opens the editor on a page it has just annotated", "add-note", "injected", ["tab/add-note"]],
    ["nothing is sent where the browser refused the script", "toggle-highlights", null, []],
    ["an unknown command sends nothing", "open-sesame", "present", []],
  ])("%s", async (_, command, presence, sent) => {
    const names: string[] = [];
    const tabs = {
      sendMessage: async (_id: number, m: unknown) => (
        names.push((m as { name: string }).name),
        { ok: true, result: {} }
      ),
    };
    await runCommand({ tabs, ensure: async () => presence }, 3, command);
    expect(names).toEqual(sent);
  });
});
