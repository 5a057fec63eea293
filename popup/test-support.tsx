// Fixtures and a fake transport for the popup's component tests and benchmark: a Caravan-like page with
// hostile strings in the names, and a PopupApi that records what the components asked for.
import { type ComponentChild, render } from "preact";
import { act } from "preact/test-utils";
import type { ExtractResult, Mention } from "../src/extract/types";
import type { DataOf, TabState } from "../src/messages/types";
import type { NoteRecord } from "../src/records/types";
import type { FileToSave, PopupApi } from "./api";

export const HOSTILE = "<img src=x onerror=alert(1)>";

const mention = (text: string, start: number): Mention => ({ text, start, end: start + text.length });

export function fixtureResult(): ExtractResult {
  return {
    schema: "policylens.extract/1",
    lang: "ru",
    title: "Редкоземельные металлы",
    byline: null,
    published: null,
    url: "https://www.caravan.kz/news/x/",
    canonicalUrl: null,
    isArticle: true,
    notArticleReason: null,
    text: "",
    people: [
      {
        id: "p-rysm",
        kind: "person",
        name: "Расул Рысмамбетов",
        expert: true,
        role: "экономист",
        roles: ["экономист"],
        affiliation: null,
        mentions: [mention("Расул Рысмамбетов", 0), mention("Рысмамбетов", 50)],
        confidence: 0.9,
        evidence: [],
      },
      {
        id: "p-evil",
        kind: "person",
        name: `Иван ${HOSTILE}`,
        expert: true,
        role: HOSTILE,
        roles: [HOSTILE],
        affiliation: `<b>${HOSTILE}</b>`,
        mentions: [mention("Иван", 90)],
        confidence: 0.8,
        evidence: [],
      },
      {
        id: "p-other",
        kind: "person",
        name: "Не Эксперт",
        expert: false,
        role: null,
        roles: [],
        affiliation: null,
        mentions: [mention("Не Эксперт", 120)],
        confidence: 0.5,
        evidence: [],
      },
    ],
    organisations: [
      {
        id: "o-knb",
        kind: "organisation",
        outlet: false,
        name: "КНБ",
        variants: ["КНБ"],
        mentions: [mention("КНБ", 10)],
        confidence: 0.9,
        evidence: [],
      },
      {
        id: "o-minfin",
        kind: "organisation",
        outlet: false,
        name: "Минфин",
        variants: ["Минфину", "Минфин"],
        mentions: [mention("Минфину", 20), mention("Минфин", 30)],
        confidence: 0.9,
        evidence: [],
      },
      {
        id: "o-evil",
        kind: "organisation",
        outlet: false,
        name: HOSTILE,
        variants: [`<script>alert(2)</script>`],
        mentions: [mention("x", 40)],
        confidence: 0.5,
        evidence: [],
      },
    ],
    policyOptions: [
      {
        id: "opt-1",
        kind: "policy-option",
        text: "создать государственный фонд редкоземельных металлов",
        start: 60,
        end: 110,
        proposer: "Расул Рысмамбетов",
        proposerId: "p-rysm",
        confidence: 0.8,
        evidence: [],
      },
      {
        id: "opt-2",
        kind: "policy-option",
        text: "ввести пошлины на экспорт сырья",
        start: 130,
        end: 160,
        proposer: null,
        proposerId: null,
        confidence: 0.7,
        evidence: [],
      },
    ],
    voice: "outlet",
  };
}

export function fixtureState(over: Partial<TabState> = {}): TabState {
  return {
    page: {
      url: "https://www.caravan.kz/news/x/",
      canonicalUrl: null,
      ogUrl: null,
      title: "Редкоземельные металлы: что дальше",
      lang: "ru",
    },
    pageKey: "https://caravan.kz/news/x",
    result: fixtureResult(),
    status: "annotated",
    message: null,
    highlightsVisible: true,
    kinds: { expert: true, organisation: true, "policy-option": true },
    orphanIds: [],
    ...over,
  };
}

export function fixtureNote(id: string, over: Partial<NoteRecord> = {}): NoteRecord {
  return {
    id,
    pageKey: "https://caravan.kz/news/x",
    selectors: {
      quote: { type: "TextQuoteSelector", exact: `цитата ${id}`, prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start: 0, end: 10 },
    },
    scope: "article",
    text: `заметка ${id}`,
    tags: [],
    color: "#ffe600",
    annotationId: null,
    orphaned: false,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

export interface FakePopupApi extends PopupApi {
  calls: {
    scrollTo: string[];
    display: DataOf<"tab/display">[];
    saved: NoteRecord[];
    deleted: string[];
    opened: string[];
    downloads: FileToSave[];
  };
  store: NoteRecord[];
}

export function fakePopupApi(state: TabState, notes: NoteRecord[]): FakePopupApi {
  const calls: FakePopupApi["calls"] = { scrollTo: [], display: [], saved: [], deleted: [], opened: [], downloads: [] };
  const api: FakePopupApi = {
    tabId: 7,
    calls,
    store: [...notes],
    tabState: async () => state,
    notes: async (keys) => api.store.filter((n) => keys.includes(n.pageKey)),
    saveNote: async (note) => {
      calls.saved.push(note);
      api.store = [...api.store.filter((n) => n.id !== note.id), note];
      return note;
    },
    deleteNote: async (id) => {
      calls.deleted.push(id);
      const found = api.store.find((n) => n.id === id) ?? null;
      api.store = api.store.filter((n) => n.id !== id);
      return found;
    },
    scrollTo: async (id) => (calls.scrollTo.push(id), true),
    display: async (data) => (calls.display.push(data), { visible: data.visible ?? !state.highlightsVisible }),
    run: async () => "annotated",
    download: (file) => void calls.downloads.push(file),
    openPage: (path) => void calls.opened.push(path),
  };
  return api;
}

/** Lets pending promises and the effects they trigger settle inside act(). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
}

export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => render(vnode, root));
  await settle();
  return root;
}

/** A saved file's text, whether it was built as a string or as a Blob. */
export const fileText = async ({ content }: FileToSave): Promise<string> =>
  typeof content === "string" ? content : content.text();

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const allByTestId = (root: ParentNode, id: string) => [
  ...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error("nothing to click");
  await act(async () => (el as HTMLElement).click());
  await settle();
}

/** Sets a field's value and sends the event a reader's typing (input) or commit (change) would. */
export async function type(el: Element | null, value: string, event?: "input" | "change"): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
    throw new Error("not a field");
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(event ?? (el instanceof HTMLSelectElement ? "change" : "input"), { bubbles: true }));
  });
  await settle();
}
