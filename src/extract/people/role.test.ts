import { describe, expect, it } from "vitest";
import { findPeople } from "../find-people";
import { analyse } from "../analysis/analyse";
import type { Lang, Organisation } from "../types";

/** Role and affiliation of the first person found (findRole works on the spans findPeople builds). */
const roleOf = (text: string, lang: Lang, orgs: Organisation[] = []) => {
  const p = findPeople(analyse(text, lang), orgs)[0]!;
  return [p.role, p.affiliation];
};
/** The person of that name the people stage finds in the text. */
const personNamed = (text: string, lang: Lang, name: string) =>
  findPeople(analyse(text, lang), []).find((q) => q.name === name);
const org = (text: string, name: string): Organisation => {
  const start = text.indexOf(name);
  return {
    id: "o",
    kind: "organisation",
    outlet: false,
    name: "Минфин",
    variants: [name],
    mentions: [{ text: name, start, end: start + name.length }],
    confidence: 1,
    evidence: [],
  };
};

describe("findRole", () => {
  it.each([
    // A role noun after a preposition is the object of a phrase, not a role.
    ["en", "Jane Nippers, twitching in his chair with a dyspeptic nervousness, said nothing.", [null, null]],
    ["ru", "Так считает экономист Расул Рысмамбетов.", ["экономист", null]],
    ["ru", "Иван Петров, аналитик Halyk Finance, считает так.", ["аналитик Halyk Finance", "Halyk Finance"]],
    ["en", "Kaitaia conservation department ranger Jamie Werner attended.", ["ranger", null]],
    [
      "en",
      "It is slow, said Rae Zimmerman, a research professor of planning at New York University.",
      ["research professor of planning at New York University", "New York University"],
    ],
    [
      "en",
      "Ian Michaels, a spokesman for the city’s Department of Design and Construction, said so.",
      ["spokesman for the city’s Department of Design and Construction", "Department of Design and Construction"],
    ],
    ["en", "John Smith met the board and left.", [null, null]],
    ["ru", "Ответ дал Беньямин Нетаньяху, премьеру привиделся заговор.", [null, null]],
    // After a name in an oblique case, a plural role opens a clause about others.
    ["ru", "В день рождения Бориса Николаевича, уличные художники проведут акцию.", [null, null]],
    // Role nouns listed after the tagger was trained, which the rules read all the same.
    ["ru", "В 1909 году авиатор Луи Блерио пересёк пролив.", ["авиатор", null]],
    ["ru", "Главред радио «Эхо Москвы» Алексей Венедиктов сообщил это.", ["главред радио «Эхо Москвы»", null]],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(roleOf(text, lang)).toEqual(expected);
  });

  // Issue 14: the whole role phrase as written, its head in the nominative, never a fragment or a bracket; the name
  // in the nominative too.
  it.each([
    [
      "ru",
      "Пенсионный возраст, по мнению депутата сената Марата Ахметова, следует снизить.",
      ["Марат Ахметов", "депутат сената"],
    ],
    [
      "ru",
      "«Налог нужен», считает директор Центра экономического анализа «Талап» Рахим Ошакбаев.",
      ["Рахим Ошакбаев", "директор Центра экономического анализа «Талап»"],
    ],
    ["ru", "Глава Ассоциации банков Иван Петров напомнил о ставке.", ["Иван Петров", "глава Ассоциации банков"]],
    [
      "ru",
      "Об этом сообщил научный руководитель Института экономики РАН Сергей Смирнов.",
      ["Сергей Смирнов", "научный руководитель Института экономики РАН"],
    ],
    [
      "ru",
      "Председатель правления Национального банка Казахстана Тимур Сулейменов заявил об этом.",
      ["Тимур Сулейменов", "председатель правления Национального банка Казахстана"],
    ],
    [
      "ru",
      "Об этом рассказал помощнику бывшего министра финансов Ильи Петрова журналист.",
      ["Илья Петров", "бывший министр финансов"],
    ],
    ["ru", "По словам Президента [ Ивана Петрова ] налоги вырастут.", ["Иван Петров", null]],
    [
      "ru",
      "По словам Ивана Петрова, научного руководителя Института экономики РАН, налоги вырастут.",
      ["Иван Петров", "научный руководитель Института экономики РАН"],
    ],
    ["ru", "Так сказал адвокат Ивана Петрова журналистам.", ["Иван Петров", null]],
    [
      "ru",
      "Об этом сообщил заместитель министра финансов Иван Петров.",
      ["Иван Петров", "заместитель министра финансов"],
    ],
    ["ru", "Так считает посол Италии в Грузии Марк Петров.", ["Марк Петров", "посол Италии в Грузии"]],
    ["ru", "Там были все, включая главу партии Сергея Смирнова.", ["Сергей Смирнов", "глава партии"]],
    ["ru", "Директор сказала вчера Анне Петровой об этом.", ["Анна Петрова", null]],
    ["en", "Prices will rise, said Jane Doe, an economist at the IMF.", ["Jane Doe", "economist at the IMF"]],
    ["en", "Prices will rise, said chief economist Jane Doe.", ["Jane Doe", "chief economist"]],
  ] as const)("%s: %s", (lang, text, [name, role]) => {
    expect(personNamed(text, lang, name)?.role ?? null).toBe(role);
  });

  // Never a fragment: no word of the line above, no age, no other person's role or words, no relative clause.
  it.each([
    [
      "ru",
      "Обзор новостей\n\nПремьер-министр Казахстана Иван Петров заявил об этом.",
      "Иван Петров",
      "премьер-министр Казахстана",
    ],
    ["ru", "Об этом заявил 55-летний министр финансов Иван Петров.", "Иван Петров", "министр финансов"],
    ["ru", "Подписан указ о назначении главы ведомства 40-летнего Ивана Петрова.", "Иван Петров", "глава ведомства"],
    ["ru", "Он младший из детей миллиардера Ивана Петрова.", "Иван Петров", "миллиардер"],
    ["ru", "Встречу вела Анна Петрова, которая баллотировалась в депутаты сената.", "Анна Петрова", null],
    ["ru", "Выступили Олег Сидоров, продюсер и актер Игорь Петров.", "Олег Сидоров", null],
    ["en", "John Smith, who chairs the board, said so.", "John Smith", null],
    ["ru", "По словам Ивана Петрова, директора Центра, это так.", "Иван Петров", "директор Центра"],
    // A name in an oblique case inside the phrase of a role noun in the nominative is its complement; after one in
    // the name's case the role is that name's.
    [
      "ru",
      "Об этом заявил пресс-секретарь Владимира Путина Дмитрий Песков.",
      "Дмитрий Песков",
      "пресс-секретарь Владимира Путина",
    ],
    ["ru", "Нашли внучку Роберта Кеннеди, брата бывшего президента США Джона Кеннеди.", "Роберт Кеннеди", null],
    // Two names side by side after a role noun: one that may be in the genitive is the other's principal.
    [
      "ru",
      "Адвокат Александра Кокорина Андрей Ромашов прокомментировал приговор.",
      "Андрей Ромашов",
      "адвокат Александра Кокорина",
    ],
    ["ru", "Адвокат Александра Кокорина Андрей Ромашов прокомментировал приговор.", "Александра Кокорина", null],
    // A given name we do not know: the surname's case and the role noun's agree.
    ["ru", "Проект создали вместе с Элвиса Вейса, брюссельского дизайнера.", "Элвис Вейс", "брюссельский дизайнер"],
    // A relative clause that says what the person is; "пост" before the role; a compound role noun.
    [
      "ru",
      "Борис Джонсон, который с июля занимает пост премьер-министра, заболел.",
      "Борис Джонсон",
      "премьер-министр",
    ],
    [
      "ru",
      "Иван Петров, который является председателем правления банка, уехал.",
      "Иван Петров",
      "председатель правления банка",
    ],
    ["en", "John Smith, who is chief economist at the IMF, said so.", "John Smith", "chief economist at the IMF"],
    // A legal form whose quoted name the phrase stops before is no part of the role.
    [
      "ru",
      "Тимур Петров занял пост генерального директора в компании ООО «МНКТ».",
      "Тимур Петров",
      "генеральный директор в компании",
    ],
    // A participle that says what the person is, in the name's case; a word of time ends the role.
    [
      "ru",
      "Иван Петров, являющийся председателем правления банка, уехал.",
      "Иван Петров",
      "председатель правления банка",
    ],
    [
      "ru",
      "По словам Ивана Петрова, занимающего должность главного врача больницы, всё хорошо.",
      "Иван Петров",
      "главный врач больницы",
    ],
    ["ru", "Иван Петров стал министром финансов в мае 2019 года.", "Иван Петров", "министр финансов"],
    // A role noun that drops a vowel outside the nominative ("посла" of посол); "после" is no such form.
    ["ru", "Встреча посла Японии Масахару Коно прошла вчера.", "Масахару Коно", "посол Японии"],
    ["ru", "После отставки Иван Петров уехал.", "Иван Петров", null],
    // An acting office holder: the office's noun stays in the genitive.
    [
      "ru",
      "Об этом заявил исполняющий обязанности председателя правительства Ингушетии Владимир Сластенин.",
      "Владимир Сластенин",
      "исполняющий обязанности председателя правительства Ингушетии",
    ],
    [
      "ru",
      "Указ подписал исполняющего обязанности акима области Ерлана Нысанбаева.",
      "Ерлан Нысанбаев",
      "исполняющий обязанности акима области",
    ],
    ["ru", "С ним встретился и. о. министра финансов Иван Петров.", "Иван Петров", "и. о. министра финансов"],
    // The clause's subject is another: "которого" is its object.
    ["ru", "Иван Петров, которого назначили директором, уехал.", "Иван Петров", null],
  ] as const)("%s: %s", (lang, text, name, role) => {
    expect(personNamed(text, lang, name)?.role ?? null).toBe(role);
  });

  // A role right before another's full name in the nominative is that name's, not the earlier name's appositive (nor
  // is a clause with a verb); a name in another case after it is its complement.
  it.each([
    ["Фрэнк Лэмпард, капитан клуба Ледли Кинг и защитник Киран Гиббс снялись в фильме.", "Фрэнк Лэмпард", []],
    ["Мандаты сохранили певец Иосиф Кобзон, режиссер Станислав Говорухин.", "Иосиф Кобзон", ["певец"]],
    ["Мандаты сохранили певец Иосиф Кобзон, режиссер Станислав Говорухин.", "Станислав Говорухин", ["режиссер"]],
    ["Об этом заявил Марк Фейгин, адвокат Савченко.", "Марк Фейгин", ["адвокат Савченко"]],
  ] as const)("ru: %s → %s: %j", (text, name, roles) => {
    expect(personNamed(text, "ru", name)?.roles).toEqual(roles);
  });

  // A compound whose last part is a role noun is one, put in the nominative in that part; a bracket of names right
  // before the name stands within a Russian role phrase and is left out of the role.
  it.each([
    ["ru", "Он уступил хип-хоп-исполнителю Шону Комбсу.", "Шон Комбс", "хип-хоп-исполнитель"],
    ["ru", "Выступил британский рок-музыкант Марк Холлис.", "Марк Холлис", "британский рок-музыкант"],
    ["ru", "Указ подписал генерал-майора МВД Ивана Петрова.", "Иван Петров", "генерал-майор МВД"],
    ["en", "Major-General Nikolai Sherbatov arrived.", "Nikolai Sherbatov", "major-general"],
    ["en", "The co-founder John Smith said so.", "John Smith", "co-founder"],
    [
      "ru",
      "Пресс-секретарь Федеральной службы по надзору в сфере связи (Роскомнадзора) Вадим Ампелонский сообщил об этом.",
      "Вадим Ампелонский",
      "пресс-секретарь Федеральной службы по надзору в сфере связи",
    ],
    [
      "ru",
      "Об этом сообщил председатель Агентства по регулированию финансового рынка (АРРФР) Мадина Абылкасымова.",
      "Мадина Абылкасымова",
      "председатель Агентства по регулированию финансового рынка",
    ],
    [
      "ru",
      "Президент Республики Казахстан Касым-Жомарт Токаев подписал указ.",
      "Касым-Жомарт Токаев",
      "президент Республики Казахстан",
    ],
    // Not a compound that declines in its first part too ("женщины-спикера"), nor a bracket that holds a clause.
    ["ru", "Её избрали первой женщиной-спикером Анной Петровой.", "Анна Петрова", null],
    ["ru", "Выступил директор завода (по его словам, временно) Иван Петров.", "Иван Петров", null],
  ] as const)("%s: %s", (lang, text, name, role) => {
    expect(personNamed(text, lang, name)?.role ?? null).toBe(role);
  });

  it("lists every role the text gives a person, the surest first, none that another spells out", () => {
    const text =
      "Свергнутый президент Египта Иван Петров умер. Президент Иван Петров болел давно. " +
      "Иван Петров, бывший лидер партии, был арестован.";
    const p = personNamed(text, "ru", "Иван Петров")!;
    expect(p.role).toBe("бывший лидер партии");
    expect(p.roles).toEqual(["свергнутый президент Египта", "бывший лидер партии"]);
  });

  it("shows the surest role as a later mention goes on to name whose it is, and one spelling of each role", () => {
    const text =
      "Император Иван Петров выступил. Затем Иван Петров — император Японии — уехал. Император Иван Петров болел.";
    const p = personNamed(text, "ru", "Иван Петров")!;
    expect(p.role).toBe("император Японии");
    expect(p.roles).toEqual(["император Японии"]);
    expect(personNamed("Актёр Иван Петров выступил. Актер Иван Петров болел.", "ru", "Иван Петров")!.roles).toEqual([
      "актёр",
    ]);
    // Words before a role may be a clause's: "позволяющий император" is not shown in its place.
    const before = "Император Иван Петров выступил. Позволяющий император Иван Петров молчал.";
    expect(personNamed(before, "ru", "Иван Петров")!.role).toBe("император");
  });

  it("reads a role noun in a plural case as the names' after it only where they agree in case", () => {
    const text = "Он сотрудничал с музыкантами Евгением Казанцевым, Юрием Китаевым и Вадимом Голутвиным.";
    const roles = Object.fromEntries(findPeople(analyse(text, "ru"), []).map((p) => [p.name, p.role]));
    expect(roles).toEqual({ "Евгений Казанцев": "музыкант", "Юрий Китаев": "музыкант", "Вадим Голутвин": "музыкант" });
    // A name in the genitive after it is the role-holders' principal.
    const his = "Слух опровергли официальными представителями Ивана Петрова.";
    expect(personNamed(his, "ru", "Иван Петров")?.role).toBeNull();
  });

  it("gives a plural role before a list of names to each, and both of two joined roles", () => {
    const text = "На концерте выступили актёры Андрей Мерзликин и Алиса Гребенщикова, продюсер и актер Игорь Жижикин.";
    const roles = Object.fromEntries(findPeople(analyse(text, "ru"), []).map((p) => [p.name, p.roles]));
    expect(roles).toEqual({
      "Андрей Мерзликин": ["актёр"],
      "Алиса Гребенщикова": ["актёр"],
      "Игорь Жижикин": ["актер", "продюсер"],
    });
    // A bracket about one of the names does not end the list.
    const bracketed = "Выступили музыканты Юрий Царёв (проект «Метро»), Алексей Борисов и Павел Шевелёв.";
    expect(findPeople(analyse(bracketed, "ru"), []).map((p) => [p.name, p.role])).toEqual([
      ["Юрий Царёв", "музыкант"],
      ["Алексей Борисов", "музыкант"],
      ["Павел Шевелёв", "музыкант"],
    ]);
  });

  it.each([
    ["ru", "Иван Петров — экономист, он считает так.", "экономист"],
    [
      "ru",
      "Иван Петров является председателем правления Национального банка, сказали нам.",
      "председатель правления Национального банка",
    ],
    ["en", "John Smith is an economist at the IMF.", "economist at the IMF"],
    ["ru", "Иван Петров — о налогах и о бюджете.", null],
    ["ru", "Иван Петров стал министром финансов в 2019 году.", "министр финансов"],
    ["ru", "Иван Петров в 2005 году стал председателем правления банка.", "председатель правления банка"],
    ["en", "John Smith is expected to resign.", null],
  ] as const)("takes the role after a dash or a verb that says what the person is: %s %s", (lang, text, role) => {
    expect(findPeople(analyse(text, lang), [])[0]!.role).toBe(role);
  });

  it('gives a plural role noun to each name of the list it opens with a colon or "среди которых"', () => {
    const roles = (text: string) => findPeople(analyse(text, "ru"), []).map((p) => [p.name, p.role]);
    expect(
      roles("В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов."),
    ).toEqual([
      ["Павел Басинский", "писатель"],
      ["Михаил Павлов", "писатель"],
    ]);
    expect(roles("Выступили эксперты, в том числе Иван Петров и Анна Смирнова.")).toEqual([
      ["Иван Петров", "эксперт"],
      ["Анна Смирнова", "эксперт"],
    ]);
    expect(roles("От России играли девять шахматистов: Константин Сакаев (2637), Александр Галкин (2618).")).toEqual([
      ["Константин Сакаев", "шахматист"],
      ["Александр Галкин", "шахматист"],
    ]);
    // Where each comes from does not end the list.
    expect(
      roles("Прилетели писатели, среди которых — Павел Басинский из Москвы и Василий Авченко из Владивостока."),
    ).toEqual([
      ["Павел Басинский", "писатель"],
      ["Василий Авченко", "писатель"],
    ]);
    // Not a singular noun, nor a plural that is no role noun's.
    expect(roles("Слово взял эксперт: Иван Петров.")).toEqual([["Иван Петров", null]]);
    expect(roles("Пришли гости, среди которых Иван Петров.")).toEqual([["Иван Петров", null]]);
  });

  it.each([
    ["Главой Рособрнадзора назначен Сергей Кравцов.", "Сергей Кравцов", "глава Рособрнадзора"],
    ["Главным тренером команды стал Иван Петров.", "Иван Петров", "главный тренер команды"],
    ["Директором «Казахмыса» стал Иван Петров.", "Иван Петров", "директор «Казахмыса»"],
    ["Председателем правления банка избрана Анна Смирнова.", "Анна Смирнова", "председатель правления банка"],
    ["Экспертами выступили Иван Петров и Анна Смирнова.", "Анна Смирнова", "эксперт"],
    // Not a noun of no role ("победителем"), nor one of another clause.
    ["Победителем турнира стал Иван Петров.", "Иван Петров", null],
    ["Он был директором, но вчера уехал Иван Петров.", "Иван Петров", null],
  ] as const)("takes a role in the instrumental before a verb and the name: %s", (text, name, role) => {
    expect(personNamed(text, "ru", name)?.role ?? null).toBe(role);
  });

  it("does not give a singular role before a list to the others", () => {
    const text = "Встреча с главой Минфина Иваном Петровым и Анной Сидоровой прошла вчера.";
    expect(personNamed(text, "ru", "Анна Сидорова")?.role).toBeNull();
  });

  it("takes the affiliation from the organisation stage when one lies in the role", () => {
    const text = "Так считает директор департамента Минфина Иван Петров.";
    expect(roleOf(text, "ru", [org(text, "Минфина")])).toEqual(["директор департамента Минфина", "Минфин"]);
  });
});

