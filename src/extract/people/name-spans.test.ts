import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { lexiconFor } from "../lang";
import { findNameSpans } from "./name-spans";
import { readWords } from "../analysis/words";
import { taggedAs } from "./tagged-as";

const spans = (text: string, lang: "ru" | "en") => {
  const words = readWords(text, splitSentences(text, lang));
  const lower = new Set(words.filter((w) => !w.cap && !w.acronym).map((w) => w.lower));
  return findNameSpans(words, lexiconFor(lang).people, () => false, lexiconFor(lang).nameCase === "inflected", lower)
    .filter((s) => s.confirmed)
    .map((s) => ({ name: text.slice(s.start, s.end), cues: s.evidence.map((e) => e.cue) }));
};

describe("findNameSpans: evidence that a run of capitals names a person", () => {
  it.each([
    ["ru", "Вчера приехал Дмитрий Медведев.", "Дмитрий Медведев", "given-name"],
    ["ru", "Документ подписал А. Кудрин.", "А. Кудрин", "initials"],
    ["ru", "Его встретил Борис Николаевич.", "Борис Николаевич", "patronymic"],
    ["ru", "Об этом сообщил экономист Айдар Нуртаев.", "Айдар Нуртаев", "role"],
    ["ru", "«Это важно», – напомнил Рысмамбетов.", "Рысмамбетов", "напомнил"],
    ["ru", "Встреча прошла без Сандали в Тбилиси, где был Ансипов.", "Ансипов", "surname-shape"],
    ["ru", "На встрече был посол Виторио Сандали.", "Виторио Сандали", "capitalised-pair"],
    ["ru", "Об этом нам рассказал Марк на встрече.", "Марк", "given-name-alone"],
    ["en", "The pothole chief Joe Carbone fixed it.", "Joe Carbone", "given-name"],
    ["en", "“It is safe,” said Tasos Georgelis.", "Tasos Georgelis", "said"],
    ["en", "Upgrades are slow, said Rae Zimmerman, a professor of planning.", "Rae Zimmerman", "appositive"],
    ["en", "Later Mr. Georgelis left.", "Georgelis", "title"],
    ["en", "Kaitaia ranger Werner of Ngātiwai attended.", "Werner", "role"],
  ] as const)("%s: %s → %s by %s", (lang, text, name, cue) => {
    const found = spans(text, lang).find((s) => s.name === name);
    expect(found, JSON.stringify(spans(text, lang))).toBeDefined();
    expect(found!.cues).toContain(cue);
  });

  it.each([
    ["ru", "Российской Федерации Дмитрий Медведев доверяет.", "Дмитрий Медведев"],
    ["ru", "Помощник Хиллари Клинтон прилетел.", "Хиллари Клинтон"],
    ["en", "President Barack Obama spoke.", "Barack Obama"],
    ["en", "Enter Stuart R. Kaplan, the founder.", "Stuart R. Kaplan"],
    ["ru", "Депутат Думы Приморья Александр Шемелев считает иначе.", "Александр Шемелев"],
    ["ru", "Пресс-служба Кадырова заявила о встрече.", "Кадырова"],
    // The body between a role noun and the name it reaches is no person.
    ["ru", "Аналитик Halyk Finance Мурат Темирханов считает, что ставку надо повысить.", "Мурат Темирханов"],
    ["ru", "Директор Freedom Finance Азамат Ердесов заявил об этом.", "Азамат Ердесов"],
    ["en", "See the section on the Appointment Of Brendan Eich as chief executive.", "Brendan Eich"],
    // A full title word may be a surname; a short one after a name is no part of it.
    ["en", "Stephen King said the book was done.", "Stephen King"],
    // A place's name after a noun of a kind of place is no part of the name after it; initials or a patronymic are.
    ["ru", "По словам премьер-министра земли Гессен Фолькера Буфье, это так.", "Фолькера Буфье"],
    ["ru", "Об отставке губернатора области И. Ф. Михальчука сообщили вчера.", "И. Ф. Михальчука"],
    // A noun of a kind of place in capitals and the word after it are the place's name.
    ["ru", "Указ подписал глава Республики Башкортостан Радий Хабиров.", "Радий Хабиров"],
    // A name in official order stays whole at a sentence's start and after a colon.
    ["ru", "Костомаров Виталий Григорьевич умер вчера.", "Костомаров Виталий Григорьевич"],
    ["ru", "В списке: Иванов Иван Иванович.", "Иванов Иван Иванович"],
  ] as const)("%s: cuts %s down to %s", (lang, text, name) => {
    expect(spans(text, lang).map((s) => s.name)).toEqual([name]);
  });

  it("reads two full names side by side as two people, not one", () => {
    expect(spans("На фото Александр Кокорин Андрей Ромашов.", "ru").map((s) => s.name)).toEqual([
      "Александр Кокорин",
      "Андрей Ромашов",
    ]);
    // Not a name with a second given name or a patronymic.
    expect(spans("Выступил Лев Николаевич Толстой.", "ru").map((s) => s.name)).toEqual(["Лев Николаевич Толстой"]);
  });

  it("starts a person's name at a full name that follows a body's last word", () => {
    const names = spans("Вчера умер президент Института Пушкина Виталий Григорьевич Костомаров.", "ru");
    expect(names.map((s) => s.name)).toContain("Виталий Григорьевич Костомаров");
    // Not a surname in official order with the given name alone after it.
    expect(spans("Пришёл Иванов Иван.", "ru").map((s) => s.name)).toEqual(["Иванов Иван"]);
  });

  it.each([
    ["ru", "Итоги подвели в Свердловской области и Новой Зеландии."],
    ["ru", "Эксперты считают рост вероятным. Президент заявил о планах."],
    ["en", "Officials said the Department of Environmental Protection repaired mains."],
    ["en", "The U.S. Games Systems catalogue grew. The Xbox One X. arrived."],
    ["en", "Then Kenya and New Zealand signed."],
    ["ru", "Так решил губернатор Приморья вчера."],
    // An adjective-shaped last word before a noun of a kind of place: the place's name.
    ["ru", "В селе Цибулёво Знаменского района прошёл митинг."],
    ["ru", "Он живёт в Питере, а учился в Ростове и Нидерландах."],
    ["en", "The board of Smart Projects said no, and Heise Online reported it."],
    // A full title word's dot ends its sentence: what follows is no name.
    ["en", "Let us not assassinate this lad further, Senator. You’ve done enough."],
    ["en", "I can't help it, sir. Did you know that, he added."],
    // A short title no name follows; a capitalised word of a title is no speech verb.
    ["en", "When joining the program, a Mozilla Rep agrees to take on these duties."],
    ["en", "It ranks high in the Fragile States Index of the Fund for Peace."],
  ] as const)("%s: nothing in %s", (lang, text) => {
    expect(spans(text, lang)).toEqual([]);
  });
});

