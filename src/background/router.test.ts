import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import type { SegmentRef } from "../extract/article-transfer";
import type { ExtractResult } from "../extract/types";
import { describe, expect, it } from "vitest";
import { envelope } from "../messages/transport";
import type { NoteRecord } from "../records/types";
import { makeNote, SENDERS, testRouter } from "../../test/support/records";

function setup() {
  const badges: [number, number][] = [];
  return { ...testRouter({ onPageSeen: (tab, n) => void badges.push([tab, n]) }), badges };
}
const { content, popup } = SENDERS;
const note = (over: Partial<NoteRecord> = {}) => makeNote({ text: "важно", tags: ["экономика"], ...over });

describe("background router", () => {
  it("answers a ping from the extension", async () => {
    const { handle } = setup();
    expect(await handle(envelope("ping", {}), content)).toEqual({ ok: true, result: { version: "9.9.9" } });
  });

  it.each([
    ["another extension", envelope("ping", {}), { ...content, id: "evil" }, /another extension/],
    ["a non-envelope", { hello: 1 }, content, /not a PolicyLens message/],
    ["an unknown name", { channel: "policylens/1", name: "db/drop", data: {} }, content, /unknown message "db\/drop"/],
    ["a prototype key name", { channel: "policylens/1", name: "__proto__", data: {} }, content, /unknown message/],
    [
      "wrong data types",
      { channel: "policylens/1", name: "notes/delete", data: { id: 5 } },
      content,
      /notes\/delete\.id must be a string/,
    ],
    ["extra fields", { channel: "policylens/1", name: "ping", data: { x: 1 } }, content, /unknown field "x"/],
    ["an oversized note", envelope("notes/save", { note: note({ text: "x".repeat(100_001) }) }), content, /too long/],
    [
      "settings/set from a page",
      envelope("settings/set", { key: "k", value: 1 }),
      content,
      /only be sent from the extension/,
    ],
  ])("refuses %s and changes nothing", async (_label, msg, sender, error) => {
    const { handle, db } = setup();
    const reply = await handle(msg, sender);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(await db.notes.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it("records a page under all its identities and sets the badge", async () => {
    const { handle, db, badges } = setup();
    const page = {
      url: "https://www.caravan.kz/news/x/?utm_source=tg",
      canonicalUrl: "https://www.caravan.kz/news/x/",
      ogUrl: null,
      title: "T",
      lang: "ru" as const,
    };
    const reply = await handle(
      envelope("page/seen", {
        page,
        annotations: [{ id: "a", kind: "expert", name: "Расул Рысмамбетов", role: "экономист", mentionCount: 3 }],
      }),
      content,
    );
    expect(reply).toEqual({ ok: true, result: { pageKey: page.url } });
    expect(badges).toEqual([[7, 1]]);
    // A later visit by the canonical URL alone finds the same page.
    const again = await handle(
      envelope("page/seen", { page: { ...page, url: page.canonicalUrl, canonicalUrl: null }, annotations: [] }),
      content,
    );
    expect(again).toEqual({ ok: true, result: { pageKey: page.url } });
    expect(await db.pages.count()).toBe(1);
    expect(await db.entities.count()).toBe(0);
  });

  it("looks a page up without entering it in the library until the reader has read it", async () => {
    const { handle, db, badges } = setup();
    const page = {
      url: "https://www.caravan.kz/news/y/?utm_source=tg",
      canonicalUrl: "https://www.caravan.kz/news/y/",
      ogUrl: null,
      title: "T",
      lang: "ru" as const,
    };
    const expert = { id: "a", kind: "expert" as const, name: "Расул Рысмамбетов", role: null, mentionCount: 3 };
    const seen = (data: object) =>
      handle(envelope("page/seen", { page, annotations: [expert, expert], ...data }), content);
    // Looked up: the key it would have, the badge, and nothing stored.
    expect(await seen({ lookup: true })).toEqual({ ok: true, result: { pageKey: page.url } });
    expect(badges).toEqual([[7, 1]]);
    expect([await db.pages.count(), await db.entities.count()]).toEqual([0, 0]);
    // Entered (read, or written on): stored with its entities.
    expect(await seen({ lookup: false })).toEqual({ ok: true, result: { pageKey: page.url } });
    expect([await db.pages.count(), await db.entities.count()]).toEqual([1, 1]);
    // Looked up later by another of its addresses: the stored key, and still one page.
    const other = await handle(
      envelope("page/seen", { page: { ...page, url: page.canonicalUrl }, annotations: [], lookup: true }),
      content,
    );
    expect(other).toEqual({ ok: true, result: { pageKey: page.url } });
    expect(await db.pages.count()).toBe(1);
  });

  it("saves, lists and deletes notes, refusing an older concurrent edit", async () => {
    const { handle } = setup();
    expect((await handle(envelope("notes/save", { note: note({ updatedAt: 5 }) }), content)).ok).toBe(true);
    const stale = await handle(envelope("notes/save", { note: note({ text: "old", updatedAt: 4 }) }), content);
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.error).toMatch(/changed elsewhere/);
    const list = await handle(envelope("notes/list", { pageKeys: ["https://caravan.kz/news/x"] }), content);
    expect(list.ok && (list.result as NoteRecord[]).map((n) => n.text)).toEqual(["важно"]);
    const del = await handle(envelope("notes/delete", { id: "n1" }), content);
    expect(del.ok && (del.result as { deleted: NoteRecord }).deleted.text).toBe("важно");
    const after = await handle(envelope("notes/list", { pageKeys: ["https://caravan.kz/news/x"] }), content);
    expect(after).toEqual({ ok: true, result: [] });
  });

  it("keeps settings written from the popup, with defaults before", async () => {
    const { handle } = setup();
    expect(await handle(envelope("settings/get", { key: "sites.extra" }), content)).toEqual({
      ok: true,
      result: { value: [] },
    });
    expect((await handle(envelope("settings/set", { key: "sites.extra", value: ["*://vlast.kz/*"] }), popup)).ok).toBe(
      true,
    );
    expect(await handle(envelope("settings/get", { key: "sites.extra" }), content)).toEqual({
      ok: true,
      result: { value: ["*://vlast.kz/*"] },
    });
  });
});

describe("corrections", () => {
  it("files a correction and lists it for its page and for pages filed under *", async () => {
    const { handle } = setup();
    const c = {
      id: "p#expert:X",
      pageKey: "p",
      kind: "expert" as const,
      name: "X",
      verdict: "not-expert" as const,
      createdAt: 1,
    };
    const every = {
      ...c,
      id: "*#organisation:Y",
      pageKey: "*",
      kind: "organisation" as const,
      name: "Y",
      verdict: "wrong" as const,
    };
    expect((await handle(envelope("corrections/add", { correction: c }), content)).ok).toBe(true);
    expect((await handle(envelope("corrections/add", { correction: every }), content)).ok).toBe(true);
    const list = await handle(envelope("corrections/list", { pageKey: "p" }), content);
    expect(list.ok && (list.result as { id: string }[]).map((x) => x.id).sort()).toEqual([
      "*#organisation:Y",
      "p#expert:X",
    ]);
    const other = await handle(envelope("corrections/list", { pageKey: "q" }), content);
    expect(other.ok && (other.result as { id: string }[]).map((x) => x.id)).toEqual(["*#organisation:Y"]);
  });
});

describe("engine/run", () => {
  it("runs the text stages for a content script and refuses oversized text", async () => {
    const { handle } = setup();
    const meta = {
      title: "T",
      byline: null,
      published: null,
      url: "https://www.caravan.kz/news/x/",
      canonicalUrl: null,
      isArticle: true,
      notArticleReason: null,
    };
    const text =
      "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов. По его словам, нужно срочно создать агентство стратегических активов или передать контроль за ними КНБ и Минфину.";
    const reply = await handle(envelope("engine/run", { text, lang: "ru", meta }), content);
    expect(reply.ok).toBe(true);
    const result = (
      reply as { result: { people: { name: string; expert: boolean }[]; organisations: { name: string }[] } }
    ).result;
    expect(result.people.find((p) => p.expert)?.name).toBe("Расул Рысмамбетов");
    expect(result.organisations.map((o) => o.name)).toContain("КНБ");
    const big = await handle(envelope("engine/run", { text: "x".repeat(4_000_001), lang: "ru", meta }), content);
    expect(big.ok).toBe(false);
  });
});

describe("engine/read-page", () => {
  it("reads the article of a page's HTML and names the page's text nodes", async () => {
    const { JSDOM } = await import("jsdom");
    const { readArticleForTransfer, attachToPage } = await import("../extract/article-transfer");
    const { documentTextNodes } = await import("../anchor/text-nodes");
    const html = readFileSync(new URL("../../test/pages/caravan-rare-earths/source.html", import.meta.url), "utf8");
    const url = "https://www.caravan.kz/news/kazakhstanu-vazhno-zashhitit-strategicheskie-aktivy/";
    const { handle } = testRouter({
      identities: () => [url],
      readPage: async (h, u) => readArticleForTransfer(new JSDOM(h).window.document, u),
    });
    const reply = await handle(envelope("engine/read-page", { html, url }), content);
    if (!reply.ok) throw new Error(reply.error);
    const { result, segments } = reply.result as { result: ExtractResult; segments: SegmentRef[] };
    expect(result.people.find((p) => p.expert)?.role).toBe("экономист");
    // The live page (here a second parse of the same HTML) gets every segment back, on nodes with the same text.
    const live = new JSDOM(html).window.document;
    const dom = attachToPage({ text: result.text, segments }, documentTextNodes(live));
    expect(dom.segments).toHaveLength(segments.length);
    for (const s of dom.segments) expect(s.node.ownerDocument).toBe(live);
    expect(dom.text).not.toContain("Популярное");
    // Parsing a whole news page in jsdom, twice, takes seconds on a busy machine.
  }, 30_000);
});

describe("the library index and the reader's corrections", () => {
  it("leaves what the reader marked wrong out of the page's entities", async () => {
    const { handle, db } = setup();
    const page = {
      url: "https://www.caravan.kz/news/x/",
      canonicalUrl: null,
      ogUrl: null,
      title: "T",
      lang: "ru" as const,
    };
    const correction = {
      id: `${page.url}#organisation:АСПИР`,
      pageKey: page.url,
      kind: "organisation" as const,
      name: "АСПИР",
      verdict: "wrong" as const,
      createdAt: 1,
    };
    await handle(envelope("corrections/add", { correction }), content);
    const annotations = ["КНБ", "АСПИР"].map((name) => ({
      id: name,
      kind: "organisation" as const,
      name,
      role: null,
      mentionCount: 1,
    }));
    await handle(envelope("page/seen", { page, annotations }), content);
    expect((await db.entities.toArray()).map((e) => e.name)).toEqual(["КНБ"]);
  });
});
