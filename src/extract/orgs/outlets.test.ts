import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse";
import { findOrganisations } from "../find-organisations";
import type { Lang } from "../types";
import { findOwnSiteName } from "./outlets";

/** Each organisation the rules find, with " (outlet)" after the page's source. */
const marked = (text: string, lang: Lang, url: string | null = null) =>
  findOrganisations(analyse(text, lang), url).map((o) => (o.outlet ? `${o.name} (outlet)` : o.name));

describe("markOutlets: the outlet a story comes from is the page's source", () => {
  it.each<[string, Lang, string, string | null, string[]]>([
    [
      "the page's own site, named as the source",
      "ru",
      "Минфин решил продать акции, передает Caravan.kz.",
      "https://www.caravan.kz/news/x/",
      ["Минфин", "Caravan.kz (outlet)"],
    ],
    [
      "a news agency named as the source",
      "ru",
      "Цены выросли на 5%, пишет РИА Новости со ссылкой на источники.",
      null,
      ["РИА Новости (outlet)"],
    ],
    [
      "an agency a news noun introduces",
      "ru",
      "По данным агентства Bloomberg, Казахмыс продаст долю.",
      null,
      ["Bloomberg (outlet)", "Казахмыс"],
    ],
    [
      "the page's own site, named without a source's words",
      "ru",
      "Как выяснил Caravan.kz, Минфин решил продать акции.",
      "https://www.caravan.kz/news/x/",
      ["Caravan.kz (outlet)", "Минфин"],
    ],
    [
      "the same name on another site",
      "ru",
      "Как выяснил Caravan.kz, Минфин решил продать акции.",
      "https://tengrinews.kz/news/x/",
      ["Caravan.kz", "Минфин"],
    ],
    [
      "English: the outlet that reported it",
      "en",
      "Prices rose, Reuters reported on Monday.",
      null,
      ["Reuters (outlet)"],
    ],
    [
      "a body that reports is no outlet",
      "ru",
      "Об этом сообщает пресс-служба Минфина. Минфин сообщил о росте.",
      null,
      ["Минфин"],
    ],
    // An outlet known by name is a body wherever it stands, in any case; its capital alone at a sentence's start
    // counts where the text names it elsewhere too ("Курсив" is also italics).
    [
      "a known outlet a speech verb introduces",
      "ru",
      "Цены выросли на 5%, передает Курсив.",
      null,
      ["Курсив (outlet)"],
    ],
    [
      "a known outlet inflected, then at a sentence's start",
      "ru",
      "По данным Курсива, банк продан. Курсив пишет об этом.",
      null,
      ["Курсив (outlet)"],
    ],
    ["a known outlet's name only at a sentence's start", "ru", "Курсив здесь не нужен, сказал Иван Петров.", null, []],
    [
      "English: a known outlet that reported it",
      "en",
      "Prices rose by 5 percent, Kazinform reported.",
      null,
      ["Kazinform (outlet)"],
    ],
    [
      "a known outlet of two words, inflected",
      "ru",
      "Финал покажут на Первом канале в субботу.",
      null,
      ["Первый канал"],
    ],
    // A name in Latin letters as written, not a word that shares its stem, nor a word of a longer name.
    ["a common word like an outlet's name", "en", "The time has come to act, the minister said.", null, []],
    [
      "a longer name that opens with an outlet's",
      "en",
      "A review ran in The Times of India on Monday.",
      null,
      ["Times of India"],
    ],
    [
      "a place's name that ends like an outlet's",
      "en",
      "The lights of New York’s Times Square never go out.",
      null,
      [],
    ],
    [
      "a story about the outlet",
      "en",
      "Reuters cut ten jobs. Reuters said the cuts were needed. Staff at Reuters protested, the union reported.",
      null,
      ["Reuters"],
    ],
  ])("%s", (_, lang, text, url, expected) => {
    expect(marked(text, lang, url)).toEqual(expected);
  });
});

describe("findOwnSiteName: the page's outlet by the name its address gives", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a name no other rule knows, on its own site",
      "The Senate voted to extend the moratorium on land sales, Kursiv reported.",
      "https://kursiv.media/2026/12/07/senate/",
      ["Senate", "Kursiv (outlet)"],
    ],
    [
      "the name before the country's domain and its second level",
      "The minister told the BBC on Monday that he would resign.",
      "https://www.bbc.co.uk/news/world-1",
      ["BBC (outlet)"],
    ],
    [
      "a name no other rule knows, under a second-level domain",
      "The minister told the Chronicle on Monday that he would resign.",
      "https://www.chronicle.co.uk/news/1",
      ["Chronicle (outlet)"],
    ],
    [
      "not a sentence's first word, which may be any word",
      "Time is short for the talks, officials said.",
      "https://time.com/123/talks/",
      [],
    ],
  ])("%s", (_, text, url, expected) => {
    expect(marked(text, "en", url)).toEqual(expected);
  });

  it("takes no short name from an address: two or three letters would match any capitals", () => {
    const { tokens } = analyse("The Rt Hon member spoke to Vox.", "en");
    expect(findOwnSiteName(tokens, "https://rt.com/news/1/")).toEqual([]);
    expect(findOwnSiteName(tokens, "https://www.vox.com/1")).toEqual([]);
    expect(findOwnSiteName(tokens, null)).toEqual([]);
  });
});