describe("findNameSpans: a lone word the tagger calls a person", () => {
  /** Each listed word tagged PER, as the learned tagger would. */
  const taggedSpans = (text: string, names: string[]) => {
    const words = readWords(text, splitSentences(text, "ru"));
    const lower = new Set(words.filter((w) => !w.cap && !w.acronym).map((w) => w.lower));
    const entities = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label: "PER" }));
    return findNameSpans(words, lexiconFor("ru").people, () => false, true, lower, taggedAs(entities))
      .filter((s) => s.confirmed)
      .map((s) => text.slice(s.start, s.end));
  };

  it("is needed for a sentence's first word alone when the tagger read the text", () => {
    const text = "Обвинение заявляет, что срок истёк. Петров заявляет, что нет.";
    expect(taggedSpans(text, ["Петров"])).toEqual(["Петров"]);
  });

  it("is a person inside a sentence", () => {
    expect(taggedSpans("Вчера Гамбардела выиграл турнир.", ["Гамбардела"])).toEqual(["Гамбардела"]);
  });

  it("is a person though shaped like an adjective", () => {
    expect(taggedSpans("После выхода на свободу Навальный заявил о задержании.", ["Навальный"])).toEqual(["Навальный"]);
  });

  it("is a person as a lone listed given name opening a sentence, unless the text also writes it in lower case", () => {
    expect(taggedSpans("Николай умер в 1855 году.", ["Николай"])).toEqual(["Николай"]);
    expect(taggedSpans("У него трое детей: Наталья, Бьянка и Капри.", ["Наталья"])).toEqual(["Наталья"]);
    expect(taggedSpans("Вера сильнее страха. Его вера не угасла.", ["Вера"])).toEqual([]);
  });

  it("keeps an unknown given name that opens a sentence when the tagger reads the whole run as a name", () => {
    expect(taggedSpans("Кшиштоф Пендерецкий родился в 1933 году.", ["Кшиштоф Пендерецкий"])).toEqual([
      "Кшиштоф Пендерецкий",
    ]);
    // Without the tagger's word, the first word is a common noun before a surname ("Пресс-служба Кадырова").
    expect(taggedSpans("Кшиштоф Пендерецкий родился в 1933 году.", [])).not.toContain("Кшиштоф Пендерецкий");
  });

  it("keeps a place's name as a surname where the tagger reads it with the name before it", () => {
    expect(taggedSpans("Писатель Джек Лондон родился в Сан-Франциско.", ["Джек Лондон"])).toEqual(["Джек Лондон"]);
    expect(taggedSpans("Памятник Джорджу Вашингтону открыли вчера.", ["Джорджу Вашингтону"])).toEqual([
      "Джорджу Вашингтону",
    ]);
    // Not where the tagger reads no such name: the place ends the run.
    expect(taggedSpans("Вчера Джордж Лондон не видел.", ["Джордж"])).toEqual(["Джордж"]);
  });

  it("leaves a Russian title's adjective after its noun out of the name", () => {
    expect(taggedSpans("Об этом заявил Папа Римский Франциск.", ["Франциск"])).toEqual(["Франциск"]);
  });

  it("keeps a given name spelt like no form of a role noun that shares its stem ('Мэри', not 'мэр')", () => {
    expect(taggedSpans("Нейрохирург Мэри Кобб рассказала об этом.", ["Мэри Кобб"])).toEqual(["Мэри Кобб"]);
    // A role noun's own form stays a role noun, though the tagger reads it into the name.
    expect(taggedSpans("Основал фонд Короля Кигели V в Вашингтоне.", ["Короля Кигели V"])).toEqual(["Кигели V"]);
  });

  it.each([
    ["a list's item", "Поддержали: • Бурунди • Малави • Монако", ["Бурунди", "Малави"]],
    ["a sentence's first word", "Гамбардела выиграл турнир.", ["Гамбардела"]],
    ["a word after a locative preposition", "Встреча прошла в Торгау вчера.", ["Торгау"]],
    ["a country", "После победы над Андоррой сборная вышла в финал.", ["Андоррой"]],
    [
      "a word after a noun of a kind of place, there and elsewhere",
      "Войска встретились на реке Эльба. Потом дух Эльбы вспоминали.",
      ["Эльба", "Эльбы"],
    ],
  ])("is not one on the tagger's word alone as %s", (_, text, names) => {
    expect(taggedSpans(text, names)).toEqual([]);
  });
});

