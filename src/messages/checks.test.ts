import { describe, expect, expectTypeOf, it } from "vitest";
import type { ArticleMeta } from "../extract/pipeline";
import type { AnnotationKind, Lang } from "../extract/types";
import type { AnnotationSummary, CorrectionRecord, NoteRecord, PageInfo } from "../records/types";
import type { LibraryExportFilter } from "../records/views";
import { BACKGROUND_MESSAGES, PANEL_MESSAGES, TAB_MESSAGES } from "./checks";
import { checkEnvelope, envelope } from "./transport";
import type { BackgroundProtocol, DataOf, MessageName, PanelProtocol, TabProtocol } from "./types";

const note: NoteRecord = {
  id: "9b2f6c1e-0000-4000-8000-000000000001",
  pageKey: "https://caravan.kz/news/x",
  selectors: {
    quote: { type: "TextQuoteSelector", exact: "Рысмамбетов", prefix: "сказал ", suffix: "." },
    position: { type: "TextPositionSelector", start: 10, end: 21 },
  },
  scope: "article",
  text: "проверить",
  tags: ["налоги"],
  color: "yellow",
  annotationId: null,
  orphaned: false,
  createdAt: 1,
  updatedAt: 2,
};

/** A valid `data` for every message, typed by the protocol: a message added without one here fails to compile. */
const SAMPLES: { [N in MessageName]: DataOf<N> } = {
  "engine/run": {
    text: "Министр сказал.",
    lang: "ru",
    meta: {
      title: "T",
      byline: null,
      published: null,
      url: "https://caravan.kz/news/x",
      canonicalUrl: null,
      isArticle: true,
      notArticleReason: null,
    },
  },
  "engine/read-page": { html: "<p>x</p>", url: "https://caravan.kz/news/x" },
  ping: {},
  "page/hover": { id: "p1" },
  "page/drawn": {},
  "page/seen": {
    page: { url: "https://caravan.kz/news/x", canonicalUrl: null, ogUrl: null, title: "T", lang: "ru" },
    annotations: [{ id: "p1", kind: "expert", name: "Расул Рысмамбетов", role: "экономист", mentionCount: 2 }],
  },
  "notes/list": { pageKeys: ["https://caravan.kz/news/x"] },
  "notes/save": { note },
  "notes/delete": { id: note.id },
  "notes/set-orphaned": { ids: [note.id], orphaned: true },
  "corrections/list": { pageKey: "https://caravan.kz/news/x" },
  "corrections/add": {
    correction: {
      id: "*#expert:Иванов",
      pageKey: "*",
      kind: "expert",
      name: "Иванов",
      verdict: "not-expert",
      createdAt: 1,
    },
  },
  "settings/get": { key: "sites.extra" },
  "settings/set": { key: "sites.extra", value: ["*://*.vlast.kz/*"] },
  "pages/list": { limit: 50 },
  "library/search": { query: "кнб", limit: 10 },
  "library/entity": { kind: null, name: "КНБ" },
  "library/page": { key: "https://caravan.kz/news/x" },
  "library/notes": { offset: 0, limit: 100 },
  "library/export": { after: null, limit: 50, filter: { pageKeys: ["https://caravan.kz/news/x"] } },
  "backup/export-chunk": { cursor: null },
  "backup/import-begin": { mode: "merge", totalChars: 1000 },
  "backup/import-chunk": { uploadId: "u1", index: 0, text: "{" },
  "backup/import-commit": { uploadId: "u1" },
  "backup/import-abort": { uploadId: "u1" },
  "tab/state": {},
  "tab/scroll-to": { id: "p1" },
  "tab/display": { kinds: { expert: false } },
  "tab/add-note": {},
  "tab/run": {},
  "panel/hover": { tabId: 7, id: null },
  "panel/changed": { tabId: 7 },
};

const names = Object.keys(SAMPLES) as MessageName[];
const tableOf = (name: MessageName) =>
  Object.hasOwn(TAB_MESSAGES, name)
    ? TAB_MESSAGES
    : Object.hasOwn(PANEL_MESSAGES, name)
      ? PANEL_MESSAGES
      : BACKGROUND_MESSAGES;

