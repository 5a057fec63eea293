import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { readArticle } from "./article";

const paragraph = (i: number) =>
  `<p>Параграф ${i}: экономист считает, что правительству следует пересмотреть налоговую политику и поддержать малый бизнес в регионах страны.</p>`;

function page(body: string) {
  return new JSDOM(`<!doctype html><html><head><title>Статья</title></head><body>${body}</body></html>`, {
    url: "https://www.caravan.kz/news/article/",
  }).window.document;
}

/** Every segment must point at a node of the page the reader sees, holding the text the segment says. */
function expectLiveSegments(doc: Document) {
  const { dom } = readArticle(doc, doc.URL);
  expect(dom.segments.length).toBeGreaterThan(0);
  for (const s of dom.segments) {
    expect(doc.contains(s.node)).toBe(true);
    const offsets = s.nodeOffsets;
    const data = s.node.data;
    const text = dom.text.slice(s.start, s.end);
    if (!offsets) expect(data.slice(0, text.length)).toBe(text);
  }
  return dom;
}

describe("readArticle points its text at the live page", () => {
  it("for an ordinary article", () => {
    expectLiveSegments(page(`<article>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join("")}</article>`));
  });

  it("when Readability turns javascript: links into new text nodes", () => {
    const doc = page(
      `<article>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join("")}<p>Подробнее на <a href="javascript:void(0)">сайте Минфина</a> и в отчёте.</p></article>`,
    );
    const dom = expectLiveSegments(doc);
    expect(dom.text).toContain("сайте Минфина");
    const link = doc.querySelector("a")!.firstChild;
    expect(dom.segments.some((s) => s.node === link)).toBe(true);
  });
});
