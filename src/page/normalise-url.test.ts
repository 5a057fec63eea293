import { describe, expect, it } from "vitest";
import { normaliseUrl, pageIdentities } from "./normalise-url";

const ARTICLE = "https://caravan.kz/news/redkozemelnye-metally-123";

describe("normaliseUrl", () => {
  it.each([
    ["drops the fragment", `${ARTICLE}#comments`, ARTICLE],
    ["keeps a single-page route fragment", "https://example.com/app#!/story/12", "https://example.com/app#!/story/12"],
    ["drops utm_* parameters", `${ARTICLE}?utm_source=telegram&utm_medium=social&utm_campaign=x`, ARTICLE],
    ["drops click ids", `${ARTICLE}?fbclid=IwAR0&gclid=abc&yclid=123&ysclid=l1&msclkid=9`, ARTICLE],
    ["drops newsletter and analytics ids", `${ARTICLE}?mc_cid=1&mc_eid=2&_ga=3&igshid=4&ref=twitter`, ARTICLE],
    [
      "keeps parameters that name the article",
      "https://example.com/article.php?id=42&utm_source=x",
      "https://example.com/article.php?id=42",
    ],
    ["sorts the parameters it keeps", "https://example.com/a?page=2&id=42", "https://example.com/a?id=42&page=2"],
    ["drops an empty query", `${ARTICLE}?`, ARTICLE],
    ["lower-cases the host", "https://CARAVAN.KZ/news/redkozemelnye-metally-123", ARTICLE],
    ["drops www.", "https://www.caravan.kz/news/redkozemelnye-metally-123", ARTICLE],
    ["drops the mobile host", "https://m.caravan.kz/news/redkozemelnye-metally-123", ARTICLE],
    ["keeps a host that is only www. and a zone", "https://www.kz/a", "https://www.kz/a"],
    ["drops default ports", "https://caravan.kz:443/news/redkozemelnye-metally-123", ARTICLE],
    ["keeps other ports", "http://127.0.0.1:8080/page/", "https://127.0.0.1:8080/page"],
    ["serves http and https as one", "http://caravan.kz/news/redkozemelnye-metally-123", ARTICLE],
    ["drops a trailing slash", `${ARTICLE}/`, ARTICLE],
    ["keeps the root", "https://caravan.kz", "https://caravan.kz/"],
    ["drops /amp/ in the path", "https://caravan.kz/amp/news/redkozemelnye-metally-123", ARTICLE],
    ["drops a trailing /amp", `${ARTICLE}/amp/`, ARTICLE],
    ["drops ?amp=1", `${ARTICLE}?amp=1`, ARTICLE],
    ["drops ?outputType=amp", `${ARTICLE}?outputType=amp`, ARTICLE],
    ["keeps other outputType values", `${ARTICLE}?outputType=print`, `${ARTICLE}?outputType=print`],
    ["drops the amp. host", "https://amp.caravan.kz/news/redkozemelnye-metally-123", ARTICLE],
    ["turns .amp.html into .html", "https://example.com/2024/story.amp.html", "https://example.com/2024/story.html"],
    [
      "unwraps Google's AMP cache",
      "https://caravan-kz.cdn.ampproject.org/c/s/caravan.kz/news/redkozemelnye-metally-123/amp/",
      ARTICLE,
    ],
    [
      "encodes a Cyrillic path once",
      "https://пример.рф/новости/статья",
      "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",
    ],
    [
      "upper-cases percent escapes",
      "https://xn--e1afmkfd.xn--p1ai/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8/%d1%81%d1%82%d0%b0%d1%82%d1%8c%d1%8f",
      "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",
    ],
    ["keeps the case of the path", "https://example.com/News/Story-A", "https://example.com/News/Story-A"],
  ])("%s", (_case, raw, want) => {
    expect(normaliseUrl(raw)).toBe(want);
  });

  it.each([
    ["not a URL", "no url here"],
    ["a file URL", "file:///home/reader/page.html"],
    ["an extension page", "chrome-extension://abc/popup.html"],
  ])("gives null for %s", (_case, raw) => {
    expect(normaliseUrl(raw)).toBeNull();
  });

  it("resolves a relative URL against a base", () => {
    expect(normaliseUrl("/news/redkozemelnye-metally-123?utm_source=x", "https://www.caravan.kz/other")).toBe(ARTICLE);
  });
});

describe("pageIdentities", () => {
  it.each([
    ["the URL alone", { url: `${ARTICLE}?utm_source=x` }, [ARTICLE]],
    [
      "the URL, then canonical and og:url, without repeats",
      {
        url: "https://amp.caravan.kz/news/redkozemelnye-metally-123?amp=1",
        canonical: "https://caravan.kz/news/redkozemelnye-metally-123/",
        ogUrl: "https://caravan.kz/ru/news/123",
      },
      [ARTICLE, "https://caravan.kz/ru/news/123"],
    ],
    [
      "a relative canonical",
      { url: "https://example.com/a/b?id=1", canonical: "/story/1", ogUrl: null },
      ["https://example.com/a/b?id=1", "https://example.com/story/1"],
    ],
    [
      "no home page claimed by an article",
      { url: ARTICLE, canonical: "https://caravan.kz/", ogUrl: "https://www.caravan.kz" },
      [ARTICLE],
    ],
    [
      "the home page itself",
      { url: "https://www.caravan.kz/", canonical: "https://caravan.kz/" },
      ["https://caravan.kz/"],
    ],
    [
      "an unusable URL with a usable canonical",
      { url: "about:blank", canonical: "https://caravan.kz/news/x" },
      ["https://caravan.kz/news/x"],
    ],
    ["garbage canonical and og:url", { url: ARTICLE, canonical: "http://[bad", ogUrl: "" }, [ARTICLE]],
  ])("gives %s", (_case, page, want) => {
    expect(pageIdentities(page)).toEqual(want);
  });
});
