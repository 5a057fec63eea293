import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse";
import type { Mention } from "../types";
import { sentenceSpeakers } from "./sentence-speakers";
import { lexiconFor } from "../lang";

/** Attributes the sentences of `text` given the people's names (every occurrence is a mention). */
const speakers = (text: string, lang: "ru" | "en", names: string[]) => {
  const mentions: Mention[][] = names.map((n) =>
    [...text.matchAll(new RegExp(n, "g"))].map((m) => ({ text: n, start: m.index!, end: m.index! + n.length })),
  );
  const out = sentenceSpeakers(analyse(text, lang), mentions, lexiconFor(lang).people)(() => true);
  return out.map((a) => (a ? names[a.person] : null));
};

describe("sentenceSpeakers", () => {
  it.each([
    [
      "ru",
      "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов. Рынок растёт.",
      ["Расул Рысмамбетов"],
      ["Расул Рысмамбетов", null],
    ],
    ["ru", "Выступил Иван Петров. По его словам, цены упадут.", ["Иван Петров"], [null, "Иван Петров"]],
    ["ru", "Выступил Иван Петров. Кроме того, он считает, что нужен фонд.", ["Иван Петров"], [null, "Иван Петров"]],
    ["ru", "Выступил Иван Петров. На этом фоне эксперт видит два варианта.", ["Иван Петров"], [null, "Иван Петров"]],
    ["ru", "По мнению Ивана Петрова, цены упадут.", ["Ивана Петрова"], ["Ивана Петрова"]],
    [
      "ru",
      "«Цены вырастут», – рассказал корреспонденту Caravan.kz политолог Иван Петров.",
      ["Иван Петров"],
      ["Иван Петров"],
    ],
    ["ru", "Депутат заявил о поддержке нового закона и поблагодарил Ивану Петрову.", ["Ивану Петрову"], [null]],
    ["ru", "«Первое. Второе предложение цитаты», – отметил Петров.", ["Петров"], ["Петров", "Петров"]],
    ["en", "Prices will rise, said Jane Doe, an economist at the IMF.", ["Jane Doe"], ["Jane Doe"]],
    // The one a verb speaks to is not its speaker: after an addressee verb with its subject before it, or a name
    // opening with a given name in an oblique case.
    ["en", "The governor told Mary Brown that rates should rise.", ["Mary Brown"], [null]],
    ["en", "The minister urged John Smith to cut spending.", ["John Smith"], [null]],
    ["en", "“It will fail,” warned Peter Green.", ["Peter Green"], ["Peter Green"]],
    ["ru", "Министр призвал Рахима Ошакбаева создать агентство.", ["Рахима Ошакбаева"], [null]],
    ["ru", "Напомним, что после поездки Дмитрия Медведева цены выросли.", ["Дмитрия Медведева"], [null]],
    ["ru", "Об этом сообщила Анна Петрова.", ["Анна Петрова"], ["Анна Петрова"]],
    // A name in an oblique case before a verb is no subject: after a preposition, or opening with such a given name.
    ["ru", "Ранее глава наблюдателей от Афросоюза заявил, что выборы прошли честно.", ["Афросоюза"], [null]],
    ["ru", "Полиция пришла в штаб Ивана Жданова, сообщает «Медиазона».", ["Ивана Жданова"], [null]],
    ["ru", "Обама выдвинул на пост главы ФБР Джеймса Коми, сообщает канал NBC.", ["Джеймса Коми"], [null]],
    ["ru", "На днях у Бориса Ветрова заявили о планах.", ["Бориса Ветрова"], [null]],
    ["ru", "Ставку надо снизить, заявил Иван Петров.", ["Иван Петров"], ["Иван Петров"]],
    ["en", "Jane Doe, a fierce and uncompromising elder of the tribe, said no.", ["Jane Doe"], ["Jane Doe"]],
    ["en", "Jane Doe met us. The plan will fail, she said.", ["Jane Doe"], [null, "Jane Doe"]],
    ["en", "Experts say the plan will fail. Officials said nothing.", [], [null, null]],
    ["en", "The thaw worried Tasos Georgelis, a deputy commissioner.", ["Tasos Georgelis"], [null]],
    // A quote that goes on in its paragraph after an attributed quote; a plain sentence after one does not.
    [
      "en",
      "Jane Doe spoke first.\n\n“We have nothing to fear,” she said. “We believe the ministry should act.”",
      ["Jane Doe"],
      [null, "Jane Doe", "Jane Doe"],
    ],
    ["en", "“We have nothing to fear,” Jane Doe said. Prices rose.", ["Jane Doe"], ["Jane Doe", null]],
    [
      "ru",
      "«Бояться нам совершенно нечего», – сказал Иван Петров. «Министерству следует действовать решительнее».",
      ["Иван Петров"],
      ["Иван Петров", "Иван Петров"],
    ],
    [
      "en",
      "“Man’s greed is hurting the whales,” says Parata.\n\n“We’re having to put up with a lot of stuff today.”",
      ["Parata"],
      ["Parata", "Parata"],
    ],
  ] as const)("%s: %s", (lang, text, names, expected) => {
    expect(speakers(text, lang, [...names])).toEqual(expected);
  });

  it("keeps a quote with its speaker when the segmenter cuts the sentence after a title's dot", () => {
    const text = "“People think it’s all protected and safe, but it’s really not,” Mr. McHugh said.";
    const out = speakers(text, "en", ["McHugh"]);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((s) => s === "McHugh")).toBe(true);
  });
});

