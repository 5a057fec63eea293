import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { offsetOf, pointAt, readDomText } from "./dom-text";

const body = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

describe("readDomText", () => {
  it.each([
    ["<p>Hello  <b>world</b></p><p>Next\n para</p>", "Hello world\n\nNext para"],
    ["<div>\n  <p> Лидер </p>\n  <p>Второй</p>\n</div>", "Лидер\n\nВторой"],
    ["<p>a<br>b</p>", "a\nb"],
    ["<p>x<script>bad()</script>y</p><style>p{}</style>", "xy"],
    ["<p>one <span hidden>secret</span>two</p>", "one two"],
    ["<ul><li>a</li><li>b</li></ul>", "a\n\nb"],
  ])("reads %j as %j", (html, want) => {
    expect(readDomText(body(html)).text).toBe(want);
  });

  // Each segment's [start, end, nodeOffsets]: null while the node's text is copied unchanged.
  it.each([
    ["<p>Hello world</p>", [[0, 11, null]]],
    ["<p>Привет,\nмир</p>", [[0, 11, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]]],
    ["<p>a  b</p>", [[0, 3, [0, 1, 3, 4]]]],
    ["<p>  ab</p>", [[0, 2, [2, 3, 4]]]],
    [
      "<p>ab  </p><p>c</p>",
      [
        [0, 2, [0, 1, 3]],
        [4, 5, null],
      ],
    ],
    [
      "<p>x <b> y</b>\t\tz</p>",
      [
        [0, 2, null],
        [2, 3, [1, 2]],
        [3, 5, [0, 2, 3]],
      ],
    ],
    ["<p>  </p>", []],
  ])("maps %j to segments %j", (html, want) => {
    expect(readDomText(body(html)).segments.map((s) => [s.start, s.end, s.nodeOffsets])).toEqual(want);
  });

  it("maps every character back to the node it came from", () => {
    const root = body("<p>  Hello <i>big</i>\n world </p><p>Bye</p>");
    const dom = readDomText(root);
    for (let i = 0; i < dom.text.length; i++) {
      const ch = dom.text[i]!;
      if (ch === "\n") continue;
      const p = pointAt(dom, i, "start")!;
      const got = p.node.data[p.offset]!;
      expect(ch === " " ? /\s/.test(got) : got).toBe(ch === " " ? true : ch);
      expect(offsetOf(dom, p.node, p.offset)).toBe(i);
    }
  });

  it("puts range ends on the preceding node at a boundary", () => {
    const dom = readDomText(body("<p>ab<b>cd</b></p>"));
    const end = pointAt(dom, 2, "end")!;
    expect(end.node.data).toBe("ab");
    expect(end.offset).toBe(2);
    const start = pointAt(dom, 2, "start")!;
    expect(start.node.data).toBe("cd");
    expect(start.offset).toBe(0);
  });
});
