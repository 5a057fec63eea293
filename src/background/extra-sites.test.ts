import { describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", () => ({ default: {} }));
const { extraOrigins, serialSync, syncExtraSites } = await import("./extra-sites");

const BUILT_IN = ["*://*.caravan.kz/*", "*://*.bbc.com/*"];

describe("extraOrigins", () => {
  it.each<[string, string[], string[]]>([
    ["only the manifest's sites: nothing added", BUILT_IN, []],
    ["a site the reader added", [...BUILT_IN, "*://*.news.example.org/*"], ["*://*.news.example.org/*"]],
    [
      "two added sites, in grant order",
      ["*://*.vlast.kz.example/*", ...BUILT_IN, "*://*.lsm.lv/*"],
      ["*://*.vlast.kz.example/*", "*://*.lsm.lv/*"],
    ],
    ["an all-sites grant is not an added site", [...BUILT_IN, "*://*/*", "<all_urls>"], []],
  ])("%s", (_, granted, extra) => expect(extraOrigins(granted, BUILT_IN)).toEqual(extra));
});

/** A browser whose registered scripts are kept in a map, as Chrome keeps them. */
function fakeBrowser(origins: string[]) {
  const scripts = new Map<string, { matches: string[] }>();
  const deps = {
    builtIn: BUILT_IN,
    permissions: { getAll: async () => ({ origins }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.filter((id) => scripts.has(id)).map((id) => ({ id })),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void ids.forEach((id) => scripts.delete(id)),
      registerContentScripts: async (list: { id: string; matches: string[] }[]) => {
        await Promise.resolve();
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
    },
  };
  return { deps, scripts, origins };
}

describe("syncExtraSites", () => {
  it("registers the content script for exactly the added sites, and drops it when none are left", async () => {
    const b = fakeBrowser([...BUILT_IN, "*://*.news.example.org/*"]);
    await syncExtraSites(b.deps);
    expect([...b.scripts.values()]).toEqual([
      expect.objectContaining({
        matches: ["*://*.news.example.org/*"],
        js: ["content-scripts/main.js"],
        runAt: "document_idle",
      }),
    ]);
    b.origins.splice(BUILT_IN.length);
    await syncExtraSites(b.deps);
    expect(b.scripts.size).toBe(0);
  });

  it("survives grants in quick succession when the syncs run one after another", async () => {
    const b = fakeBrowser([...BUILT_IN, "*://*.news.example.org/*"]);
    const errors: unknown[] = [];
    const sync = serialSync(
      () => syncExtraSites(b.deps),
      (e) => errors.push(e),
    );
    await Promise.all([sync(), sync(), sync()]);
    expect(errors).toEqual([]);
    expect(b.scripts.size).toBe(1);
  });

  it("fails on overlapping syncs without the queue (why serialSync exists)", async () => {
    const b = fakeBrowser([...BUILT_IN, "*://*.news.example.org/*"]);
    const results = await Promise.allSettled([syncExtraSites(b.deps), syncExtraSites(b.deps)]);
    expect(results.map((r) => r.status)).toContain("rejected");
  });

  it("keeps syncing after a failed sync", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const sync = serialSync(
      async () => {
        if (++calls === 1) throw new Error("boom");
      },
      (e) => errors.push(e),
    );
    await sync();
    await sync();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