describe("findRole where the tagger reads the people", () => {
  /** The role of the person the tagger reads as `person` (its words, as in the text). */
  const roleWith = (text: string, person: string) => {
    const start = text.indexOf(person);
    const entities = [{ start, end: start + person.length, label: "PER" }];
    return findPeople({ ...analyse(text, "ru"), entities }, []).find((p) => p.mentions.some((m) => m.start === start))
      ?.role;
  };

  it.each<[string, string, string | null]>([
    // A monarch's number makes a one-word name full: the role reaches over its complement.
    ["Среди заболевших князь Монако Альбер II и другие.", "Альбер", "князь Монако"],
    // A second role noun in the first one's case is a role of its own; one in another case is the complement.
    [
      "Бывшему командующему армии боснийских сербов генералу Ратко Младичу предъявлены обвинения.",
      "Ратко Младичу",
      "бывший командующий армии боснийских сербов",
    ],
    [
      "Об этом сообщил адвокат экс-руководителя компании Рубен Маркарьян.",
      "Рубен Маркарьян",
      "адвокат экс-руководителя компании",
    ],
    // Before a man's name in an oblique case, a role noun in another case is the complement; the role is the one in
    // the name's case.
    ["Слово дали помощнику президента Игорю Петрову.", "Игорю Петрову", "помощник президента"],
    ["Встреча прошла с советником Владимира Путина Юрием Ушаковым.", "Юрием Ушаковым", "советник Владимира Путина"],
    ["Встреча прошла с советником Владимира Путина Юрием Ушаковым.", "Владимира Путина", null],
    // An adjective ending the phrase after the noun goes back to the nominative with it.
    ["Встреча с принцем Уильямом, герцогом Кембриджским, прошла.", "Уильямом", "герцог Кембриджский"],
    // A name in quotes is a title's: the role noun outside is no role of it.
    ["Он играл шерифа Ноттингема в фильме «Робин Гуд» много лет.", "Робин Гуд", null],
    // After a verb in the past, a role noun is the object of a clause, not an appositive.
    ["В 2012 году Мелендес, соратница Чавеса, получила звание адмирала.", "Чавеса", null],
  ])("%s", (text, person, role) => {
    expect(roleWith(text, person)).toBe(role);
  });

  it("takes no list's next items, each with its own role, for an appositive", () => {
    const text = "Далее идут министр финансов Сергей Иванов, Папа Римский Бенедикт и глава ФРС Бен Бернанке.";
    const entities = ["Сергей Иванов", "Бенедикт", "Бен Бернанке"].map((n) => {
      const start = text.indexOf(n);
      return { start, end: start + n.length, label: "PER" };
    });
    const ivanov = findPeople({ ...analyse(text, "ru"), entities }, []).find((p) => p.name === "Сергей Иванов");
    expect(ivanov?.roles).toEqual(["министр финансов"]);
  });
});

