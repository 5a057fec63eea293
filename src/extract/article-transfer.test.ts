import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { documentTextNodes } from "../anchor/text-nodes";
import { attachToPage, type ArticleTransfer } from "./article-transfer";

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;
const transfer = (segments: { index: number; data: string }[]): Pick<ArticleTransfer, "text" | "segments"> => ({
  text: segments.map((s) => s.data).join("\n\n"),
  segments: segments.map((s, i) => ({ index: s.index, length: s.data.length, head: s.data.slice(0, 24), start: i, end: i + 1, nodeOffsets: null })),
});

describe("attachToPage", () => {
  it("finds each segment's node where the sender counted it", () => {
    const live = doc("<p>Первый</p><p>Второй</p>");
    const dom = attachToPage(transfer([{ index: 0, data: "Первый" }, { index: 1, data: "Второй" }]), documentTextNodes(live));
    expect(dom.segments.map((s) => s.node.data)).toEqual(["Первый", "Второй"]);
  });

  it("follows a page that gained nodes before the article since it was sent", () => {
    const live = doc("<div>Баннер</div><div>Реклама</div><p>Первый</p><p>Второй</p>");
    const dom = attachToPage(transfer([{ index: 0, data: "Первый" }, { index: 1, data: "Второй" }]), documentTextNodes(live));
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
    const dom = attachToPage(transfer([{ index: 0, data: first! }, { index: 1, data: sent }, { index: 2, data: third! }]), documentTextNodes(live));
    expect(dom.segments.map((s) => s.node.data)).toEqual([first, third]);
  });
});
