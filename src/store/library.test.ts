import "fake-indexeddb/auto";
import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { openDb } from "./db";
import { createLibrary, entityView, pageView, recentNotes } from "./library";
import { deleteNote, saveNote } from "./notes";
import { recordPageVisit } from "./pages";
import type { NoteRecord } from "../records/types";
import { makeNote } from "../../test/support/records";
import { resultRecord } from "../../test/export/backup-records";
import { findDocs, openSearchDb, termsOf } from "./search-index";
import type { AnnotationSummary } from "../records/types";

let n = 0;
async function setup() {
  const db = openDb(`library-test-${n}`);
  const index = openSearchDb(`library-search-test-${n++}`);
  const visit = (url: string, title: string, annotations: AnnotationSummary[], now: number) =>
    recordPageVisit(db, { url, canonicalUrl: null, ogUrl: null, title, lang: "ru" }, [url], annotations, now);
  await visit(
    "https://caravan.kz/a",
    "Редкоземельные металлы: что дальше",
    [
      { id: "p1", kind: "expert", name: "Расул Рысмамбетов", role: "экономист", mentionCount: 3 },
      { id: "o1", kind: "organisation", name: "КНБ", role: null, mentionCount: 2 },
    ],
    100,
  );
  await visit(
    "https://vlast.kz/b",
    "Budget talks stall",
    [{ id: "o1", kind: "organisation", name: "КНБ", role: null, mentionCount: 1 }],
    200,
  );
  await visit("https://bbc.com/c", "Elections in Kyrgyzstan", [], 300);
  return { db, index, library: createLibrary(db, index) };
}

const note = (id: string, over: Partial<NoteRecord> = {}): NoteRecord =>
  makeNote({
    id,
    pageKey: "https://caravan.kz/a",
    selectors: {
      quote: { type: "TextQuoteSelector", exact: "Рысмамбетов считает", prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start: 0, end: 19 },
    },
    ...over,
  });

describe("termsOf", () => {
  it.each([
    ["Расул Рысмамбетов, экономист", ["расул", "рысмамбетов", "экономист"]],
    ["Ёлка и елка", ["елка", "и"]],
    ["Budget talks: <img src=x>", ["budget", "talks", "img", "src", "x"]],
    ["", []],
  ])("%s", (text, terms) => expect(termsOf(text)).toEqual(terms));
});

