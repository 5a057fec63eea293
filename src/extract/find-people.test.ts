import { describe, expect, it } from "vitest";
import { findPeople } from "./find-people";
import { analyse } from "./analysis/analyse";
import { attributeSpeakers } from "./attribute-speakers";
import { findExperts } from "./find-experts";
import type { Lang, Organisation } from "./types";

/** The people as the result lists them: found, then judged experts after attribution, as the pipeline runs them. */
const run = (text: string, lang: Lang, orgs: Organisation[] = []) => {
  const analysis = analyse(text, lang);
  const found = findPeople(analysis, orgs);
  return findExperts(found, attributeSpeakers(analysis, found));
};
const org = (text: string, name: string): Organisation => {
  const start = text.indexOf(name);
  return {
    id: "o",
    kind: "organisation",
    outlet: false,
    name,
    variants: [name],
    mentions: [{ text: name, start, end: start + name.length }],
    confidence: 1,
    evidence: [],
  };
};

describe("findPeople: names and their linking", () => {
  it.each([
    [
      "ru",
      "Об этом заявил экономист Расул Рысмамбетов. Позже Рысмамбетова спросили о сделке. «Это важно», – напомнил Рысмамбетов.",
      "Расул Рысмамбетов",
      3,
    ],
    ["ru", "Встречу провёл Александр Белов. Журналисты ждали Александра Белова у входа.", "Александр Белов", 2],
    ["ru", "Документ подписал В.В. Путин. Позже Путин уехал в Сочи.", "В.В. Путин", 2],
    [
      "ru",
      "В совещании участвовал Борис Николаевич Ельцин. Бориса Николаевича встретили у трапа.",
      "Борис Николаевич Ельцин",
      2,
    ],
    [
      "en",
      "“It is not safe,” said Patrick McHugh, a vice president at the utility. Mr. McHugh said more work was planned.",
      "Patrick McHugh",
      2,
    ],
    ["en", "The study was led by Dr. Katie Allen in Melbourne. Allen was not involved in the trial.", "Katie Allen", 2],
    ["en", "Since Mayor Bill de Blasio took office, crews have filled potholes.", "Bill de Blasio", 1],
    // Mentions whose names come out the same are one person, though the word keys leave their forms apart.
    [
      "ru",
      "Суд признал Алексея Навального виновным. Алексей Навальный заявил, что обжалует решение.",
      "Алексей Навальный",
      2,
    ],
    ["en", "The ruling was signed by W. Lee on Monday. Critics said W. Lee had no choice.", "W. Lee", 2],
    // A given name we do not know, seen only in an oblique case that the words before the name tell, is put back
    // in the nominative with its surname; the same ending after a nominative is left as written.
    ["ru", "Переговоры прошли с министром иностранных дел Домиником Раабом.", "Доминик Рааб", 1],
    ["ru", "Песня посвящена хип-хоп-исполнителю Шону Комбсу.", "Шон Комбс", 1],
    ["ru", "Картину купили у Нила Армстронга в 1970 году.", "Нил Армстронг", 1],
    ["ru", "Считается, что 63-летний Сумаила Сиссе победит.", "Сумаила Сиссе", 1],
    ["ru", "Фильм Павла Чухрая вышел в прокат.", "Павел Чухрай", 1],
    ["ru", "Семья Обамы купила дом. Барак Обама прокомментировал покупку. Дом Обамы стоит у парка.", "Барак Обама", 3],
    // "ё" written or not, one name.
    ["ru", "Выступил Андрей Пономарёв. Затем Андрей Пономарев ушёл.", "Андрей Пономарёв", 2],
  ] as const)("%s: %s → %s", (lang, text, name, count) => {
    const people = run(text, lang);
    expect(people.filter((q) => q.name === name)).toHaveLength(1);
    const p = people.find((q) => q.name === name);
    expect(p, JSON.stringify(people.map((q) => q.name))).toBeDefined();
    expect(p!.mentions).toHaveLength(count);
    for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ["ru", "Мировая борьба за ресурсы выходит на новый уровень. Эксперты считают, что цены вырастут."],
    ["ru", "Посол Новой Зеландии прибыл в Москву. Российской Федерации нужны партнёры."],
    ["ru", "Инвесторы заявили о рисках. Президент заявил о планах."],
    ["en", "Experts say the study matters. Officials said the mains were old."],
    ["en", "According to the New Zealand Department of Conservation, whales strand each year."],
    ["en", "The photo was taken in March. CreditChang Lee/The Times"],
  ] as const)("%s: no person in %s", (lang, text) => {
    expect(run(text, lang).map((p) => p.name)).toEqual([]);
  });

  it("does not make an organisation's name a person", () => {
    const text = "Контроль передадут Минфину, сказал Иван Петров.";
    expect(run(text, "ru", [org(text, "Минфину")]).map((p) => p.name)).toEqual(["Иван Петров"]);
  });

  it("keeps two people who share a surname apart, and gives the bare surname to the one named first", () => {
    const text =
      "Whale expert Hori Parata spoke first. His son, Te Kaurinui Robert Parata, carves. “We listen,” says Te Kaurinui. “It hurts,” says Parata.";
    const people = run(text, "en");
    expect(people.map((p) => p.name)).toEqual(["Hori Parata", "Te Kaurinui Robert Parata"]);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(["Hori Parata", "Parata"]);
  });
});