describe("findNameSpans: two full names side by side", () => {
  it("are two people's when their given names are in two cases", () => {
    const text = "Победитель конкурса имени Петра Чайковского Даниил Трифонов выступит в Нью-Йорке.";
    expect(spans(text, "ru").map((s) => s.name)).toEqual(["Петра Чайковского", "Даниил Трифонов"]);
  });
});

describe("findNameSpans: a monarch's number, a title's adjective, a title in quotes", () => {
  it.each([
    ["ru", "Король Марокко Мухаммед VI перенёс операцию.", ["Мухаммед VI"]],
    ["ru", "Королева Елизавета II промолчала.", ["Елизавета II"]],
    ["en", "Pope John Paul II visited Poland.", ["John Paul II"]],
    // Not a number: a word in capitals after the name.
    ["en", "John Smith MP said so.", ["John Smith"]],
  ] as const)("%s: %s", (lang, text, names) => {
    expect(spans(text, lang).map((s) => s.name)).toEqual(names);
  });
});

describe("findNameSpans: a country's name after a Russian role noun", () => {
  it.each([
    // The tagger reads these as people: the country is the role's complement.
    ["Он стал премьером Мали в 2007 году.", ["Мали"], []],
    ["Премьер Мали Модибо Сидибе заявил это.", ["Мали Модибо Сидибе"], ["Модибо Сидибе"]],
    // After a role noun in another case the word may be a given name in that case.
    ["Суд оправдал бывшего премьера Доминика де Вильпена.", ["Доминика де Вильпена"], ["Доминика де Вильпена"]],
    // Not a country's name: a surname that shares its stem.
    ["Нападающий Андрей Малый забил гол.", ["Андрей Малый"], ["Андрей Малый"]],
  ])("%s", (text, persons, names) => {
    const words = readWords(text, splitSentences(text, "ru"));
    const lower = new Set(words.filter((w) => !w.cap && !w.acronym).map((w) => w.lower));
    const entities = persons.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, label: "PER" }));
    const found = findNameSpans(words, lexiconFor("ru").people, () => false, true, lower, taggedAs(entities));
    expect(found.filter((s) => s.confirmed).map((s) => text.slice(s.start, s.end))).toEqual(names);
  });
});

