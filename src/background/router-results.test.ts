import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { envelope } from "../messages/transport";
import type { LibraryExportSlice } from "../records/views";
import { SENDERS, testRouter } from "../../test/support/records";
import type { Sender } from "./router";

const { content, library } = SENDERS;
const KEY = "https://www.caravan.kz/news/x/";
const TEXT =
  "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов. По его словам, нужно срочно создать агентство стратегических активов или передать контроль за ними КНБ и Минфину.";
const meta = (url: string | null) => ({
  title: "Активы",
  byline: null,
  published: null,
  url,
  canonicalUrl: null,
  isArticle: true,
  notArticleReason: null,
});
const page = (url: string) => ({ url, canonicalUrl: null, ogUrl: null, title: "Активы", lang: "ru" as const });
const inTab = (id: number) => ({ ...content, tab: { id } });

async function call<T>(
  handle: ReturnType<typeof testRouter>["handle"],
  name: Parameters<typeof envelope>[0],
  data: unknown,
  sender: Sender = content,
): Promise<T> {
  const reply = await handle(envelope(name, data as never), sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as T;
}

describe("keeping a page's result", () => {
  it("keeps the result the background computed for the tab under the key page/seen gives", async () => {
    const { handle, db } = testRouter();
    await call(handle, "engine/run", { text: TEXT, lang: "ru", meta: meta(KEY) });
    const { pageKey } = await call<{ pageKey: string }>(handle, "page/seen", { page: page(KEY), annotations: [] });
    const kept = await db.results.get(pageKey);
    expect(kept?.text).toBe(TEXT);
    expect(kept?.experts.map((e) => e.name)).toEqual(["Расул Рысмамбетов"]);
    expect(kept?.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(["КНБ", "Минфин"]));
    expect(kept?.analysedAt).toBe(1000);
  });

  it("keeps a looked-up page's result for when the page is entered", async () => {
    const { handle, db } = testRouter();
    await call(handle, "engine/run", { text: TEXT, lang: "ru", meta: meta(KEY) });
    await call(handle, "page/seen", { page: page(KEY), annotations: [], lookup: true });
    expect(await db.results.count()).toBe(0);
    await call(handle, "page/seen", { page: page(KEY), annotations: [] });
    expect((await db.results.get(KEY))?.text).toBe(TEXT);
  });

  it("keeps the result of a page read from its HTML", async () => {
    const { JSDOM } = await import("jsdom");
    const { readArticleForTransfer } = await import("../extract/article-transfer");
    const html = readFileSync(new URL("../../test/pages/caravan-rare-earths/source.html", import.meta.url), "utf8");
    const { handle, db } = testRouter({
      readPage: async (h, u) => readArticleForTransfer(new JSDOM(h).window.document, u),
    });
    await call(handle, "engine/read-page", { html, url: KEY });
    await call(handle, "page/seen", { page: page(KEY), annotations: [] });
    expect((await db.results.get(KEY))?.experts.map((e) => e.role)).toContain("экономист");
    // Parsing a whole news page in jsdom takes seconds on a busy machine.
  }, 30_000);

  it.each([
    ["a run in another tab", inTab(8), KEY, KEY],
    ["a run for another address", content, "https://www.caravan.kz/news/y/", KEY],
    ["a run without an address", content, null, KEY],
  ])("keeps nothing after %s", async (_label, runSender, runUrl, seenUrl) => {
    const { handle, db } = testRouter();
    await call(handle, "engine/run", { text: TEXT, lang: "ru", meta: meta(runUrl) }, runSender);
    await call(handle, "page/seen", { page: page(seenUrl), annotations: [] });
    expect(await db.results.count()).toBe(0);
  });

  it("keeps the last result on a visit the background did not analyse, and replaces it on one it did", async () => {
    const { handle, db } = testRouter();
    await call(handle, "engine/run", { text: TEXT, lang: "ru", meta: meta(KEY) });
    await call(handle, "page/seen", { page: page(KEY), annotations: [] });
    await call(handle, "page/seen", { page: page(KEY), annotations: [] });
    expect((await db.results.get(KEY))?.text).toBe(TEXT);
    await call(handle, "engine/run", {
      text: "Экономист Айдар Ахметов считает, что АСПИР нужно закрыть.",
      lang: "ru",
      meta: meta(KEY),
    });
    await call(handle, "page/seen", { page: page(KEY), annotations: [] });
    expect((await db.results.get(KEY))?.text).toMatch(/^Экономист Айдар/);
  });

  it("exports the kept result without what the reader refused, and a selection by entity", async () => {
    const { handle } = testRouter();
    await call(handle, "engine/run", { text: TEXT, lang: "ru", meta: meta(KEY) });
    const annotations = [{ id: "o", kind: "organisation", name: "КНБ", role: null, mentionCount: 1 }];
    await call(handle, "page/seen", { page: page(KEY), annotations });
    const correction = {
      id: `${KEY}#organisation:КНБ`,
      pageKey: KEY,
      kind: "organisation",
      name: "КНБ",
      verdict: "wrong",
      createdAt: 1,
    };
    await call(handle, "corrections/add", { correction });
    const all = await call<LibraryExportSlice>(handle, "library/export", { after: null, limit: 10 }, library);
    const result = all.items[0]?.result;
    expect(result?.people.map((p) => p.name)).toEqual(["Расул Рысмамбетов"]);
    expect(result?.organisations.map((o) => o.name)).not.toContain("КНБ");
    expect(result?.organisations.map((o) => o.name)).toContain("Минфин");
    const none = await call<LibraryExportSlice>(
      handle,
      "library/export",
      { after: null, limit: 10, filter: { entity: { kind: "expert", name: "КНБ" } } },
      library,
    );
    expect(none).toEqual({ items: [], next: null });
    const listed = await call<LibraryExportSlice>(
      handle,
      "library/export",
      { after: null, limit: 10, filter: { pageKeys: [KEY] } },
      library,
    );
    expect(listed.items.map((i) => i.pageKey)).toEqual([KEY]);
  });

  it.each([
    ["both selections at once", { pageKeys: [], entity: { kind: null, name: "КНБ" } }, /unknown field "pageKeys"/],
    ["an unknown selection", { tag: "x" }, /unknown field "tag"/],
    ["a selection that is not an object", "all", /must be an object/],
    ["too many pages", { pageKeys: Array.from({ length: 1001 }, (_, i) => `k${i}`) }, /too many items/],
    ["an empty page key", { pageKeys: [""] }, /must not be empty/],
    ["an unknown kind", { entity: { kind: "person", name: "X" } }, /kind must be one of/],
  ])("refuses a library export with %s", async (_label, filter, error) => {
    const { handle } = testRouter();
    const reply = await handle(
      { channel: "policylens/1", name: "library/export", data: { after: null, limit: 10, filter } },
      library,
    );
    expect(!reply.ok && reply.error).toMatch(error);
  });

  it("refuses a library export to a content script", async () => {
    const { handle } = testRouter();
    const reply = await handle(envelope("library/export", { after: null, limit: 10 }), content);
    expect(!reply.ok && reply.error).toMatch(/only be sent from the extension/);
  });
});
