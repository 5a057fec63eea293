import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { absoluteUrl, canonicalUrlOf, readClaimedUrls } from "./claimed-urls";

const BASE = "https://caravan.kz/news/x-123?utm_source=tg";
const docWith = (head: string) =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body></body></html>`).window.document;
const CANONICAL = '<link rel="canonical" href="https://caravan.kz/news/x-123">';
const OG = '<meta property="og:url" content="https://caravan.kz/og/x-123">';

describe("readClaimedUrls", () => {
  it.each([
    ["neither", "", { canonical: null, ogUrl: null }],
    [
      "both, as written",
      CANONICAL + OG,
      { canonical: "https://caravan.kz/news/x-123", ogUrl: "https://caravan.kz/og/x-123" },
    ],
    [
      "a relative canonical, unresolved",
      '<link rel="canonical" href="/news/x-123">',
      { canonical: "/news/x-123", ogUrl: null },
    ],
    ["an empty canonical as empty", '<link rel="canonical" href="">', { canonical: "", ogUrl: null }],
    ["a canonical link without href as none", '<link rel="canonical">', { canonical: null, ogUrl: null }],
    [
      "not a rel list that only includes canonical",
      '<link rel="alternate canonical" href="/a">',
      { canonical: null, ogUrl: null },
    ],
  ])("reads %s", (_label, head, want) => expect(readClaimedUrls(docWith(head))).toEqual(want));
});

describe("canonicalUrlOf", () => {
  it.each([
    ["the canonical link first", CANONICAL + OG, "https://caravan.kz/news/x-123"],
    ["og:url when there is no canonical link", OG, "https://caravan.kz/og/x-123"],
    [
      "a relative canonical resolved against the base",
      '<link rel="canonical" href="/news/y">',
      "https://caravan.kz/news/y",
    ],
    ["nothing for an empty canonical, even with og:url", '<link rel="canonical" href="">' + OG, null],
    ["nothing without either", "", null],
  ])("takes %s", (_label, head, want) => expect(canonicalUrlOf(docWith(head), BASE)).toBe(want));
});

describe("absoluteUrl", () => {
  it.each([
    ["/a", BASE, "https://caravan.kz/a"],
    ["https://other.kz/b", null, "https://other.kz/b"],
    ["/a", null, null],
    ["", BASE, null],
    [null, BASE, null],
    ["http://[bad", BASE, null],
  ])("%s against %s → %s", (raw, base, want) => expect(absoluteUrl(raw, base)).toBe(want));
});