describe("every message has one check, and its data type is the check's", () => {
  it("the check tables name exactly the protocol's messages", () => {
    expectTypeOf<keyof typeof BACKGROUND_MESSAGES>().toEqualTypeOf<keyof BackgroundProtocol>();
    expectTypeOf<keyof typeof TAB_MESSAGES>().toEqualTypeOf<keyof TabProtocol>();
    expectTypeOf<keyof typeof PANEL_MESSAGES>().toEqualTypeOf<keyof PanelProtocol>();
    expect(
      [...Object.keys(BACKGROUND_MESSAGES), ...Object.keys(TAB_MESSAGES), ...Object.keys(PANEL_MESSAGES)].sort(),
    ).toEqual([...names].sort());
  });

  it.each(names)("%s: the check accepts a message of the protocol's type and refuses an unknown field", (name) => {
    expect(checkEnvelope(envelope(name, SAMPLES[name]), tableOf(name))).toBeNull();
    const extra = { ...(SAMPLES[name] as object), unexpected: 1 };
    expect(checkEnvelope({ ...envelope(name, SAMPLES[name]), data: extra }, tableOf(name))).toBe(
      `${name} has an unknown field "unexpected"`,
    );
  });

  it("infers the data types the protocol declared by hand before its checks were typed", () => {
    // The protocol's data types as they were written out beside the checks: the inferred ones must be the same.
    type Declared = {
      "engine/run": { text: string; lang: Lang; meta: ArticleMeta };
      "engine/read-page": { html: string; url: string };
      ping: Record<string, never>;
      "page/hover": { id: string | null };
      "page/drawn": Record<string, never>;
      "page/seen": { page: PageInfo; annotations: AnnotationSummary[]; lookup?: boolean };
      "notes/list": { pageKeys: string[] };
      "notes/save": { note: NoteRecord };
      "notes/delete": { id: string };
      "notes/set-orphaned": { ids: string[]; orphaned: boolean };
      "corrections/list": { pageKey: string };
      "corrections/add": { correction: CorrectionRecord };
      "settings/get": { key: string };
      "settings/set": { key: string; value: unknown };
      "pages/list": { limit: number };
      "library/search": { query: string; limit: number };
      "library/entity": { kind: AnnotationKind | null; name: string };
      "library/page": { key: string };
      "library/notes": { offset: number; limit: number };
      "library/export": { after: string | null; limit: number; filter?: LibraryExportFilter };
      "backup/export-chunk": { cursor: string | null };
      "backup/import-begin": { mode: "replace" | "merge"; totalChars: number };
      "backup/import-chunk": { uploadId: string; index: number; text: string };
      "backup/import-commit": { uploadId: string };
      "backup/import-abort": { uploadId: string };
      "tab/state": Record<string, never>;
      "tab/scroll-to": { id: string };
      "tab/display": { visible?: boolean; kinds?: Partial<Record<AnnotationKind, boolean>> };
      "tab/add-note": Record<string, never>;
      "tab/run": Record<string, never>;
      "panel/hover": { tabId: number; id: string | null };
      "panel/changed": { tabId: number | null };
    };
    expectTypeOf<{ [N in MessageName]: DataOf<N> }>().toEqualTypeOf<Declared>();
    expect(names).toHaveLength(32);
  });
});

describe("who may send each background message", () => {
  // Content scripts run inside hostile pages: only what a page's annotating and notes need is open to them.
  const CONTENT = [
    "engine/run",
    "engine/read-page",
    "ping",
    "page/hover",
    "page/drawn",
    "page/seen",
    "notes/list",
    "notes/save",
    "notes/delete",
    "notes/set-orphaned",
    "corrections/list",
    "corrections/add",
    "settings/get",
  ];
  it.each(Object.entries(BACKGROUND_MESSAGES))("%s", (name, { from }) => {
    expect(from).toBe(CONTENT.includes(name) ? "content" : "extension-page");
  });
});

describe("a note's position is checked on save as the restore check does", () => {
  const at = (start: number, end: number): NoteRecord => ({
    ...note,
    selectors: { ...note.selectors, position: { type: "TextPositionSelector", start, end } },
  });
  const check = BACKGROUND_MESSAGES["notes/save"].check;
  it.each([
    ["start after end", at(50, 10), "data.note.selectors.position: start 50 is after end 10"],
    ["a negative start", at(-1, 10), "data.note.selectors.position.start must be between 0 and 50000000"],
    [
      "an end past the longest text",
      at(0, 50_000_001),
      "data.note.selectors.position.end must be between 0 and 50000000",
    ],
  ])("refuses %s", (_case, n, error) => {
    expect(check({ note: n }, "data")).toBe(error);
  });
  it.each([
    ["empty", at(10, 10)],
    ["at the limit", at(0, 50_000_000)],
  ])("accepts a position %s", (_case, n) => {
    expect(check({ note: n }, "data")).toBeNull();
  });
});
