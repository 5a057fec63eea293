import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { documentTextNodes } from "../anchor/text-nodes";
import { countWords, readArticle, readArticleConsuming } from "./article";
import { extractFromDocument } from "./engine";

const para = (s: string, n: number) => Array.from({ length: n }, () => `<p>${s}</p>`).join("");
const RU =
  "Экономист Расул Рысмамбетов считает, что Казахстану важно защитить свои стратегические активы и создать агентство.";
const EN =
  "The economist said the government should protect its strategic assets and create a new agency for them soon.";

function page(body: string, head = "") {
  return new JSDOM(
    `<!doctype html><html><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`,
  ).window.document;
}
const articleBody = (text: string) =>
  `<nav><a href="/">Главная</a><a href="/a">Популярное: МВД Казахстана</a></nav><article><h1>Заголовок</h1>${para(text, 8)}</article><aside><h3>Популярное</h3><ul><li><a href="/x">Песков ответил</a></li></ul></aside>`;

describe("readArticle", () => {
  it.each([
    ["ru", RU],
    ["en", EN],
  ])("reads the %s article body without menus and asides", (lang, text) => {
    const a = readArticle(page(articleBody(text)), "https://example.org/news/story-1/");
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe(lang);
    expect(a.dom.text).toContain(text);
    expect(a.dom.text).not.toContain("Популярное");
    expect(a.dom.text).not.toContain("Песков");
  });

  it("does not change the document it reads, and its offsets point at the document's own text nodes", () => {
    const doc = page(articleBody(RU));
    const before = doc.documentElement.outerHTML;
    const a = readArticle(doc, "https://example.org/news/story-1/");
    expect(doc.documentElement.outerHTML).toBe(before);
    for (const s of a.dom.segments.slice(0, 5)) expect(doc.contains(s.node)).toBe(true);
  });

  it("reads metadata: title, canonical URL and published date", () => {
    const head = `<link rel="canonical" href="/news/story-1/"><meta property="article:published_time" content="2026-02-14T10:32:00+05:00"><meta property="og:title" content="Казахстану важно защитить активы">`;
    const a = readArticle(page(articleBody(RU), head), "https://example.org/news/story-1/?utm=x");
    expect(a.canonicalUrl).toBe("https://example.org/news/story-1/");
    expect(a.published).toBe("2026-02-14T10:32:00+05:00");
    expect(a.title).toBe("Казахстану важно защитить активы");
  });

  it.each([
    [
      "a social card's title with the author, and the plain headline in JSON-LD",
      `<meta property="og:title" content="Kazakhstan must protect its assets | Eleanor Ainge Roy"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Kazakhstan must protect its assets"}</script>`,
      `<article>${para(EN, 8)}</article>`,
      "Kazakhstan must protect its assets",
    ],
    [
      "a card's title with the site, and the plain headline in the h1",
      `<meta name="twitter:title" content="Казахстану важно защитить активы — Caravan.kz">`,
      `<article><h1>Казахстану важно защитить активы</h1>${para(RU, 8)}</article>`,
      "Казахстану важно защитить активы",
    ],
    [
      "a dash that is part of the headline",
      `<meta property="og:title" content="Казахстану важно защитить активы – экономист">`,
      `<article><h1>Казахстану важно защитить активы – экономист</h1>${para(RU, 8)}</article>`,
      "Казахстану важно защитить активы – экономист",
    ],
  ])("reads the title without the site's or author's name: %s", (_kind, head, body, want) => {
    const html = `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;
    expect(readArticle(new JSDOM(html).window.document, "https://example.org/news/1").title).toBe(want);
    const copy = new JSDOM(html).window.document;
    expect(readArticleConsuming({ doc: copy, textNodes: documentTextNodes(copy) }, null).title).toBe(want);
  });

  it.each([
    ["a home page", articleBody(EN), "https://example.org/", /home or section/],
    ["a search page", articleBody(EN), "https://example.org/find?q=assets", /search/],
    ["a stub", "<article><p>Short teaser only.</p></article>", "https://example.org/news/1", /too little text/],
    [
      "a list of headlines",
      `<main>${Array.from({ length: 8 }, (_, i) => `<h2><a href="/n/${i}">Headline number ${i} about the economy</a></h2><p>Teaser text for story ${i} here.</p>`).join("")}</main>`,
      "https://example.org/news/latest-stories",
      /index page|too little|not look/,
    ],
  ])("says %s is not an article", (_kind, body, url, reason) => {
    const a = readArticle(page(body), url);
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(reason);
  });
});

describe("a news brief (a wire item of a few sentences)", () => {
  // Made-up briefs in the shape of wire items: a cited economist, a proposal, the agency as the source.
  const BRIEFS = [
    [
      "ru",
      "Казахстану следует пересмотреть правила экспорта редких металлов, считает экономист Айдар Нурланов. По его словам, министерству промышленности нужно создать единый реестр месторождений до конца года. Ранее правительство объявило о планах привлечь иностранных партнеров в отрасль, передает агентство.",
    ],
    [
      "en",
      "The government should publish its mining contracts before the end of the year, said Jane Porter, an economist at the Institute for Fiscal Research. Porter added that parliament must approve every new licence. The ministry has not yet responded to the proposal, the agency reported.",
    ],
  ] as const;
  const brief = (text: string, title = "Экспорт редких металлов") =>
    new JSDOM(
      `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${text
        .split(/(?<=\.) /)
        .map((p) => `<p>${p}</p>`)
        .join("")}</article></body></html>`,
    ).window.document;

  it.each(BRIEFS)("is an article in %s, and its expert and proposal are found", (lang, text) => {
    expect(countWords(text)).toBeLessThan(80);
    const result = extractFromDocument(brief(text), { url: "https://example.org/news/brief-1" });
    expect(result.isArticle, result.notArticleReason ?? "").toBe(true);
    expect(result.lang).toBe(lang);
    expect(result.people.some((p) => p.expert)).toBe(true);
    expect(result.policyOptions.length).toBeGreaterThan(0);
  });

  it.each([
    ["one sentence", "Правительство объявило о планах привлечь иностранных партнеров в отрасль.", "Экспорт"],
    ["lines too short to be sentences", "Фото: пресс-служба. Читать далее. Поделиться.", "Экспорт"],
    ["no title", BRIEFS[1][1], ""],
  ])("is not an article with %s", (_what, text, title) => {
    const a = readArticle(brief(text, title), "https://example.org/news/brief-1");
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toMatch(/too little text/);
  });
});

describe("a page with no article body at all", () => {
  // Nothing but a script: its code is not the page's language, the title's words are.
  const html = `<!doctype html><html><head><title>Новости Казахстана и Центральной Азии сегодня</title></head><body><script>var message = "the data is loaded when the page is ready and the user is on it";</script></body></html>`;

  it.each([
    ["read on a clone", () => readArticle(new JSDOM(html).window.document, "https://example.org/news/1")],
    [
      "read in place",
      () => {
        const doc = new JSDOM(html).window.document;
        return readArticleConsuming({ doc, textNodes: documentTextNodes(doc) }, "https://example.org/news/1");
      },
    ],
  ])("is not an article, in the language of its words (%s)", (_how, read) => {
    const a = read();
    expect(a.isArticle).toBe(false);
    expect(a.notArticleReason).toBe("no article body found");
    expect(a.lang).toBe("ru");
  });
});

describe("countWords", () => {
  it.each([
    ["Казахстану важно защитить активы", 4],
    ["The CBO said so.", 4],
    ["中国科学家发现", 4],
  ])("%s → %i", (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