describe("findRole with the tagger's role spans", () => {
  /** The first person's role when the tagger marks `professions` (their words, in order) as PROFESSION. */
  const roleWith = (text: string, professions: string[]) => {
    const entities = professions.map((p) => {
      const start = text.indexOf(p);
      return { start, end: start + p.length, label: "PROFESSION" };
    });
    return findPeople({ ...analyse(text, "ru"), entities }, [])[0]!.role;
  };

  it.each<[string, string[], string | null]>([
    // A role noun the rules do not know: the span before the name, or the one opening an appositive after it.
    [
      "Об этом сообщил звукорежиссёр группы «Кино» Алексей Вишня.",
      ["звукорежиссёр группы «Кино»"],
      "звукорежиссёр группы «Кино»",
    ],
    [
      "Алексей Вишня, звукорежиссёр группы «Кино», сообщил об этом.",
      ["звукорежиссёр группы «Кино»"],
      "звукорежиссёр группы «Кино»",
    ],
    // A capital that only opens the sentence is not the role's.
    [
      "Звукорежиссёр группы «Кино» Алексей Вишня сообщил об этом.",
      ["Звукорежиссёр группы «Кино»"],
      "звукорежиссёр группы «Кино»",
    ],
    // Without the span, nothing (the rules alone).
    ["Об этом сообщил звукорежиссёр группы «Кино» Алексей Вишня.", [], null],
    // A role noun the rules know keeps the rules' phrase, with the span's earlier start when it reaches further.
    ["Об этом рассказал советник Руслан Гринберг.", ["советник"], "советник"],
    [
      "Об этом рассказал ведущий звукорежиссёр советник Руслан Гринберг.",
      ["ведущий звукорежиссёр советник"],
      "ведущий звукорежиссёр советник",
    ],
    // A span that does not reach the name gives nothing.
    ["Звукорежиссёр уехал, а потом пришёл Алексей Вишня.", ["Звукорежиссёр"], null],
    // A span that stops at an adjective goes on to its noun, or, where none follows, ends before it.
    [
      "Томас Шефер, министр финансов немецкой земли Гессен, покончил с собой.",
      ["министр финансов немецкой"],
      "министр финансов немецкой земли Гессен",
    ],
    [
      "Игорь Малашенко, главный советник избирательной кампании Бориса Ельцина, умер.",
      ["главный советник избирательной"],
      "главный советник избирательной кампании",
    ],
    ["Франческо Тотти, капитан римской «Ромы», получил премию.", ["капитан римской"], "капитан римской «Ромы»"],
    ["Марк Цукерберг, основатель которой, молчит.", ["основатель которой"], "основатель"],
    // A participle used as a noun ends a phrase well.
    ["Иван Петров, адвокат потерпевшего, отказался.", ["адвокат потерпевшего"], "адвокат потерпевшего"],
  ])("%s", (text, professions, role) => {
    expect(roleWith(text, professions)).toBe(role);
  });
});

