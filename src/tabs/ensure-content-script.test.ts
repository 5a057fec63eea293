import { describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: {} }));
const { ANSWER_POLL_MS, CONTENT_SCRIPT, ensureContentScriptWith, FIRST_RUN_WITHIN_MS } =
  await import("./ensure-content-script");

type Answer = "silent" | "not-run" | "annotated" | "not-article";

/** A tab whose script answers `tab/state` as the script says, one entry per question (the last one repeats). */
function fakeTab(answers: Answer[], { refuse = false } = {}) {
  const asked: string[] = [];
  const injected: unknown[] = [];
  let slept = 0;
  const deps = {
    tabs: {
      sendMessage: async (_id: number, m: unknown) => {
        asked.push((m as { name: string }).name);
        const a = answers[Math.min(asked.length - 1, answers.length - 1)];
        if (a === "silent") throw new Error("Could not establish connection. Receiving end does not exist.");
        return { ok: true, result: { status: a } };
      },
    },
    scripting: {
      executeScript: async (injection: unknown) => {
        if (refuse) throw new Error("Cannot access contents of the page");
        injected.push(injection);
      },
    },
    sleep: async (ms: number) => void (slept += ms),
  };
  return { deps, asked, injected, slept: () => slept };
}

describe("ensureContentScript", () => {
  it.each<[string, Answer[], "present" | "injected", number]>([
    ["a script that answers is left alone", ["annotated"], "present", 0],
    ["a script still on its first run is there already", ["not-run"], "present", 0],
    [
      "an injected script is waited for until it listens and has run",
      ["silent", "silent", "silent", "not-run", "annotated"],
      "injected",
      1,
    ],
    ["a page that is not an article ends the wait too", ["silent", "not-article"], "injected", 1],
  ])("%s", async (_, answers, presence, injections) => {
    const tab = fakeTab(answers);
    expect(await ensureContentScriptWith(tab.deps, 7)).toBe(presence);
    expect(tab.injected).toEqual(Array(injections).fill({ target: { tabId: 7 }, files: [CONTENT_SCRIPT] }));
    if (presence === "injected") expect(tab.asked).toHaveLength(answers.length);
    expect(tab.asked.every((n) => n === "tab/state")).toBe(true);
  });

  it("answers null where the browser refuses the script (its own pages, the store)", async () => {
    const tab = fakeTab(["silent"], { refuse: true });
    expect(await ensureContentScriptWith(tab.deps, 7)).toBeNull();
  });

  it("stops waiting for a script that never answers, after the bound", async () => {
    const tab = fakeTab(["silent"]);
    expect(await ensureContentScriptWith(tab.deps, 7)).toBe("injected");
    expect(tab.slept()).toBe(FIRST_RUN_WITHIN_MS);
    expect(tab.asked).toHaveLength(1 + FIRST_RUN_WITHIN_MS / ANSWER_POLL_MS);
  });
});
