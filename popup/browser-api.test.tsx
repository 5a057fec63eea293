import { beforeEach, describe, expect, it, vi } from "vitest";

// The polyfill throws outside an extension: a fake browser records what the API sends.
const sent = vi.hoisted(() => ({
  runtime: [] as unknown[],
  tabs: [] as [number, unknown][],
  permissions: [] as unknown[],
}));
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      sendMessage: async (m: unknown) => (sent.runtime.push(m), { ok: true, result: { deleted: null, value: 1 } }),
      getURL: (p: string) => `chrome-extension://x/${p}`,
    },
    tabs: {
      sendMessage: async (id: number, m: unknown) => (
        sent.tabs.push([id, m]),
        { ok: true, result: { found: true, visible: false, status: "annotated" } }
      ),
      create: async () => ({}),
    },
    permissions: { request: async (p: unknown) => (sent.permissions.push(p), true), remove: async () => true },
    commands: { getAll: async () => [{ name: "toggle-highlights", description: "Toggle", shortcut: "Alt+Shift+H" }] },
    scripting: { executeScript: async () => [] },
  },
}));

const { browserLibraryApi, browserPopupApi } = await import("./browser-api");
const { BACKGROUND_MESSAGES } = await import("../src/messages/checks");
const { checkEnvelope } = await import("../src/messages/transport");

beforeEach(() => {
  sent.runtime.length = 0;
  sent.tabs.length = 0;
  sent.permissions.length = 0;
});

describe("browser API", () => {
  it("sends typed envelopes to the tab it describes", async () => {
    const api = browserPopupApi(42);
    expect(await api.scrollTo("p-1")).toBe(true);
    await api.display({ kinds: { expert: false } });
    expect(sent.tabs).toEqual([
      [42, { channel: "policylens/1", name: "tab/scroll-to", data: { id: "p-1" } }],
      [42, { channel: "policylens/1", name: "tab/display", data: { kinds: { expert: false } } }],
    ]);
  });

  it("sends library and settings messages to the background", async () => {
    const api = browserLibraryApi();
    await api.search("кнб", 10);
    await api.setSetting("sites.extra", ["*://*.vlast.kz/*"]);
    expect(sent.runtime).toEqual([
      { channel: "policylens/1", name: "library/search", data: { query: "кнб", limit: 10 } },
      { channel: "policylens/1", name: "settings/set", data: { key: "sites.extra", value: ["*://*.vlast.kz/*"] } },
    ]);
  });

  it("asks for library export slices, with a selection only when there is one, in envelopes the background accepts", async () => {
    const api = browserLibraryApi();
    await api.exportSlice(null, 50);
    await api.exportSlice("https://a.kz/", 50, { entity: { kind: null, name: "КНБ" } });
    expect(sent.runtime).toEqual([
      { channel: "policylens/1", name: "library/export", data: { after: null, limit: 50 } },
      {
        channel: "policylens/1",
        name: "library/export",
        data: { after: "https://a.kz/", limit: 50, filter: { entity: { kind: null, name: "КНБ" } } },
      },
    ]);
    for (const message of sent.runtime) expect(checkEnvelope(message, BACKGROUND_MESSAGES)).toBeNull();
  });

  it("asks for host access by origin pattern and reads the shortcuts", async () => {
    const api = browserLibraryApi();
    expect(await api.requestHosts(["*://*.vlast.kz/*"])).toBe(true);
    expect(sent.permissions).toEqual([{ origins: ["*://*.vlast.kz/*"] }]);
    expect(await api.shortcuts()).toEqual([
      { name: "toggle-highlights", description: "Toggle", shortcut: "Alt+Shift+H" },
    ]);
  });
});
