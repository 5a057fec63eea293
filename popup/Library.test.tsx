// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { AnnotationKind } from "../src/extract/types";
import type { EntityRecord, NoteRecord, PageRecord } from "../src/records/types";
import type { FileToSave, LibraryApi } from "./api";
import { Library } from "./Library";
import { act } from "preact/test-utils";
import { allByTestId, byTestId, click, fixtureNote, HOSTILE, mount, settle, type, fileText } from "./test-support";
import type { AnnotationCollection } from "../src/export/jsonld";
import type { LibraryExportFilter } from "../src/records/views";
import { resultOfRecord } from "../src/store/results";
import { resultRecord } from "../test/export/backup-records";

const page = (key: string, title: string, lastSeen: number): PageRecord => ({
  key,
  url: key,
  canonicalUrl: null,
  aliases: [],
  title,
  lang: "ru",
  firstSeen: lastSeen,
  lastSeen,
});
const PAGES = [
  page("https://vlast.kz/b", "Бюджет", 300),
  page("https://caravan.kz/a", `Металлы ${HOSTILE}`, 200),
  page("javascript:alert(1)", "Злая", 100),
];
const entity = (pageKey: string, kind: AnnotationKind, name: string, mentionCount: number): EntityRecord => ({
  id: `${pageKey}#${kind}:${name}`,
  pageKey,
  kind,
  name,
  role: kind === "expert" ? "экономист" : null,
  mentionCount,
  seenAt: 1,
});
/** The page whose result the library kept. */
const ANALYSED = "https://caravan.kz/a";
/** What the library kept of that page's annotations: the organisation recorded for it is КНБ. */
const KEPT = {
  organisations: [
    { id: "o1", name: "КНБ", outlet: false, confidence: 0.8, mentions: [{ text: "КНБ", start: 0, end: 3 }] },
  ],
};
const ENTITIES = [
  entity("https://caravan.kz/a", "organisation", "КНБ", 2),
  entity("https://vlast.kz/b", "organisation", "КНБ", 1),
  entity("https://caravan.kz/a", "expert", "Расул Рысмамбетов", 3),
];

function fakeLibrary(
  notes: NoteRecord[] = [fixtureNote("n1", { pageKey: "https://caravan.kz/a", tags: ["экономика"] })],
) {
  const calls = {
    searches: [] as string[],
    settings: [] as [string, unknown][],
    hostRequests: [] as string[][],
    downloads: [] as FileToSave[],
    exports: [] as (LibraryExportFilter | undefined)[],
  };
  const settings = new Map<string, unknown>();
  let store = [...notes];
  let grant = true;
  const api: LibraryApi = {
    pages: async () => PAGES,
    search: async (query) => {
      calls.searches.push(query);
      const q = query.toLowerCase();
      return {
        pages: PAGES.filter((p) => p.title.toLowerCase().includes(q)),
        notes: store.filter((n) => n.text.includes(q)),
        entities: q === "кнб" ? [{ kind: "organisation", name: "КНБ", pageCount: 2 }] : [],
      };
    },
    entity: async (kind, name) => {
      const entries = ENTITIES.filter((e) => e.name === name && (kind === null || e.kind === kind));
      return { entries, pages: PAGES.filter((p) => entries.some((e) => e.pageKey === p.key)) };
    },
    page: async (key) => {
      const page = PAGES.find((p) => p.key === key) ?? null;
      return {
        page,
        entities: ENTITIES.filter((e) => e.pageKey === key),
        notes: store.filter((n) => n.pageKey === key),
        result: key === ANALYSED && page ? resultOfRecord(resultRecord(key, KEPT), page) : null,
      };
    },
    recentNotes: async (offset, limit) => store.slice(offset, offset + limit),
    // One page per slice whatever the limit, as the background answers when articles are long.
    exportSlice: async (after, _limit, filter) => {
      calls.exports.push(filter);
      const all = [...new Set([...PAGES.map((p) => p.key), ...store.map((n) => n.pageKey)])].sort();
      const selected = !filter
        ? all
        : "pageKeys" in filter
          ? all.filter((k) => filter.pageKeys.includes(k))
          : ENTITIES.filter((e) => e.name === filter.entity.name)
              .map((e) => e.pageKey)
              .sort();
      const rest = selected.filter((k) => after === null || k > after);
      const key = rest[0];
      if (key === undefined) return { items: [], next: null };
      const page = PAGES.find((p) => p.key === key) ?? null;
      const result = key === ANALYSED && page ? resultOfRecord(resultRecord(key), page) : null;
      const item = {
        pageKey: key,
        page,
        notes: store.filter((n) => n.pageKey === key),
        entities: ENTITIES.filter((e) => e.pageKey === key),
        result,
      };
      return { items: [item], next: rest.length > 1 ? key : null };
    },
    saveNote: async (n) => ((store = [...store.filter((x) => x.id !== n.id), n]), n),
    deleteNote: async (id) => {
      const found = store.find((n) => n.id === id) ?? null;
      store = store.filter((n) => n.id !== id);
      return found;
    },
    getSetting: async (key) => settings.get(key) ?? (key === "sites.extra" ? [] : null),
    setSetting: async (key, value) => void (calls.settings.push([key, value]), settings.set(key, value)),
    requestHosts: async (origins) => (calls.hostRequests.push(origins), grant),
    removeHosts: async () => undefined,
    shortcuts: async () => [
      { name: "toggle-highlights", description: "Show or hide PolicyLens highlights", shortcut: "Alt+Shift+H" },
      { name: "_execute_action", description: "", shortcut: "" },
    ],
    download: (f) => void calls.downloads.push(f),
  };
  return { api, calls, deny: () => (grant = false) };
}

