import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse";
import { findOrganisations } from "../find-organisations";
import type { Lang } from "../types";

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
