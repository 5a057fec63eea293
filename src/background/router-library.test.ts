import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { envelope } from "../messages/transport";
import type { LibrarySearchResult, EntityView, PageView } from "../records/views";
import type { NoteRecord } from "../records/types";
import { makeNote, SENDERS, testRouter } from "../../test/support/records";

async function setup() {
  const { db, handle } = testRouter({ identities: (p) => [p.url] });
  const page = {
    url: "https://www.caravan.kz/news/x/",
    canonicalUrl: null,
    ogUrl: null,
    title: "Редкие земли",
    lang: "ru" as const,
  };
  await handle(
    envelope("page/seen", {
      page,
      annotations: [{ id: "o", kind: "organisation", name: "КНБ", role: null, mentionCount: 2 }],
    }),
    content,
  );
  return { db, handle, key: page.url };
}
const { content, library } = SENDERS;

const note = makeNote({
  pageKey: "https://www.caravan.kz/news/x/",
  text: "проверить",
  selectors: {
    quote: { type: "TextQuoteSelector", exact: "КНБ сообщил", prefix: "", suffix: "" },
    position: { type: "TextPositionSelector", start: 0, end: 11 },
  },
});

describe("library messages", () => {
  it("searches titles, entity names and notes", async () => {
    const { handle } = await setup();
    await handle(envelope("notes/save", { note }), content);
    const reply = await handle(envelope("library/search", { query: "кнб", limit: 10 }), library);
    const result = reply.ok ? (reply.result as LibrarySearchResult) : null;
    expect(result?.pages.map((p) => p.title)).toEqual(["Редкие земли"]);
    expect(result?.entities).toEqual([{ kind: "organisation", name: "КНБ", pageCount: 1 }]);
    expect(result?.notes.map((n) => n.id)).toEqual(["n1"]);
  });

  it("answers entity, page and note-list views", async () => {
    const { handle, key } = await setup();
    await handle(envelope("notes/save", { note }), content);
    const entity = await handle(envelope("library/entity", { kind: "organisation", name: "КНБ" }), library);
    expect(entity.ok && (entity.result as EntityView).pages.map((p) => p.key)).toEqual([key]);
    const page = await handle(envelope("library/page", { key }), library);
    expect(page.ok && (page.result as PageView).notes.map((n) => n.id)).toEqual(["n1"]);
    const notes = await handle(envelope("library/notes", { offset: 0, limit: 5 }), library);
    expect(notes.ok && (notes.result as NoteRecord[]).map((n) => n.id)).toEqual(["n1"]);
  });

  it.each([
    ["library/search", envelope("library/search", { query: "x", limit: 10 }), /only be sent from the extension/],
    ["library/entity", envelope("library/entity", { kind: null, name: "КНБ" }), /only be sent from the extension/],
    ["library/page", envelope("library/page", { key: "k" }), /only be sent from the extension/],
    ["library/notes", envelope("library/notes", { offset: 0, limit: 5 }), /only be sent from the extension/],
  ])("refuses %s from a content script", async (_name, msg, error) => {
    const { handle } = await setup();
    const reply = await handle(msg, content);
    expect(!reply.ok && reply.error).toMatch(error);
  });

  it.each([
    [
      "a huge limit",
      { channel: "policylens/1", name: "library/search", data: { query: "x", limit: 1e9 } },
      /limit must be between/,
    ],
    [
      "an unknown kind",
      { channel: "policylens/1", name: "library/entity", data: { kind: "person", name: "X" } },
      /kind must be one of/,
    ],
    [
      "an empty name",
      { channel: "policylens/1", name: "library/entity", data: { kind: null, name: "" } },
      /must not be empty/,
    ],
    [
      "a negative offset",
      { channel: "policylens/1", name: "library/notes", data: { offset: -1, limit: 5 } },
      /offset must be between/,
    ],
  ])("refuses %s", async (_label, msg, error) => {
    const { handle } = await setup();
    const reply = await handle(msg, library);
    expect(!reply.ok && reply.error).toMatch(error);
  });
});
