// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { VIRTUALISE_ABOVE, VirtualList } from "./VirtualList";
import { allByTestId, mount, settle } from "./test-support";

const ROW = 40;
const VIEW = 400;

function list(count: number, marked: string | null = null) {
  const items = Array.from({ length: count }, (_, i) => `item ${i}`);
  return mount(
    <VirtualList
      items={items}
      marked={marked}
      rowHeight={ROW}
      viewHeight={VIEW}
      label="things"
      getKey={(s) => s}
      renderItem={(s) => (
        <button type="button" data-primary>
          {s}
        </button>
      )}
    />,
  );
}

async function press(key: string) {
  await act(
    async () => void document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true })),
  );
  await settle();
}

describe("VirtualList", () => {
  it("renders a short list whole, without a scrolling view", async () => {
    const root = await list(VIRTUALISE_ABOVE);
    expect(allByTestId(root, "annotation-item")).toHaveLength(VIRTUALISE_ABOVE);
    expect(root.querySelector(".virtual-view")).toBeNull();
    expect(root.querySelector('ul[role="list"]')?.getAttribute("aria-label")).toBe("things");
  });

  it("renders only the rows in view (plus a margin) of a long list, sized for all of them", async () => {
    const root = await list(10_000);
    const rows = allByTestId(root, "annotation-item");
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]!.getAttribute("aria-setsize")).toBe("10000");
    expect((root.querySelector("ul") as HTMLElement).style.height).toBe(`${10_000 * ROW}px`);
  });

  it("renders the rows scrolled to", async () => {
    const root = await list(10_000);
    const view = root.querySelector<HTMLElement>(".virtual-view")!;
    await act(async () => {
      Object.defineProperty(view, "scrollTop", { value: 5000 * ROW, configurable: true });
      view.dispatchEvent(new Event("scroll"));
    });
    const shown = allByTestId(root, "annotation-item").map((li) => li.textContent);
    expect(shown).toContain("item 5000");
    expect(shown).not.toContain("item 0");
  });

  it.each([
    ["End", "item 9999"],
    ["ArrowDown", "item 1"],
  ])("moves focus with %s, rendering the row it lands on", async (key, text) => {
    const root = await list(10_000);
    root.querySelector<HTMLElement>('[data-index="0"] [data-primary]')!.focus();
    await press(key);
    expect(document.activeElement?.textContent).toBe(text);
  });

  it("goes back to the first row with Home", async () => {
    const root = await list(10_000);
    root.querySelector<HTMLElement>('[data-index="0"] [data-primary]')!.focus();
    await press("End");
    await press("ArrowUp");
    expect(document.activeElement?.textContent).toBe("item 9998");
    await press("Home");
    expect(document.activeElement?.textContent).toBe("item 0");
  });

  it.each([
    ["a short list", VIRTUALISE_ABOVE, "item 30"],
    ["a long list, the row far out of view", 10_000, "item 7000"],
  ])("marks the marked row in %s, and only that one", async (_, count, key) => {
    const root = await list(count, key);
    const marked = allByTestId(root, "annotation-item").filter((li) => li.dataset.marked === "true");
    expect(marked.map((li) => li.textContent)).toEqual([key]);
  });

  it("scrolls a long list to the marked row", async () => {
    const root = await list(10_000, "item 7000");
    expect(root.querySelector<HTMLElement>(".virtual-view")!.scrollTop).toBe(7000 * ROW);
  });
});
