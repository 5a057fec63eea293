import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { documentTextNodes } from "../anchor/text-nodes";
import { readArticle } from "./article";
import { attachToPage, attachToPageInSlices, readArticleForTransfer, type ArticleTransfer } from "./article-transfer";

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
const transfer = (segments: { index: number; data: string }[]): Pick<ArticleTransfer, "text" | "segments"> => ({
  text: segments.map((s) => s.data).join("\n\n"),
  segments: segments.map((s, i) => ({
    index: s.index,
    length: s.data.length,
    head: s.data.slice(0, 24),
    start: i,
    end: i + 1,
    nodeOffsets: null,
  })),
});

describe("attachToPage", () => {
  it("finds each segment's node where the sender counted it", () => {
    const live = doc("<p>Первый</p><p>Второй</p>");
    const dom = attachToPage(
      transfer([
        { index: 0, data: "Первый" },
        { index: 1, data: "Второй" },
      ]),
      documentTextNodes(live),
    );
    expect(dom.segments.map((s) => s.node.data)).toEqual(["Первый", "Второй"]);
  });

  it("follows a page that gained nodes before the article since it was sent", () => {
    const live = doc("<div>Баннер</div><div>Реклама</div><p>Первый</p><p>Второй</p>");
    const dom = attachToPage(
      transfer([
        { index: 0, data: "Первый" },
        { index: 1, data: "Второй" },
      ]),
      documentTextNodes(live),
    );
    expect(dom.segments.map((s) => s.node.data)).toEqual(["Первый", "Второй"]);
  });

  // The middle node's text changed: to another length, or to another head of the same length.
  it.each([
    ["<p>Первый</p><p>Другой текст</p><p>Третий</p>", "Второй"],
    ["<p>First</p><p>Other</p><p>Third</p>", "Sense"],
    ["<p>Первый</p><p>Вторый</p><p>Третий</p>", "Второй"],
  ])("drops a segment whose text changed, and keeps the rest (%j)", (html, sent) => {
    const live = doc(html);
    const [first, , third] = documentTextNodes(live).map((t) => t.data);
    const dom = attachToPage(
      transfer([
        { index: 0, data: first! },
        { index: 1, data: sent },
        { index: 2, data: third! },
      ]),
      documentTextNodes(live),
    );
    expect(dom.segments.map((s) => s.node.data)).toEqual([first, third]);
  });
});

describe("attachToPageInSlices", () => {
  it.each([
    ["every step given back", 1],
    ["one in three", 3],
    ["never (a small page)", Infinity],
  ])("attaches as attachToPage does, asking for a turn after each segment: %s", async (_, every) => {
    const live = doc(Array.from({ length: 30 }, (_, i) => `<p>Абзац ${i}</p>`).join("<div>Реклама</div>"));
    const sent = transfer(Array.from({ length: 30 }, (_, i) => ({ index: i * 2, data: `Абзац ${i}` })));
    let asked = 0;
    let yields = 0;
    const slice = () => (++asked % every === 0 ? (yields++, Promise.resolve()) : undefined);
    const dom = await attachToPageInSlices(sent, documentTextNodes(live), slice);
    expect(dom).toEqual(attachToPage(sent, documentTextNodes(live)));
    expect(dom.segments).toHaveLength(30);
    expect(asked).toBe(30);
    expect(yields).toBe(Number.isFinite(every) ? Math.floor(30 / every) : 0);
  });
});

const paragraph = (i: number) =>
  `<p>Параграф ${i}: экономист считает, что правительству следует пересмотреть налоговую политику и поддержать малый бизнес в регионах страны.</p>`;
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i)).join("");
const URL = "https://www.caravan.kz/news/article/";
const page = (body: string) =>
  new JSDOM(`<!doctype html><html><head><title>Статья</title></head><body>${body}</body></html>`, { url: URL }).window
    .document;

// Readability reads the sent copy in place: what it names must still be the nodes of the page as it was sent.
describe("readArticleForTransfer", () => {
  it.each([
    [
      "an ordinary article",
      `<nav><a href="/">Главная</a></nav><article>${paragraphs(8)}</article><footer>© Caravan</footer>`,
    ],
    [
      "an article with a javascript: link Readability rewrites",
      `<article>${paragraphs(8)}<p>Подробнее на <a href="javascript:void(0)">сайте Минфина</a> и в отчёте.</p></article>`,
    ],
    // Under a "comment" class the text is cut on the first pass; too little is left, so Readability parses the page again.
    ["an article Readability parses twice", `<div class="comment">${paragraphs(3)}</div>`],
  ])("reads %s as a clone would, naming the sent page's nodes", (_what, body) => {
    const sent = readArticleForTransfer(page(body), URL);
    const original = page(body);
    const cloned = readArticle(original, URL);
    expect(sent.text).toBe(cloned.dom.text);
    expect(sent.text.length).toBeGreaterThan(300);
    const { dom: _dom, ...meta } = cloned;
    expect(sent.article).toEqual(meta);
    // The same nodes, by their place in the page, as the clone-reading points at.
    const nodes = documentTextNodes(original);
    expect(sent.segments.map((r) => r.index)).toEqual(cloned.dom.segments.map((s) => nodes.indexOf(s.node)));
    for (const ref of sent.segments) {
      expect(nodes[ref.index]!.data.length).toBe(ref.length);
      expect(nodes[ref.index]!.data.startsWith(ref.head)).toBe(true);
    }
  });
});