describe("library search", () => {
  it.each([
    ["a word inside a title", "металлы", ["https://caravan.kz/a"]],
    ["an English title word prefix, any case", "BUDG", ["https://vlast.kz/b"]],
    ["an entity's surname", "рысмамб", ["https://caravan.kz/a"]],
    ["an acronym on two pages, newest first", "кнб", ["https://vlast.kz/b", "https://caravan.kz/a"]],
    ["two words that must both match", "elections kyrg", ["https://bbc.com/c"]],
    ["words from different pages", "budget elections", []],
  ])("finds pages by %s", async (_label, query, keys) => {
    const { library } = await setup();
    expect((await library.search(query, 50)).pages.map((p) => p.key)).toEqual(keys);
  });

  it("finds entity names with the number of articles they appear in", async () => {
    const { library } = await setup();
    expect((await library.search("КНБ", 50)).entities).toEqual([{ kind: "organisation", name: "КНБ", pageCount: 2 }]);
    expect((await library.search("расул", 50)).entities).toEqual([
      { kind: "expert", name: "Расул Рысмамбетов", pageCount: 1 },
    ]);
  });

  it("finds notes by quote, note text and tag, and follows later edits and deletions", async () => {
    const { db, library } = await setup();
    await saveNote(db, note("n1", { text: "проверить цифры", tags: ["экономика"], updatedAt: 5 }));
    await saveNote(db, note("n2", { text: "other", updatedAt: 6 }));
    expect((await library.search("цифр", 50)).notes.map((x) => x.id)).toEqual(["n1"]);
    expect((await library.search("экономик", 50)).notes.map((x) => x.id)).toEqual(["n1"]);
    expect((await library.search("считает", 50)).notes.map((x) => x.id)).toEqual(["n2", "n1"]);
    await saveNote(db, note("n1", { text: "всё верно", updatedAt: 7 }));
    expect((await library.search("цифр", 50)).notes).toEqual([]);
    expect((await library.search("верно", 50)).notes.map((x) => x.id)).toEqual(["n1"]);
    await deleteNote(db, "n1");
    expect((await library.search("верно", 50)).notes).toEqual([]);
  });

  it("re-indexes a page on a later visit", async () => {
    const { db, library } = await setup();
    expect((await library.search("stall", 50)).pages).toHaveLength(1);
    await recordPageVisit(
      db,
      { url: "https://vlast.kz/b", canonicalUrl: null, ogUrl: null, title: "Budget passed", lang: "en" },
      ["https://vlast.kz/b"],
      [],
      400,
    );
    expect((await library.search("stall", 50)).pages).toEqual([]);
    expect((await library.search("passed", 50)).pages.map((p) => p.key)).toEqual(["https://vlast.kz/b"]);
    // КНБ is no longer on that page: one article left.
    expect((await library.search("кнб", 50)).entities).toEqual([{ kind: "organisation", name: "КНБ", pageCount: 1 }]);
  });

  it("answers an empty or punctuation-only query with nothing", async () => {
    const { library } = await setup();
    expect(await library.search(" ,. ", 50)).toEqual({ pages: [], notes: [], entities: [] });
  });

  it("caps the rows one short prefix reads", async () => {
    const { db, index, library } = await setup();
    await db.notes.bulkPut(Array.from({ length: 30 }, (_, i) => note(`m${i}`, { text: `word${i}` })));
    await library.search("x", 1);
    expect(await findDocs(index, "word", 10)).toHaveLength(10);
    expect((await findDocs(index, "word2", 100)).sort()).toEqual([
      "n:m2",
      "n:m20",
      "n:m21",
      "n:m22",
      "n:m23",
      "n:m24",
      "n:m25",
      "n:m26",
      "n:m27",
      "n:m28",
      "n:m29",
    ]);
  });

  it("a new session finds notes written with an old time (restored backup) and forgets deleted ones", async () => {
    const { db, index, library } = await setup();
    await saveNote(db, note("n1", { text: "первая", updatedAt: 50 }));
    expect((await library.search("первая", 50)).notes).toHaveLength(1);
    // Written behind the index's back with a time before its last sync, as a backup restore does.
    await db.notes.put(note("old", { text: "архивная", updatedAt: 2 }));
    await deleteNote(db, "n1");
    const next = createLibrary(db, index);
    expect((await next.search("архивная", 50)).notes.map((x) => x.id)).toEqual(["old"]);
    expect(await index.docs.get("n:n1")).toBeUndefined();
  });

  it("rebuilds an index of the first version's shape (a row per word) on the next search", async () => {
    const { db } = await setup();
    await saveNote(db, note("n1", { text: "первая", updatedAt: 50 }));
    const name = `library-search-v1-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ terms: "[term+doc], term, doc", meta: "key" });
    // As version 1 left it: everything indexed up to the note's time, in rows the new version cannot read.
    await v1.table("terms").bulkPut([
      { term: "", doc: "n:n1" },
      { term: "первая", doc: "n:n1" },
    ]);
    await v1.table("meta").put({ key: "notes", value: 50, ids: ["n1"] });
    v1.close();
    const index = openSearchDb(name);
    expect((await createLibrary(db, index).search("первая", 50)).notes.map((x) => x.id)).toEqual(["n1"]);
    expect(await index.docs.get("n:n1")).toEqual({ doc: "n:n1", terms: expect.arrayContaining(["первая"]) });
  });

  it(
    "indexes a library bigger than one write, batch by batch, and finds notes from every batch",
    { timeout: 60_000 },
    async () => {
      const { db, index, library } = await setup();
      await db.notes.bulkPut(Array.from({ length: 4500 }, (_, i) => note(`b${i}`, { text: `пакет${i}` })));
      for (const id of ["b0", "b2000", "b4499"])
        expect((await library.search(`пакет${id.slice(1)}`, 50)).notes.map((x) => x.id)).toContain(id);
      expect(await index.docs.count()).toBeGreaterThan(4500);
    },
  );

  it("finds a note written in the same millisecond as the last search, after it", async () => {
    const { db, library } = await setup();
    await saveNote(db, note("n1", { text: "первая", updatedAt: 50 }));
    expect((await library.search("первая", 50)).notes).toHaveLength(1);
    await saveNote(db, note("n2", { text: "вторая", updatedAt: 50 }));
    expect((await library.search("вторая", 50)).notes.map((x) => x.id)).toEqual(["n2"]);
    expect((await library.search("первая", 50)).notes.map((x) => x.id)).toEqual(["n1"]);
  });

  it("finds a note restored by undo within the session", async () => {
    const { db, library } = await setup();
    await saveNote(db, note("n1", { text: "вернуть", updatedAt: 50 }));
    expect((await library.search("вернуть", 50)).notes).toHaveLength(1);
    const deleted = await deleteNote(db, "n1");
    expect((await library.search("вернуть", 50)).notes).toEqual([]);
    await saveNote(db, deleted!);
    expect((await library.search("вернуть", 50)).notes.map((x) => x.id)).toEqual(["n1"]);
  });
});

describe("entity and page views", () => {
  it("lists every article where an entity appears, newest first", async () => {
    const { db } = await setup();
    const view = await entityView(db, "organisation", "КНБ");
    expect(view.pages.map((p) => p.key)).toEqual(["https://vlast.kz/b", "https://caravan.kz/a"]);
    expect(view.entries.map((e) => e.mentionCount).sort()).toEqual([1, 2]);
    expect((await entityView(db, null, "Расул Рысмамбетов")).pages.map((p) => p.title)).toEqual([
      "Редкоземельные металлы: что дальше",
    ]);
    expect((await entityView(db, "expert", "КНБ")).pages).toEqual([]);
  });

  it("gives one page with its entities, most mentioned first, and notes", async () => {
    const { db } = await setup();
    await saveNote(db, note("n1"));
    const view = await pageView(db, "https://caravan.kz/a");
    expect(view.page?.title).toBe("Редкоземельные металлы: что дальше");
    expect(view.entities.map((e) => e.name)).toEqual(["Расул Рысмамбетов", "КНБ"]);
    expect(view.notes.map((x) => x.id)).toEqual(["n1"]);
    expect(view.result).toBeNull();
    expect(await pageView(db, "https://nowhere")).toEqual({ page: null, entities: [], notes: [], result: null });
  });

  it("gives a page's kept annotations, as the reader corrected them and without the article's text", async () => {
    const { db } = await setup();
    await db.results.put(resultRecord("https://caravan.kz/a"));
    await db.corrections.put({
      id: "c1",
      pageKey: "https://caravan.kz/a",
      kind: "organisation",
      name: "Минфин",
      verdict: "wrong",
      createdAt: 1,
    });
    const { result } = await pageView(db, "https://caravan.kz/a");
    expect(result?.text).toBe("");
    expect(result?.people.map((p) => [p.name, p.role])).toEqual([["Расул Рысмамбетов", "экономист"]]);
    expect(result?.policyOptions.map((o) => [o.text, o.proposer])).toEqual([
      ["необходимо снизить НДС до 10%", "Расул Рысмамбетов"],
    ]);
    expect(result?.organisations).toEqual([]);
  });

  it("pages through notes newest-edited first", async () => {
    const { db } = await setup();
    await db.notes.bulkPut([note("a", { updatedAt: 1 }), note("b", { updatedAt: 3 }), note("c", { updatedAt: 2 })]);
    expect((await recentNotes(db, 0, 2)).map((x) => x.id)).toEqual(["b", "c"]);
    expect((await recentNotes(db, 2, 2)).map((x) => x.id)).toEqual(["a"]);
  });
});
