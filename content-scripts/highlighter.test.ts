import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { createHighlighter, HIGHLIGHT_NAMES } from "./highlighter";

const ALL = { expert: true, organisation: true, "policy-option": true, note: true };

function page(html: string) {
  const { window } = new JSDOM(`<!doctype html><body>${html}</body>`);
  return window;
}
const rangeOver = (doc: Document, node: Node, start: number, end: number) => {
  const r = doc.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
};

/** A stand-in for the CSS Custom Highlight API, which neither jsdom nor happy-dom has. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

describe("highlighter with the Custom Highlight API", () => {
  it("registers one highlight per kind, hides and shows kinds, and leaves the DOM alone", () => {
    const win = page("<p>Экономист Расул Рысмамбетов считает</p>");
    const doc = win.document;
    const registry = new Map<string, FakeHighlight>();
    const before = doc.body.innerHTML;
    const h = createHighlighter(doc, {
      setTimeout: win.setTimeout.bind(win),
      clearTimeout: win.clearTimeout.bind(win),
      CSSStyleSheet: win.CSSStyleSheet,
      CSS: { highlights: registry as unknown as HighlightRegistry },
      Highlight: FakeHighlight as unknown as typeof Highlight,
    });
    const text = doc.querySelector("p")!.firstChild!;
    const sheets = () => (doc.adoptedStyleSheets?.length ?? 0) + doc.querySelectorAll("style").length;
    // Nothing drawn, nothing restyled: the page gets our sheet with the first highlight.
    h.draw("organisation", []);
    expect(sheets()).toBe(0);
    h.draw("expert", [rangeOver(doc, text, 10, 27)]);
    expect(sheets()).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.expert)!.size).toBe(1);
    expect([...registry.get(HIGHLIGHT_NAMES.expert)!][0]!.toString()).toBe("Расул Рысмамбетов");
    expect(registry.has(HIGHLIGHT_NAMES.organisation)).toBe(false); // nothing to draw: not registered
    h.show({ ...ALL, expert: false });
    expect(registry.has(HIGHLIGHT_NAMES.expert)).toBe(false);
    h.show(ALL);
    expect(registry.has(HIGHLIGHT_NAMES.expert)).toBe(true);
    h.draw("note", [rangeOver(doc, text, 0, 9)], ["green"]);
    expect(registry.get(HIGHLIGHT_NAMES.note)!.size).toBe(1);
    expect(registry.get("policylens-note-green")!.priority).toBe(1);
    expect(doc.body.innerHTML).toBe(before);
    h.destroy();
    expect([...registry.keys()]).toEqual([]);
  });
});

describe("highlighter fallback without the API", () => {
  it("wraps text in policylens-mark, skips whitespace-only nodes, and unwraps on destroy", () => {
    const win = page("<table><tr><td>КНБ</td>\n<td>АСПИР</td></tr></table>");
    const doc = win.document;
    const before = doc.body.innerHTML;
    const h = createHighlighter(doc, {
      setTimeout: win.setTimeout.bind(win),
      clearTimeout: win.clearTimeout.bind(win),
      CSSStyleSheet: win.CSSStyleSheet,
    });
    const r = doc.createRange();
    r.setStart(doc.querySelectorAll("td")[0]!.firstChild!, 0);
    r.setEnd(doc.querySelectorAll("td")[1]!.firstChild!, 5);
    h.draw("organisation", [r]);
    const marks = [...doc.querySelectorAll("policylens-mark")];
    expect(marks.map((m) => m.textContent)).toEqual(["КНБ", "АСПИР"]);
    expect(marks.every((m) => m.parentElement!.tagName === "TD")).toBe(true);
    h.show({ ...ALL, organisation: false });
    expect(marks.every((m) => m.hasAttribute("data-hidden"))).toBe(true);
    h.destroy();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe("a drawing staged in slices", () => {
  it.each([
    ["with the Custom Highlight API", true],
    ["with the fallback", false],
  ])("%s: nothing changes until it is shown, then all of it at once", async (_, withApi) => {
    const win = page("<p>Экономист Расул Рысмамбетов считает</p>");
    const doc = win.document;
    const registry = new Map<string, FakeHighlight>();
    const h = createHighlighter(doc, {
      setTimeout: win.setTimeout.bind(win),
      clearTimeout: win.clearTimeout.bind(win),
      CSSStyleSheet: win.CSSStyleSheet,
      ...(withApi
        ? {
            CSS: { highlights: registry as unknown as HighlightRegistry },
            Highlight: FakeHighlight as unknown as typeof Highlight,
          }
        : {}),
    });
    const text = doc.querySelector("p")!.firstChild!;
    const ranges = [rangeOver(doc, text, 0, 9), rangeOver(doc, text, 10, 27), rangeOver(doc, text, 28, 35)];
    let asked = 0;
    const before = doc.body.innerHTML;
    const show = await h.stage("expert", ranges, () => void asked++);
    expect(registry.size).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
    show();
    const drawn = withApi
      ? [...registry.get(HIGHLIGHT_NAMES.expert)!].map((r) => r.toString())
      : [...doc.querySelectorAll("policylens-mark")].map((m) => m.textContent);
    expect(drawn).toEqual(["Экономист", "Расул Рысмамбетов", "считает"]);
    // The API's highlight is filled a range per step, each step a chance to give the thread back.
    expect(asked).toBe(withApi ? 3 : 0);
  });
});
