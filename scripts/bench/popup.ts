// Popup first-render time with 10,000 notes on the page: from render() until the notes section shows its
// first rows (the fake transport answers at once, so this is the popup's own work: building the lists,
// filtering, and rendering the virtualised rows). Also one filter keystroke over the 10,000 notes.
// Rendered into happy-dom in Node; a real browser adds layout and paint on top of these figures.
import { Window } from "happy-dom";

const NOTES = 10_000;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function popupBench(): Promise<void> {
  const window = new Window({ url: "chrome-extension://bench/popup/index.html" });
  const g = globalThis as Record<string, unknown>;
  for (const key of [
    "window",
    "document",
    "navigator",
    "HTMLElement",
    "HTMLInputElement",
    "HTMLTextAreaElement",
    "HTMLSelectElement",
    "Event",
    "KeyboardEvent",
    "Node",
    "Element",
    "Text",
  ]) {
    if (!(key in g) || key === "window" || key === "document")
      g[key] = key === "window" ? window : (window as unknown as Record<string, unknown>)[key];
  }
  const { h, render } = await import("preact");
  const { App } = await import("../../popup/App");
  const { fakePopupApi, fixtureNote, fixtureState } = await import("../../popup/test-support");

  const notes = Array.from({ length: NOTES }, (_, i) => fixtureNote(`n${i}`, { createdAt: i, tags: [`tag${i % 20}`] }));
  const firstRender: number[] = [];
  const filter: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const root = window.document.createElement("div");
    window.document.body.replaceChildren(root);
    const api = fakePopupApi(fixtureState(), notes);
    const start = performance.now();
    render(h(App, { api }), root as unknown as Element);
    const section = () => root.querySelector('[data-testid="section-notes"]');
    while (!section()?.querySelector('[data-testid="annotation-item"]')) await new Promise((r) => setTimeout(r, 0));
    firstRender.push(performance.now() - start);
    rows = section()!.querySelectorAll('[data-testid="annotation-item"]').length;

    const input = root.querySelector('[data-testid="search"]') as unknown as HTMLInputElement;
    const typed = performance.now();
    input.value = "n9999";
    input.dispatchEvent(new window.Event("input", { bubbles: true }) as unknown as Event);
    while (section()!.querySelectorAll('[data-testid="annotation-item"]').length !== 1)
      await new Promise((r) => setTimeout(r, 0));
    filter.push(performance.now() - typed);
    render(null, root as unknown as Element);
  }
  console.log("| measure | median ms | min ms | runs |");
  console.log("|---|---:|---:|---:|");
  console.log(
    `| popup first render, ${NOTES} notes (${rows} rows rendered) | ${median(firstRender).toFixed(1)} | ${Math.min(...firstRender).toFixed(1)} | ${RUNS} |`,
  );
  console.log(
    `| filter keystroke over ${NOTES} notes | ${median(filter).toFixed(1)} | ${Math.min(...filter).toFixed(1)} | ${RUNS} |`,
  );
  await window.happyDOM.close();
}