/** Clicks the row of the open article's annotations that starts with `name`. */
const openRow = (root: HTMLElement, name: string) =>
  click(
    allByTestId(byTestId(root, "page-detail")!, "detail-item")
      .find((li) => li.textContent?.startsWith(name))!
      .querySelector("[data-primary]"),
  );
const items = (root: HTMLElement) => allByTestId(root, "annotation-item").map((li) => li.textContent ?? "");

describe("library", () => {
  it("lists every article newest first, titles as text", async () => {
    const { api } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    expect(items(root).map((s) => s.slice(0, 4))).toEqual(["Бюдж", "Мета", "Злая"]);
    expect(root.textContent).toContain(HOSTILE);
    expect(root.querySelector("img")).toBeNull();
  });

  it("opens an article with its entities and notes, and links only web addresses", async () => {
    const { api } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    await click(allByTestId(root, "annotation-item")[1]!.querySelector("[data-primary]"));
    const detail = byTestId(root, "page-detail")!;
    expect(detail.textContent).toContain("КНБ");
    expect(detail.textContent).toContain("Расул Рысмамбетов");
    expect(detail.textContent).toContain("заметка n1");
    expect(detail.querySelector("a")?.getAttribute("href")).toBe("https://caravan.kz/a");
    await click(byTestId(root, "back"));
    await click(allByTestId(root, "annotation-item")[2]!.querySelector("[data-primary]"));
    expect(byTestId(root, "page-detail")!.querySelector("a")).toBeNull();
  });

  it("shows a read article as the popup does: experts with roles and proposals, options with proposers", async () => {
    const { api } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    await click(allByTestId(root, "annotation-item")[1]!.querySelector("[data-primary]"));
    const rows = allByTestId(byTestId(root, "page-detail")!, "detail-item").map((li) => li.textContent ?? "");
    expect(rows[0]).toContain("Расул Рысмамбетов");
    expect(rows[0]).toContain("экономист");
    expect(rows[0]).toContain("необходимо снизить НДС до 10%");
    expect(rows.some((r) => r.includes("КНБ"))).toBe(true);
    expect(rows.at(-1)).toContain("необходимо снизить НДС до 10%");
    expect(rows.at(-1)).toContain("Расул Рысмамбетов");
    // An expert's row opens every article where the expert appears.
    await click(allByTestId(byTestId(root, "page-detail")!, "detail-item")[0]!.querySelector("[data-primary]"));
    expect(byTestId(root, "page-detail")).toBeNull();
    expect(root.textContent).toContain("Расул Рысмамбетов");
  });

  it("shows every article where an entity appears", async () => {
    const { api } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    await click(allByTestId(root, "annotation-item")[1]!.querySelector("[data-primary]"));
    await openRow(root, "КНБ");
    const view = byTestId(root, "entity-view")!;
    expect(view.textContent).toContain("Every article where “КНБ” appears");
    expect(items(view).map((s) => s.slice(0, 6))).toEqual(["Бюджет", "Металл"]);
  });

  it("searches and shows names, articles and notes", async () => {
    const { api, calls } = fakeLibrary([fixtureNote("n1", { text: "кнб пишет" })]);
    const root = await mount(<Library api={api} searchDelay={0} />);
    await type(byTestId(root, "search"), "кнб");
    expect(calls.searches).toEqual(["", "кнб"]);
    const results = byTestId(root, "search-results")!;
    expect(results.textContent).toContain("Names");
    expect(results.querySelector(".chip")?.textContent).toContain("КНБ");
    expect(items(results)).toEqual([expect.stringContaining("кнб пишет")]);
    await type(byTestId(root, "search"), "zzz");
    expect(byTestId(root, "search-results")!.textContent).toBe("Nothing found.");
  });

  it("lists every note and deletes with undo", async () => {
    const { api } = fakeLibrary([fixtureNote("n1"), fixtureNote("n2")]);
    const root = await mount(<Library api={api} searchDelay={0} initialTab="notes" />);
    expect(items(byTestId(root, "all-notes")!)).toHaveLength(2);
    await click(allByTestId(root, "delete-note")[0]!);
    expect(items(byTestId(root, "all-notes")!)).toHaveLength(1);
    await click(byTestId(root, "undo"));
    expect(items(byTestId(root, "all-notes")!)).toHaveLength(2);
  });

  it("marks orphaned notes in every note's list, as the popup does, and still opens their article", async () => {
    const { api } = fakeLibrary([
      fixtureNote("n1", { pageKey: "https://caravan.kz/a" }),
      fixtureNote("n2", { pageKey: "https://caravan.kz/a", orphaned: true }),
    ]);
    const root = await mount(<Library api={api} searchDelay={0} initialTab="notes" />);
    const rows = [...byTestId(root, "all-notes")!.querySelectorAll(".note-row")];
    expect(rows.map((r) => byTestId(r as HTMLElement, "orphan-badge")?.textContent ?? null)).toEqual([
      null,
      "orphaned",
    ]);
    await click(rows[1]!.querySelector("[data-primary]"));
    expect(byTestId(root, "page-detail")).not.toBeNull();
  });

  it("exports every note with its article", async () => {
    const { api, calls } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    await click(byTestId(root, "export-markdown"));
    expect(await fileText(calls.downloads[0]!)).toContain("цитата n1");
    expect(await fileText(calls.downloads[0]!)).toContain("Металлы");
  });

  it("exports the whole library with the engine's annotations, slice by slice", async () => {
    const { api, calls } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    await click(byTestId(byTestId(root, "library-export-all")!, "export-json"));
    expect(calls.exports).toEqual([undefined, undefined, undefined]);
    const collection = JSON.parse(await fileText(calls.downloads[0]!)) as AnnotationCollection;
    const items = collection.first.items;
    // Only the analysed page has annotations; the other two are pages without notes or a kept result.
    expect(new Set(items.map((a) => a.target.source))).toEqual(new Set([ANALYSED]));
    expect(items.filter((a) => a.motivation === "commenting")).toHaveLength(1);
    const expert = items.find(
      (a) =>
        a.motivation === "classifying" &&
        a.body?.some((b) => b.purpose === "identifying" && b.value === "Расул Рысмамбетов"),
    );
    expect(expert?.target).toEqual({
      source: ANALYSED,
      selector: [
        {
          type: "TextQuoteSelector",
          exact: "Расул Рысмамбетов",
          prefix: "Экономист ",
          suffix: " считает, что Минфину необходимо",
        },
        { type: "TextPositionSelector", start: 10, end: 27 },
      ],
    });
    const option = items.find((a) => a.body?.some((b) => b.value === "policy option"));
    expect(option?.body).toContainEqual({
      type: "TextualBody",
      purpose: "describing",
      value: "proposer: Расул Рысмамбетов",
    });
    expect(collection.total).toBe(items.length);
  });

  it.each([
    [
      "what a search found",
      async (root: HTMLElement) => type(byTestId(root, "search"), "металлы"),
      "Export these results",
      { pageKeys: [ANALYSED] },
    ],
    [
      "the open article",
      async (root: HTMLElement) => click(allByTestId(root, "annotation-item")[1]!.querySelector("[data-primary]")),
      "Export this article",
      { pageKeys: [ANALYSED] },
    ],
    [
      "an entity's articles",
      async (root: HTMLElement) => {
        await click(allByTestId(root, "annotation-item")[1]!.querySelector("[data-primary]"));
        await openRow(root, "Расул");
      },
      "Export these articles",
      { entity: { kind: "expert", name: "Расул Рысмамбетов" } },
    ],
  ] as const)("exports %s, with its automatic annotations", async (_label, open, label, filter) => {
    const { api, calls } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    expect(byTestId(root, "library-export-filtered")).toBeNull();
    await open(root);
    const group = byTestId(root, "library-export-filtered")!;
    expect(group.getAttribute("aria-label")).toBe(label);
    await click(byTestId(group, "export-csv"));
    expect(calls.exports).toEqual([filter]);
    const csv = await fileText(calls.downloads[0]!);
    expect(csv).toContain("Металлы");
    expect(csv).not.toContain("Бюджет");
    expect(csv).toContain("expert,Расул Рысмамбетов; Рысмамбетов,Расул Рысмамбетов,экономист");
    expect(csv).toContain("policy option,необходимо снизить НДС до 10%");
  });

  it("offers no selection to export when a search finds nothing", async () => {
    const { api } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    await type(byTestId(root, "search"), "zzz");
    expect(byTestId(root, "search-results")).not.toBeNull();
    expect(byTestId(root, "library-export-filtered")).toBeNull();
  });

  it("switches tabs with the arrow keys", async () => {
    const { api } = fakeLibrary();
    const root = await mount(<Library api={api} searchDelay={0} />);
    const tabs = root.querySelector('[role="tablist"]')!;
    byTestId(root, "tab-pages")!.focus();
    await act(async () => void tabs.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true })));
    await settle();
    expect(byTestId(root, "tab-settings")!.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(byTestId(root, "tab-settings"));
    expect(byTestId(root, "settings")).not.toBeNull();
  });
});

