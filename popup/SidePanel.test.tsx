// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import type { PanelEvent, PanelState } from "./panel-state";
import { SidePanel } from "./SidePanel";
import { allByTestId, byTestId, click, fakePopupApi, fixtureNote, fixtureState, mount, settle } from "./test-support";

const TITLES: Record<number, string> = { 10: "Редкоземельные металлы", 11: "Пошлины на сырьё" };
const START: PanelState = { windowId: 1, ownTabId: null, tabId: 10, revision: 0, hovered: null };

/** A panel over two fake tabs, and a way to send it events as the browser and the background would. */
async function panel(initial = START) {
  const asked: number[] = [];
  const apis = Object.fromEntries(
    Object.entries(TITLES).map(([id, title]) => {
      const api = fakePopupApi(fixtureState({ page: { ...fixtureState().page, title } }), [fixtureNote("n1")]);
      const tabState = api.tabState;
      api.tabState = () => (asked.push(Number(id)), tabState());
      return [id, api];
    }),
  );
  let listener: ((e: PanelEvent) => void) | null = null;
  const root = await mount(
    <SidePanel
      initial={initial}
      apiFor={(id) => apis[id]!}
      subscribe={(l) => ((listener = l), () => (listener = null))}
    />,
  );
  const send = async (event: PanelEvent) => {
    await act(async () => listener!(event));
    await settle();
  };
  const title = () => byTestId(root, "page-title")?.textContent;
  const marked = () => allByTestId(root, "annotation-item").filter((li) => li.dataset.marked === "true");
  return { root, apis, asked, send, title, marked };
}

describe("the side panel", () => {
  it("shows the popup's view of its tab inside its own root", async () => {
    const { root, title } = await panel();
    const side = byTestId(root, "side-panel")!;
    expect(title()).toBe(TITLES[10]);
    expect(byTestId(side, "section-experts")?.textContent).toContain("Расул Рысмамбетов");
    expect(byTestId(side, "section-notes")?.textContent).toContain("заметка n1");
    // The popup's own button to open the panel is not in the panel.
    expect(byTestId(root, "open-side-panel")).toBeNull();
  });

  it("follows a tab brought to the front in its window", async () => {
    const { send, title } = await panel();
    await send({ type: "activated", tabId: 11, windowId: 1 });
    expect(title()).toBe(TITLES[11]);
    await send({ type: "activated", tabId: 10, windowId: 2 });
    expect(title()).toBe(TITLES[11]);
  });

  it("reads its tab again when the background says it changed, and not for another tab", async () => {
    const { send, asked } = await panel();
    expect(asked).toEqual([10]);
    await send({ type: "changed", tabId: 11 });
    expect(asked).toEqual([10]);
    await send({ type: "changed", tabId: 10 });
    await send({ type: "updated", tabId: 10, status: "complete" });
    expect(asked).toEqual([10, 10, 10]);
  });

  it("marks the row of the annotation under the reader's pointer, and unmarks it", async () => {
    const { send, marked } = await panel();
    expect(marked()).toEqual([]);
    await send({ type: "hover", tabId: 10, id: "o-minfin" });
    expect(marked().map((li) => li.textContent)).toEqual([expect.stringContaining("Минфин")]);
    await send({ type: "hover", tabId: 10, id: "opt-1" });
    expect(marked().map((li) => li.textContent)).toEqual([expect.stringContaining("создать государственный фонд")]);
    await send({ type: "hover", tabId: 10, id: null });
    expect(marked()).toEqual([]);
  });

  it("scrolls the page to an item clicked in it", async () => {
    const { root, apis } = await panel();
    await click(byTestId(root, "section-organisations")!.querySelector("[data-primary]"));
    expect(apis[10]!.calls.scrollTo).toEqual(["o-knb"]);
  });

  it("says so when it has no tab to describe", async () => {
    const { root } = await panel({ ...START, tabId: null });
    expect(byTestId(root, "side-panel")?.textContent).toBe("No tab to describe.");
  });

  it("shows the latest read of its tab when an older one answers after it", async () => {
    const { apis, send, title } = await panel();
    const answers: ((title: string) => void)[] = [];
    const state = await apis[10]!.tabState();
    apis[10]!.tabState = () =>
      new Promise((done) => answers.push((t) => done({ ...state, page: { ...state.page, title: t } })));
    await send({ type: "changed", tabId: 10 });
    await send({ type: "changed", tabId: 10 });
    await act(async () => answers[1]!("newer"));
    await settle();
    await act(async () => answers[0]!("older"));
    await settle();
    expect(title()).toBe("newer");
  });
});
