import { describe, expect, it } from "vitest";
import { decodeHtml, decodeText, htmlEncoding } from "./decode";

/** ASCII as is, Cyrillic by the windows-1251 layout (А…я from 0xC0): enough to write the test's pages by hand. */
const cp1251 = (s: string) =>
  Uint8Array.from(s, (c) => (c <= "\u007f" ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0));
/** "Тест" in koi8-r, whose Cyrillic is in phonetic order, not the alphabet's. */
const KOI8_TEST = [0xf4, 0xc5, 0xd3, 0xd4];
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf16 = (s: string, bigEndian: boolean) =>
  Uint8Array.from(
    Array.from(s).flatMap((c) => {
      const [high, low] = [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff];
      return bigEndian ? [high, low] : [low, high];
    }),
  );
const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

describe("decodeHtml", () => {
  it.each([
    ["<meta charset>", cp1251(page("<meta charset=windows-1251>", "Тест")), "windows-1251"],
    ["a quoted <meta charset> label alias", cp1251(page(`<meta charset="cp1251">`, "Тест")), "windows-1251"],
    [
      "<meta http-equiv> (attributes in any order, any case)",
      cp1251(page(`<META content="text/html; charset=windows-1251" HTTP-EQUIV="Content-Type">`, "Тест")),
      "windows-1251",
    ],
    [
      "koi8-r after a long head",
      concat(ascii(`<html><head><script>${"x".repeat(5000)}</script><meta charset='koi8-r'></head><p>`), KOI8_TEST),
      "koi8-r",
    ],
    ["a UTF-8 byte order mark", concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(page("", "Тест"))), "utf-8"],
    ["a UTF-16LE byte order mark", concat([0xff, 0xfe], utf16(page("", "Тест"), false)), "utf-16le"],
    ["a UTF-16BE byte order mark", concat([0xfe, 0xff], utf16(page("", "Тест"), true)), "utf-16be"],
    [
      "a byte order mark over a <meta> that says otherwise",
      concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(page("<meta charset=windows-1251>", "Тест"))),
      "utf-8",
    ],
    ["no declaration", new TextEncoder().encode(page("", "Тест")), "utf-8"],
    ["an unknown label", new TextEncoder().encode(page("<meta charset=klingon>", "Тест")), "utf-8"],
    [
      "a declared UTF-16 (read as UTF-8, as browsers do)",
      new TextEncoder().encode(page("<meta charset=utf-16>", "Тест")),
      "utf-8",
    ],
    [
      "a declaration only in a comment",
      new TextEncoder().encode(page("<!-- <meta charset=windows-1251> -->", "Тест")),
      "utf-8",
    ],
    [
      "a declaration in the body (too late)",
      new TextEncoder().encode(`<html><head></head><body><meta charset=windows-1251><p>Тест</p></body></html>`),
      "utf-8",
    ],
  ])("reads a page with %s", (_kind, bytes, encoding) => {
    expect(htmlEncoding(bytes)).toBe(encoding);
    const text = decodeHtml(bytes);
    expect(text).toContain("Тест");
    expect(text.startsWith("<")).toBe(true);
  });
});

describe("decodeText", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode("Тест"), "Тест"],
    ["UTF-8 with a byte order mark", concat([0xef, 0xbb, 0xbf], new TextEncoder().encode("Тест")), "Тест"],
    ["UTF-16LE with a byte order mark", concat([0xff, 0xfe], utf16("Тест", false)), "Тест"],
    ["a <meta> it does not read", cp1251("<meta charset=windows-1251>Да"), "<meta charset=windows-1251>\ufffd\ufffd"],
  ])("reads %s", (_kind, bytes, want) => {
    expect(decodeText(bytes)).toBe(want);
  });
});