describe("settings", () => {
  async function settings(deny = false) {
    const lib = fakeLibrary();
    if (deny) lib.deny();
    const root = await mount(<Library api={lib.api} searchDelay={0} initialTab="settings" />);
    return { root, ...lib };
  }

  it.each([
    ["vlast.kz", "*://*.vlast.kz/*"],
    ["https://www.kaztag.kz/ru/news/1", "*://*.kaztag.kz/*"],
  ])("adds %s after the browser grants access", async (input, pattern) => {
    const { root, calls } = await settings();
    await type(byTestId(root, "site-input"), input);
    await click(byTestId(root, "add-site"));
    expect(calls.hostRequests).toEqual([[pattern]]);
    expect(calls.settings).toEqual([["sites.extra", [pattern]]]);
    expect(byTestId(root, "settings")!.textContent).toContain(`${pattern.slice(6, -2)} ×`);
  });

  it("keeps the list unchanged when access is refused, and says so", async () => {
    const { root, calls } = await settings(true);
    await type(byTestId(root, "site-input"), "vlast.kz");
    await click(byTestId(root, "add-site"));
    expect(calls.settings).toEqual([]);
    expect(root.textContent).toContain("The browser did not grant access to vlast.kz.");
  });

  it("refuses a site that is not a host name without asking the browser", async () => {
    const { root, calls } = await settings();
    await type(byTestId(root, "site-input"), "not a site");
    await click(byTestId(root, "add-site"));
    expect(calls.hostRequests).toEqual([]);
    expect(root.textContent).toContain("Enter a site name such as example.com.");
  });

  it("stores kinds and colours", async () => {
    const { root, calls } = await settings();
    await click(byTestId(root, "kind-organisation"));
    await type(byTestId(root, "colour-expert"), "#ff0000", "change");
    expect(calls.settings).toEqual([
      ["kinds", { expert: true, organisation: false, "policy-option": true }],
      ["colours", { expert: "#ff0000", organisation: "#1e90ff", "policy-option": "#00c878" }],
    ]);
  });

  it("shows the keyboard shortcuts", async () => {
    const { root } = await settings();
    expect(root.textContent).toContain("Show or hide PolicyLens highlights: Alt+Shift+H");
    expect(root.textContent).toContain("Open the PolicyLens popup: not set");
  });
});