describe("findPeople: experts, roles and affiliations", () => {
  it.each([
    [
      "ru",
      "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов.",
      "Расул Рысмамбетов",
      "экономист",
      null,
    ],
    [
      "ru",
      "Иван Петров, аналитик, давно следит за рынком. По его словам, цены упадут.",
      "Иван Петров",
      "аналитик",
      null,
    ],
    ["ru", "По мнению Марии Ивановой, реформа запоздала.", "Мария Иванова", null, null],
    ["en", "Prices will rise, said Jane Doe, an economist at the IMF.", "Jane Doe", "economist at the IMF", "IMF"],
    [
      "en",
      "“It is not safe,” says Katie Allen, MD. She's the director of the Center for Food Research.",
      "Katie Allen",
      "director of the Center for Food Research",
      "Center for Food Research",
    ],
    ["en", "John Smith met the board. He said the plan would fail.", "John Smith", null, null],
    [
      "en",
      "But Daniyar Bekov, a former energy minister, argued otherwise.",
      "Daniyar Bekov",
      "former energy minister",
      null,
    ],
    [
      "ru",
      "Экономист Жанар Ахметова не согласна. По словам Ахметовой, мораторий вреден.",
      "Жанар Ахметова",
      "экономист",
      null,
    ],
  ] as const)("%s: %s", (lang, text, name, role, affiliation) => {
    const p = run(text, lang).find((q) => q.name === name);
    expect(p?.expert).toBe(true);
    expect(p!.role).toBe(role);
    expect(p!.affiliation).toBe(affiliation);
    expect(p!.confidence).toBeGreaterThan(0.5);
    expect(p!.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    ["ru", "Дональд Трамп ранее инициировал сделку по ресурсам Украины.", "Дональд Трамп"],
    ["en", "Matt Cruz snowboarded through Manhattan after a storm.", "Matt Cruz"],
  ] as const)("%s: a person whose views are not reported is not an expert: %s", (lang, text, name) => {
    const p = run(text, lang).find((q) => q.name === name);
    expect(p).toBeDefined();
    expect(p!.expert).toBe(false);
  });

  it("gives the same ids on every run and different ids to different people", () => {
    const text = "Об этом сказал Иван Петров. Мария Иванова согласилась.";
    const a = run(text, "ru"),
      b = run(text, "ru");
    expect(a.map((p) => p.id)).toEqual(b.map((p) => p.id));
    expect(new Set(a.map((p) => p.id)).size).toBe(a.length);
  });
});

describe("findPeople with the tagger's spans", () => {
  /** The names found when the tagger marks `spans` (their words and labels); without spans, the rules alone. */
  const namesWith = (text: string, spans: [string, string][], lang: Lang = "ru") => {
    const entities = spans.map(([words, label]) => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, label };
    });
    return findPeople({ ...analyse(text, lang), entities }, []).map((p) => p.name);
  };

  it.each<[string, [string, string][], string[]]>([
    // A first word shaped like an adjective ("-ой") begins a place for the rules; the tagger reads a person.
    ["Месси женился на своей подруге детства Антонеллой Рокуццо.", [], []],
    [
      "Месси женился на своей подруге детства Антонеллой Рокуццо.",
      [["Антонеллой Рокуццо", "PER"]],
      ["Антонелла Рокуццо"],
    ],
    // A lone word after a role noun needs a surname's shape, or the tagger's word that it is a person.
    ["Наследником станет кронпринц Нарухито.", [], []],
    ["Наследником станет кронпринц Нарухито.", [["Нарухито", "PER"]], ["Нарухито"]],
    // A lone word the tagger calls a place stays a place.
    ["Наследником станет кронпринц Нарухито.", [["Нарухито", "LOC"]], []],
    // A run the tagger reads as a place, then a person's name, is two things, unless it opens with a given name.
    [
      "Действующий президент Перу Мартин Вискарра написал в Twitter.",
      [
        ["Перу", "LOC"],
        ["Мартин Вискарра", "PER"],
      ],
      ["Мартин Вискарра"],
    ],
    [
      "Вчера Иван Вискарра написал в Twitter.",
      [
        ["Иван", "LOC"],
        ["Вискарра", "PER"],
      ],
      ["Иван Вискарра"],
    ],
  ])("%s %j", (text, spans, names) => {
    expect(namesWith(text, spans)).toEqual(names);
  });

  // After a noun of a kind of place comes that place's name, and after a locative preposition a lone word is a place:
  // an appositive or a verb of speech beside it speaks of someone else. A role noun before the place's noun makes the
  // name its holder.
  it.each<[string, string[]]>([
    ["Министру финансов земли Гессен, члену ХДС, стало плохо.", []],
    ["Нарушение выявили на улице Лётчиков в микрорайоне.", []],
    ["Встреча на Эльбе, отставной генерал США Питер Смит рассказал об этом.", ["Питер Смит"]],
    ["В споре победил мэр города Лужков.", ["Лужков"]],
    ["Это уроженец Орловской области Адам Ганижев.", ["Адам Ганижев"]],
    ["В Кремле заявил Песков, что встреча состоится.", ["Песков"]],
    ["Ленточку продавали в Нижнем Новгороде и на Новом Арбате.", []],
    ["Он давно разочаровался в Иване Петрове.", ["Иван Петров"]],
  ])("%s", (text, names) => {
    expect(namesWith(text, [])).toEqual(names);
  });

  // An office's title before a name is the person's role, with its modifiers; an honorific is none. A name set off
  // by commas after a role noun holds that role.
  it.each<[string, string | null]>([
    ["Kazakh Finance Minister Madi Takiyev said taxes would rise.", "Kazakh Finance Minister"],
    ["Governor John Smith said rates would rise.", "governor"],
    ["Mr John Smith said rates would rise.", null],
    ["The finance minister, Jane Doe, said rates would rise.", "finance minister"],
    ["Ex-minister John Smith said rates would rise.", "ex-minister"],
  ])("%s → %s", (text, want) => {
    expect(run(text, "en")[0]?.role).toBe(want);
  });

  // A former holder's role noun is a role noun, put in the nominative after its prefix.
  it.each<[string, string | null]>([
    ["Против выступил экс-глава МВД Владимир Наумов.", "экс-глава МВД"],
    ["Вчера прошла встреча с экс-премьером Пакистана Беназир Бхутто.", "экс-премьер Пакистана"],
  ])("%s → %s", (text, want) => {
    expect(run(text, "ru")[0]?.role).toBe(want);
  });

  // A lone word beside a verb of speech is a person only when the tagger reads one there, or a name given in full
  // elsewhere in the text is linked to it.
  it.each<[string, Lang, [string, string][], string[]]>([
    ["The Iraqis claimed they were ordinary people.", "en", [], []],
    ["Traders also said Japanese investors were selling.", "en", [], []],
    ["He rekindled Turkish hopes in the 61st minute.", "en", [], []],
    ["Об этом сообщил Сенат.", "ru", [["Сенат", "ORG"]], []],
    ["The plan will fail, Eyles said.", "en", [["Eyles", "PER"]], ["Eyles"]],
    ["Jane Eyles spoke first. The plan will fail, Eyles said.", "en", [], ["Jane Eyles"]],
  ])("%s (%s) %j", (text, lang, spans, names) => {
    expect(namesWith(text, spans, lang)).toEqual(names);
  });
});