describe("findNameSpans: a country written short, or its people's word, is no person", () => {
  /** The English names found when the tagger reads `persons` as people's names. */
  const taggedEnglish = (text: string, persons: string[]) => {
    const words = readWords(text, splitSentences(text, "en"));
    const lower = new Set(words.filter((w) => !w.cap && !w.acronym).map((w) => w.lower));
    const entities = persons.flatMap((n) =>
      [...text.matchAll(new RegExp(`\\b${n}\\b`, "g"))].map((m) => ({
        start: m.index,
        end: m.index + n.length,
        label: "PER",
      })),
    );
    return findNameSpans(words, lexiconFor("en").people, () => false, false, lower, taggedAs(entities))
      .filter((s) => s.confirmed)
      .map((s) => text.slice(s.start, s.end));
  };

  it.each<[string, string[], string[]]>([
    ["N. Korea urges S. Korea to return a war veteran.", [], []],
    [
      "He said Azerbaijani presidential adviser Vafa Gulizade met the envoy.",
      ["Azerbaijani", "Vafa Gulizade"],
      ["Vafa Gulizade"],
    ],
    ["The photo shows an Iraqi at the border, the agency said.", ["Iraqi"], []],
    // A surname shaped so stays a name where nothing says it is an adjective or a common noun.
    ["Essex declared, with R. Irani on 91, and later Irani said it was easy.", ["Irani"], ["R. Irani", "Irani"]],
  ])("%s (the tagger's people %j) → %j", (text, persons, names) => {
    expect(taggedEnglish(text, persons)).toEqual(names);
  });
});

describe("findNameSpans: whether the words before a Russian name put it in an oblique case", () => {
  const oblique = (text: string, name: string) => {
    const words = readWords(text, splitSentences(text, "ru"));
    const lower = new Set(words.filter((w) => !w.cap && !w.acronym).map((w) => w.lower));
    const found = findNameSpans(words, lexiconFor("ru").people, () => false, true, lower).find(
      (s) => text.slice(s.start, s.end) === name,
    );
    expect(found, name).toBeDefined();
    return found!.oblique === true;
  };

  it.each([
    ["a preposition", "Картину купили у Нила Армстронга.", "Нила Армстронга", true],
    ["«им.»", "Театр им. Йозефа Бойса открылся в Москве.", "Йозефа Бойса", true],
    ["an adjective in an oblique case", "Награду вручили 46-летнему Деуэйну Джонсону.", "Деуэйну Джонсону", true],
    [
      "a role noun in an oblique case",
      "Встреча министра иностранных дел Доминика Рааба прошла.",
      "Доминика Рааба",
      true,
    ],
    ["a compound role noun in one", "Песня посвящена хип-хоп-исполнителю Шону Комбсу.", "Шону Комбсу", true],
    ["a role noun in the nominative", "Сенатор Зухра Муртазина заявила об этом.", "Зухра Муртазина", false],
    ["a verb", "Об этом заявил Наттавута Сайкыа.", "Наттавута Сайкыа", false],
    ["an adjective in the nominative", "Считается, что 63-летний Сумаила Сиссе победит.", "Сумаила Сиссе", false],
  ] as const)("after %s: %s", (_, text, name, expected) => {
    expect(oblique(text, name)).toBe(expected);
  });
});
