import { describe, expect, it } from "vitest";
import { findOrganisations } from "./find-organisations";
import { analyse } from "./analysis/analyse";
import type { Lang } from "./types";

const orgsOf = (text: string, lang: Lang) => findOrganisations(analyse(text, lang));
const names = (text: string, lang: Lang) => orgsOf(text, lang).map((o) => o.name);
const surfaces = (text: string, lang: Lang) => orgsOf(text, lang).flatMap((o) => o.mentions.map((m) => m.text));

describe("findOrganisations: each rule finds its names", () => {
  it.each<[string, Lang, string, string]>([
    ["acronym", "ru", "Контроль передали КНБ и АСПИР в прошлом году.", "АСПИР"],
    ["acronym", "en", "The plan was scored by the CBO last week.", "CBO"],
    ["inflected acronym", "ru", "Об этом сообщили в пресс-службе МИДа вчера.", "МИД"],
    ["quoted name", "ru", "Иностранцы попытаются выкупить «Казахмыс» и «Кокшетау-Минерал».", "Кокшетау-Минерал"],
    ["legal form + quotes", "ru", "Акции ТОО «Алтын Тау» были проданы.", "Алтын Тау"],
    ["quoted after an organisation noun", "en", 'He joined the company "Kaztsink" in 2001.', "Kaztsink"],
    ["organisation noun", "ru", "Решение принял Конституционный суд в пятницу.", "Конституционный суд"],
    [
      "organisation noun with complement",
      "ru",
      "Заявление сделал Комитет защиты журналистов вчера.",
      "Комитет защиты журналистов",
    ],
    [
      "organisation noun with a place",
      "ru",
      "Об этом заявил Национальный банк Украины в среду.",
      "Национальный банк Украины",
    ],
    ["state body of a place", "ru", "Позицию правительства Израиля озвучил посол.", "правительства Израиля"],
    [
      "organisation noun",
      "en",
      "Data came from the Department of Design and Construction on Monday.",
      "Department of Design and Construction",
    ],
    [
      "organisation noun with a list",
      "en",
      "It was shown at the American Academy of Allergy, Asthma and Immunology in Houston.",
      "American Academy of Allergy, Asthma and Immunology",
    ],
    [
      "possessive inside a name",
      "en",
      "She works at the Murdoch Children’s Research Institute in Melbourne.",
      "Murdoch Children’s Research Institute",
    ],
    ["context after", "en", "Many volunteers joined the Manu Taupunga group this year.", "Manu Taupunga"],
    ["context before", "en", "According to whale rescue group Project Jonah, the strandings grew.", "Project Jonah"],
    [
      "organisation noun with a по-complement",
      "ru",
      "Президент поручил Агентству по защите и развитию конкуренции проверить цены.",
      "Агентству по защите и развитию конкуренции",
    ],
    [
      "indeclinable head noun",
      "ru",
      "По данным Бюро национальной статистики, инфляция выросла.",
      "Бюро национальной статистики",
    ],
    [
      "a name ends before a weekday",
      "en",
      "Warren wrote to the Federal Trade Commission on Monday.",
      "Federal Trade Commission",
    ],
    ["context after: analysts", "en", "Goldman Sachs analysts expect a cut.", "Goldman Sachs"],
    [
      "a longer name keeps the known body's name",
      "ru",
      "Национальный банк Казахстана сохранил ставку. Глава Нацбанка пояснил.",
      "Нацбанк",
    ],
    ["shortened state name", "ru", "Отчёт направили в Минобороны и Росстат.", "Росстат"],
    ["shortened state name", "ru", "Отчёт направили в Минобороны и Росстат.", "Минобороны"],
    ["gazetteer, inflected", "ru", "Вопрос должен одобряться Совбезом.", "Совбез"],
    ["gazetteer", "en", "The Fed raised rates again.", "Federal Reserve"],
    ["Latin name in Russian text", "ru", "Компания объявила о сделке с Vestas на прошлой неделе.", "Vestas"],
    ["outlet address", "ru", "Об этом сообщает Caravan.kz со ссылкой на источники.", "Caravan.kz"],
  ])("%s (%s): %s → %s", (_rule, lang, text, expected) => {
    expect(surfaces(text, lang).concat(names(text, lang))).toContain(expected);
  });
});

describe("findOrganisations: places and generic phrases are not organisations", () => {
  it.each<[Lang, string]>([
    ["ru", "США уже предпринимают шаги, а РФ и Китай наблюдают."],
    ["ru", "В Москве заявили о готовности работать с Казахстаном."],
    ["ru", "Российские компании и китайские компании конкурируют."],
    ["ru", "Правительство решило продлить программу."],
    ["ru", "Советского Союза больше нет, а Российской Федерации тридцать лет."],
    ["en", "The US and the UK signed the deal in New York."],
    ["en", "Chinese officials met Kenyan officials in Nairobi."],
    ["en", "He has an MD and a PhD and works on HIV."],
    ["en", "The Department said nothing."],
  ])("%s: %s", (lang, text) => {
    expect(names(text, lang)).toEqual([]);
  });
});

describe("findOrganisations: forms of one body are one organisation", () => {
  it.each<[Lang, string, string, number]>([
    ["ru", "Контроль передали Минфину. Минфин согласился.", "Минфин", 2],
    ["ru", "Комитет защиты журналистов (КЗЖ) заявил протест. КЗЖ настаивает.", "Комитет защиты журналистов", 3],
    [
      "en",
      "The Congressional Budget Office (CBO) scored the bill. The CBO said costs rise.",
      "Congressional Budget Office",
      3,
    ],
    [
      "en",
      "The Department of Environmental Protection repairs mains. Environmental Protection officials said so. The Environmental Protection Department agreed.",
      "Department of Environmental Protection",
      3,
    ],
    ["en", "Members of US Congress objected. Congress will vote.", "Congress", 2],
  ])("%s: %s", (lang, text, name, mentions) => {
    const orgs = orgsOf(text, lang);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.name).toBe(name);
    expect(orgs[0]!.mentions).toHaveLength(mentions);
  });

  it("keeps bodies that only share a place apart", () => {
    const text = "The New York Times spoke to a professor at New York University.";
    expect(names(text, "en").sort()).toEqual(["New York University", "The New York Times"]);
  });
});

describe("findOrganisations: result shape", () => {
  it("gives offsets into the text, a stable id, confidence and evidence", () => {
    const text = "Об этом сообщили в КНБ. Позже КНБ уточнил.";
    const [org] = orgsOf(text, "ru");
    expect(org!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["КНБ", "КНБ"]);
    expect(org!.id).toBe(orgsOf(text, "ru")[0]!.id);
    expect(org!.confidence).toBeGreaterThan(0.5);
    expect(org!.evidence[0]!.cue).toBe("gazetteer");
  });
});