describe("every role the tagger's spans give a person", () => {
  /** The roles of the person named `name` when the tagger marks `professions` (in text order) as PROFESSION. */
  const rolesWith = (text: string, professions: string[], name: string) => {
    let from = 0;
    const entities = professions.map((p) => {
      const start = text.indexOf(p, from);
      from = start + p.length;
      return { start, end: start + p.length, label: "PROFESSION" };
    });
    return findPeople({ ...analyse(text, "ru"), entities }, []).find((p) => p.name === name)?.roles;
  };

  it.each<[string, string[], string, string[]]>([
    // A list before the name, in the nominative.
    [
      "Выступил доктор филологических наук, профессор, академик Виталий Костомаров.",
      ["доктор филологических наук", "профессор", "академик"],
      "Виталий Костомаров",
      ["академик", "доктор филологических наук", "профессор"],
    ],
    // Appositives after the name, quotes closed where the span stops before the closing one.
    [
      "Иван Голунов, корреспондент издания «Медуза», был задержан.",
      ["корреспондент издания «Медуза"],
      "Иван Голунов",
      ["корреспондент издания «Медуза»"],
    ],
    // A pronoun's predicate in the next sentence, put in the nominative; the first role stays the surest.
    [
      "Роль сыграл актёр Олег Тактаров. В 1990-х годах он был министром спорта.",
      ["актёр", "министром спорта"],
      "Олег Тактаров",
      ["актёр", "министр спорта"],
    ],
    // After a name in the genitive, a role in the nominative opens a new clause: not his.
    ["По словам Ивана Петрова, директор банка уехал.", ["директор банка"], "Иван Петров", []],
    [
      "Следуя предложению Ивана Петрова, депутаты собрания края приняли обращение.",
      ["депутаты собрания края"],
      "Иван Петров",
      [],
    ],
    // A role right before the next full name in the nominative is that name's; before a name in another case, ours.
    [
      "Мандаты сохранили певец Иосиф Кобзон, режиссер Станислав Говорухин.",
      ["певец", "режиссер"],
      "Иосиф Кобзон",
      ["певец"],
    ],
    ["На встречу пришёл Михаил Абызов, советник Дмитрия Медведева.", ["советник"], "Михаил Абызов", ["советник"]],
    // A man's name in the genitive is the complement of a role noun in the nominative, the dative or the
    // instrumental before it: no role of his.
    ["Об этом сообщил помощник Дональда Трампа Джон Болтон.", ["помощник"], "Дональд Трамп", []],
    ["Он подверг критике политику Дональда Трампа.", ["политику"], "Дональд Трамп", []],
    ["Встреча прошла с советником Владимира Путина вчера.", ["советником"], "Владимир Путин", []],
    // The span's role noun tells the case, not its last word.
    [
      "Иск подан к старшему эксперту Камского филиала речного регистра, 62-летнему Якову Ивашову.",
      ["старшему эксперту Камского филиала речного регистра"],
      "Яков Ивашов",
      ["старший эксперт Камского филиала речного регистра"],
    ],
    // A genitive plural is the names' own case.
    [
      "Обыск провели у его заместителей Руслана Давыдова и Андрея Струкова.",
      ["заместителей"],
      "Руслан Давыдов",
      ["заместитель"],
    ],
    // Roles listed before a name stand in its case: one in another is the object of something else; roles in one
    // case after a preposition are one list.
    [
      "«Хватит», – сказал в беседе с корреспондентом «Голоса Америки» лидер движения Александр Белов.",
      ["корреспондентом «Голоса Америки", "лидер движения"],
      "Александр Белов",
      ["лидер движения"],
    ],
    [
      "Подозрения сняли с командующего силами США генерала Джона Аллена.",
      ["командующего силами США", "генерала"],
      "Джон Аллен",
      ["генерал", "командующий силами США"],
    ],
  ])("%s", (text, professions, name, roles) => {
    expect(rolesWith(text, professions, name)).toEqual(roles);
  });
});
