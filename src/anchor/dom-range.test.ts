import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { readDomText } from "./dom-text";
import { offsetsFromRange, rangeFromOffsets } from "./dom-range";

const page = (html: string) => {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  return { doc, body: doc.body, dom: readDomText(doc.body) };
};
/** Range text and model text agree once whitespace (folded by the model, absent at block breaks) is ignored. */
const squash = (s: string) => s.replace(/\s+/g, "");

const PAGES = {
  en: "<h1>Rare  earths</h1><p>The <b>ministry</b> announced\n a <i>new programme</i>.</p><p>Experts <a href='#'>doubt</a> it.</p>",
  ru: "<h1>Редкие  земли</h1><p>Министерство <b>энергетики</b> объявило\n о <i>новой программе</i>.</p><p>Эксперты <a href='#'>сомневаются</a>.</p>",
};

describe("rangeFromOffsets and offsetsFromRange", () => {
  it.each([
    ["en", "ministry announced a new"],
    ["en", "programme.\n\nExperts doubt"],
    ["ru", "энергетики объявило о новой"],
    ["ru", "программе.\n\nЭксперты сомневаются"],
  ])("round-trips %s %j through a Range", (lang, quote) => {
    const { doc, dom } = page(PAGES[lang as keyof typeof PAGES]);
    const start = dom.text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFromOffsets(dom, start, start + quote.length, doc)!;
    expect(squash(range.toString())).toBe(squash(quote));
    expect(offsetsFromRange(dom, range)).toEqual({ start, end: start + quote.length });
  });

  it.each(["en", "ru"] as const)("reads a %s selection that starts and ends on elements", (lang) => {
    const { doc, body, dom } = page(PAGES[lang]);
    const range = doc.createRange();
    range.selectNodeContents(body.querySelector("p")!);
    const got = offsetsFromRange(dom, range)!;
    expect(dom.text.slice(got.start, got.end)).toBe(dom.text.split("\n\n")[1]);
  });

  it("moves ends that lie in skipped nodes or between paragraphs inward, and trims whitespace", () => {
    const { doc, body, dom } = page("<p>Alpha beta</p>\n<script>x()</script>\n<p>Gamma <button>Like</button>delta</p>");
    const range = doc.createRange();
    range.setStart(body.querySelector("script")!.firstChild!, 1);
    range.setEnd(body.querySelector("button")!.firstChild!, 2);
    expect(offsetsFromRange(dom, range)).toEqual({
      start: dom.text.indexOf("Gamma"),
      end: dom.text.indexOf("Gamma") + 5,
    });
    // From the end of the first paragraph's text: the break after it is left out.
    range.setStart(body.querySelector("p")!.firstChild!, 10);
    const { start, end } = offsetsFromRange(dom, range)!;
    expect(dom.text.slice(start, end)).toBe("Gamma");
  });

  it.each([
    ["a range inside a script", "<p>Text</p><script>var a = 1;</script>", "script"],
    ["a range over whitespace only", "<p>Text</p>\n  <div>  </div>\n<p>More</p>", "div"],
  ])("gives no offsets for %s", (_case, html, selector) => {
    const { doc, body, dom } = page(html);
    const range = doc.createRange();
    range.selectNodeContents(body.querySelector(selector)!);
    expect(offsetsFromRange(dom, range)).toBeNull();
  });

  it.each([
    ["an empty span", 3, 3],
    ["a reversed span", 5, 2],
    ["a negative start", -1, 3],
    ["an end past the text", 0, 10_000],
    ["a span made of a block break only", 5, 7],
  ])("gives no range for %s", (_case, start, end) => {
    const { doc, dom } = page("<p>Alpha</p><p>Beta</p>");
    expect(dom.text.slice(5, 7)).toBe("\n\n");
    expect(rangeFromOffsets(dom, start, end, doc)).toBeNull();
  });

  it("reads the DOM without changing it", () => {
    const { doc, body, dom } = page(PAGES.ru);
    const before = body.innerHTML;
    const range = rangeFromOffsets(dom, 3, 40, doc)!;
    offsetsFromRange(dom, range);
    expect(body.innerHTML).toBe(before);
  });
});