describe("sentenceSpeakers: evidence", () => {
  it.each([
    ["ru", "Выступил Иван Петров. На этом фоне эксперт также видит два варианта.", "эксперт также видит"],
    ["ru", "Выступил Иван Петров. По его словам, цены упадут.", "По его словам"],
    ["en", "Jane Doe met us. The plan will fail, she said.", "she"],
  ] as const)("%s: the cue of %s is a span of the text: %s", (lang, text, cue) => {
    const name = lang === "ru" ? "Иван Петров" : "Jane Doe";
    const at = text.indexOf(name);
    const out = sentenceSpeakers(
      analyse(text, lang),
      [[{ text: name, start: at, end: at + name.length }]],
      lexiconFor(lang).people,
    )(() => true);
    const e = out[1]!.evidence[0]!;
    expect(e.cue).toBe(cue);
    expect(text.slice(e.start, e.end)).toBe(cue);
  });
});

describe("sentenceSpeakers: salience decides only whom a pronoun stands for", () => {
  const text =
    "Министр Иван Сидоров открыл форум. По словам Петрова, налоги высоки. Он считает, что пошлины нужно отменить.";
  const names = ["Иван Сидоров", "Петрова"];
  const at = (name: string) => text.indexOf(name);
  const mentions: Mention[][] = names.map((n) => [{ text: n, start: at(n), end: at(n) + n.length }]);

  it("places the mentions once and answers for each salience, the named speakers the same in both", () => {
    const speakersIf = sentenceSpeakers(analyse(text, "ru"), mentions, lexiconFor("ru").people);
    const first = speakersIf((i) => i === 0).map((a) => (a ? names[a.person] : null));
    const both = speakersIf(() => true).map((a) => (a ? names[a.person] : null));
    expect(first).toEqual([null, "Петрова", "Иван Сидоров"]);
    expect(both).toEqual([null, "Петрова", "Петрова"]);
    expect(speakersIf(() => false).map((a) => (a ? names[a.person] : null))).toEqual([null, "Петрова", null]);
  });
});

describe("sentenceSpeakers: an anonymous role noun, and one that says what its person is", () => {
  const attributions = (text: string, lang: "ru" | "en", names: string[]) => {
    const mentions: Mention[][] = names.map((n) =>
      [...text.matchAll(new RegExp(n, "g"))].map((m) => ({ text: n, start: m.index!, end: m.index! + n.length })),
    );
    const roles = names.map(() => []);
    return sentenceSpeakers(
      analyse(text, lang),
      mentions,
      lexiconFor(lang).people,
      roles,
    )(() => true).map((a) => (a ? [names[a.person], a.referredAs ?? null] : null));
  };

  it.each<[string, "ru" | "en", string[], ([string, string | null] | null)[]]>([
    // One more of its kind is not the last one named.
    [
      "Jane Doe was held for hours. The list was studied, a prosecutors' spokesman said.",
      "en",
      ["Jane Doe"],
      [null, null],
    ],
    ["Выступил Иван Петров. Цены вырастут, один эксперт считает так.", "ru", ["Иван Петров"], [null, null]],
    // A role noun and a verb in two clauses: the verb's subject is another.
    ["Jane Doe left. Seeking the right officer, I stated my case.", "en", ["Jane Doe"], [null, null]],
    // The last one named, whom the text then calls by a role noun none of their roles holds.
    [
      "Выступила Анна Петрова. Позже 61-летняя певица сообщила об этом.",
      "ru",
      ["Анна Петрова"],
      [null, ["Анна Петрова", "певица"]],
    ],
  ])("%s", (text, lang, names, expected) => {
    expect(attributions(text, lang, names)).toEqual(expected);
  });
});

describe("sentenceSpeakers: a role noun refers to one who holds the role", () => {
  /** The speaker of each sentence, given each person's mentions (every occurrence of the name) and roles. */
  const withRoles = (text: string, lang: "ru" | "en", people: [string, string[]][]) => {
    const mentions: Mention[][] = people.map(([n]) =>
      [...text.matchAll(new RegExp(n, "g"))].map((m) => ({ text: n, start: m.index!, end: m.index! + n.length })),
    );
    const roles = people.map(([, r]) => r);
    const out = sentenceSpeakers(analyse(text, lang), mentions, lexiconFor(lang).people, roles)(() => true);
    return out.map((a) => (a ? people[a.person]![0] : null));
  };

  it.each<[string, "ru" | "en", [string, string[]][], (string | null)[]]>([
    // The last one named who holds it, not the last one named.
    [
      "John Smith, an economist at the IMF, spoke first. Mary Jones, a lawyer, spoke next. Rates must rise, the economist said.",
      "en",
      [
        ["John Smith", ["economist at the IMF"]],
        ["Mary Jones", ["lawyer"]],
      ],
      [null, null, "John Smith"],
    ],
    // A lede whose speaker is named only after it.
    [
      "Rates must rise, a leading economist said. John Smith, an economist at the IMF, spoke at a forum.",
      "en",
      [["John Smith", ["economist at the IMF"]]],
      ["John Smith", null],
    ],
    [
      "Иван Петров, экономист, выступил первым. Затем выступила Анна Сидорова. По мнению экономиста, ставку надо снизить.",
      "ru",
      [
        ["Иван Петров", ["экономист"]],
        ["Анна Сидорова", []],
      ],
      [null, null, "Иван Петров"],
    ],
    // Nobody holds it: the last one named, as before.
    [
      "Иван Петров выступил первым. По мнению эксперта, ставку надо снизить.",
      "ru",
      [["Иван Петров", ["экономист"]]],
      [null, "Иван Петров"],
    ],
  ])("%s", (text, lang, people, expected) => {
    expect(withRoles(text, lang, people)).toEqual(expected);
  });
});
