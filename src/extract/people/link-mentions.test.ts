import { describe, expect, it } from "vitest";
import type { NameSpan } from "./name-spans";
import { canonicalName, linkMentions } from "./link-mentions";
import { wordKey } from "../name-key";

let at = 0;
/** A span built from its text: confirmed unless marked "?", keys from the words. */
const span = (text: string): NameSpan => {
  const confirmed = !text.endsWith("?");
  const t = text.replace(/\?$/, "");
  const start = (at += 100);
  return {
    text: t,
    start,
    end: start + t.length,
    first: 0,
    last: 0,
    tail: null,
    roleBefore: null,
    evidence: [],
    confirmed,
    keys: t.split(" ").map((w) => (/^\p{Lu}\.$/u.test(w) ? w.toLowerCase() : wordKey(w))),
  };
};

/** The Russian given names the rows use, as the language module lists them. */
const GIVEN_NAME_FORMS = new Set([
  "марат",
  "владимир",
  "виктор",
  "людмила",
  "юрий",
  "исаак",
  "илья",
  "анна",
  "александр",
  "александра",
  "расул",
  "мария",
  "алексей",
  "данила",
  "юлия",
  "лев",
  "павел",
  "марина",
  "барак",
  "рустем",
]);

describe("linkMentions", () => {
  it.each([
    [["Расул Рысмамбетов", "Рысмамбетов", "Рысмамбетова?"], [["Расул Рысмамбетов", 3]]],
    [["Patrick McHugh", "McHugh?", "Patrick?"], [["Patrick McHugh", 3]]],
    [
      ["Барак Обама", "Мишель Обама", "Обама?"],
      [
        ["Барак Обама", 2],
        ["Мишель Обама", 1],
      ],
    ],
    [
      ["Hori Parata", "Te Kaurinui", "Te Kaurinui Robert Parata?", "Parata?"],
      [
        ["Hori Parata", 2],
        ["Te Kaurinui Robert Parata", 2],
      ],
    ],
    [["Александр Белов", "А. Белов", "Б. Белов?"], [["Александр Белов", 2]]],
    [["Минфину?", "Совбезом?"], []],
    [["Путин", "Путина?"], [["Путин", 2]]],
    // A short last word the keys leave apart in another case: one person, named in the nominative.
    [["Ким Чен Ына", "Ким Чен Ын", "Ким Чен Ыном"], [["Ким Чен Ын", 3]]],
    [
      ["Ким Чен Ын", "Ким Чен Ир"],
      [
        ["Ким Чен Ын", 1],
        ["Ким Чен Ир", 1],
      ],
    ],
  ] as const)("%j → %j", (texts, expected) => {
    const people = linkMentions(texts.map(span));
    expect(people.map((p) => [canonicalName(p, wordKey), p.mentions.length])).toEqual(expected);
  });

  it.each([
    [["Рысмамбетова?", "Расул Рысмамбетов"], "Расул Рысмамбетов"],
    [["Марии Ивановой"], "Мария Иванова"],
    [["Александра Белова", "Александр Белов"], "Александр Белов"],
    // A given name seen only in another case is put back in the nominative, and the surname with it (issue 14).
    [["Марата Ахметова"], "Марат Ахметов"],
    [["Марата Ахметова", "Ахметов?"], "Марат Ахметов"],
    [["Юрию Долгорукому"], "Юрий Долгорукий"],
    [["Исаака Ньютона"], "Исаак Ньютон"],
    [["Алексея Навального"], "Алексей Навальный"],
    [["Данилы Поперечного"], "Данила Поперечный"],
    [["Юлии Навальной"], "Юлия Навальная"],
    [["Павла Чухрая"], "Павел Чухрай"],
    // A given name as listed and declining says its name of two words is in the nominative as written there.
    [["Обамы?", "Барак Обама", "Обамы?"], "Барак Обама"],
    [["Рустем Адагамов"], "Рустем Адагамов"],
    [["Лев Толстой", "Толстого?"], "Лев Толстой"],
    [["Исааком Джонсоном"], "Исаак Джонсон"],
    [["Ильи Петрова"], "Илья Петров"],
    [["Анну Петрову"], "Анна Петрова"],
    [["Анны Петровой"], "Анна Петрова"],
    [["Александра Белова"], "Александра Белова"],
    [["Владимиром Крамником"], "Владимир Крамник"],
    [["Виктором Януковичем", "Янукович?"], "Виктор Янукович"],
    [["Людмилы Марковны"], "Людмила Марковна"],
    [["Юрия Лужкова"], "Юрий Лужков"],
    // A man's surname in "-ой" after his given name in the nominative is in the nominative too; a woman's is not.
    [["Лев Толстой"], "Лев Толстой"],
    [["Анной Ивановой"], "Анна Иванова"],
  ] as const)("canonical name of %j is %s", (texts, name) => {
    expect(canonicalName(linkMentions(texts.map(span))[0]!, wordKey, GIVEN_NAME_FORMS)).toBe(name);
  });

  it("puts back the fullest mention whose case its words tell: a man's instrumental on every word", () => {
    const p = linkMentions([span("Лиама Хоулетта"), span("Лиамом Хоулеттом")])[0]!;
    expect(canonicalName(p, wordKey, GIVEN_NAME_FORMS)).toBe("Лиам Хоулетт");
  });

  it("shows a mention that opens with the given name put back, with the same surname, as written", () => {
    // "председателя Мартина Куба" … "Мартин Куба": the surname does not decline.
    const p = linkMentions([span("Мартин Куба"), { ...span("Мартина Куба"), oblique: true }])[0]!;
    expect(canonicalName(p, wordKey, GIVEN_NAME_FORMS)).toBe("Мартин Куба");
  });

  // A given name we do not know tells no case: the words before the name do (name-spans.ts marks the span oblique).
  it.each([
    ["Доминика Рааба", true, "Доминик Рааб"],
    ["Шону Комбсу", true, "Шон Комбс"],
    ["Ольянта Умала", false, "Ольянта Умала"],
    ["Зухрой Муртазиной", true, "Зухра Муртазина"],
    // A listed given name further on: a woman's name in official order.
    ["Юлдашева Марина", true, "Юлдашева Марина"],
    // A listed given name that is also another's oblique case: the words before say which.
    ["Александра Лукашенко", true, "Александр Лукашенко"],
    ["Александра Белова", false, "Александра Белова"],
  ] as const)("canonical name of %s, oblique before: %s, is %s", (text, oblique, name) => {
    const p = linkMentions([{ ...span(text), ...(oblique ? { oblique } : {}) }])[0]!;
    expect(canonicalName(p, wordKey, GIVEN_NAME_FORMS)).toBe(name);
  });
});
