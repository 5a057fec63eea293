import { describe, expect, it } from "vitest";
import { findPeople } from "./find-people";
import { findPolicyOptions } from "./find-options";
import { analyse } from "./analysis/analyse";
import { attributeSpeakers } from "./attribute-speakers";
import { findExperts } from "./find-experts";
import type { Lang } from "./types";
import { extractFromText } from "../index";

/** The options with the stages before them run as the pipeline runs them (no organisations). */
const run = (text: string, lang: Lang) => {
  const analysis = analyse(text, lang);
  const found = findPeople(analysis, []);
  const speakers = attributeSpeakers(analysis, found);
  return findPolicyOptions(analysis, findExperts(found, speakers), speakers, []);
};

describe("findPolicyOptions: what is a proposal, and its own words", () => {
  it.each([
    [
      "ru",
      "Правительство должно создать фонд защиты вкладчиков до конца года.",
      "Правительство должно создать фонд защиты вкладчиков до конца года",
    ],
    [
      "ru",
      "Кроме того, он считает, что вопросы продажи таких активов должны одобряться парламентом.",
      "вопросы продажи таких активов должны одобряться парламентом",
    ],
    [
      "ru",
      "Первое – срочно создать агентство стратегических активов или передать контроль министерству.",
      "срочно создать агентство стратегических активов или передать контроль министерству",
    ],
    [
      "ru",
      "Сохранение контроля может быть обеспечено через усиление государственного надзора.",
      "Сохранение контроля может быть обеспечено через усиление государственного надзора",
    ],
    [
      "ru",
      "Властям необходимо пересмотреть тарифы на электроэнергию для малого бизнеса.",
      "Властям необходимо пересмотреть тарифы на электроэнергию для малого бизнеса",
    ],
    [
      "en",
      "Experts say the research should shift thinking about allergies, and it should change the guidance.",
      "the research should shift thinking about allergies, and it should change the guidance",
    ],
    [
      "en",
      "The city must replace its oldest water mains within a decade.",
      "The city must replace its oldest water mains within a decade",
    ],
    [
      "en",
      "The group calls for a ban on bottom trawling in protected waters.",
      "The group calls for a ban on bottom trawling in protected waters",
    ],
    [
      "en",
      "Critics believe the fund is too small, and want more government money directed towards repairs.",
      "want more government money directed towards repairs",
    ],
    [
      "ru",
      "Власти должны пересмотреть тарифную политику, считает политолог Айдос Сарым.",
      "Власти должны пересмотреть тарифную политику",
    ],
    [
      "ru",
      "«Необходимо ввести мораторий на повышение тарифов», – заявил Сарым в интервью Caravan.kz.",
      "Необходимо ввести мораторий на повышение тарифов",
    ],
    [
      "ru",
      "«Я бы предложила адресные субсидии для малообеспеченных семей», – отметила она.",
      "Я бы предложила адресные субсидии для малообеспеченных семей",
    ],
    [
      "en",
      "The government should scrap the fuel subsidy, according to Aigerim Nurlanova, an economist.",
      "The government should scrap the fuel subsidy",
    ],
    ["en", "Officials met on Monday, and the state must cut spending now.", "the state must cut spending now"],
    [
      "en",
      "I'd much prefer an approach requiring me to opt in to surveillance and targeting.",
      "I'd much prefer an approach requiring me to opt in to surveillance and targeting",
    ],
    [
      "ru",
      "Лучше было бы отменить этот сбор для малого бизнеса, считает Иван Петров.",
      "Лучше было бы отменить этот сбор для малого бизнеса",
    ],
    [
      "en",
      "Campaigners want MPs to consider amending the bill to either exempt charities or adopt the Irish model.",
      "Campaigners want MPs to consider amending the bill to either exempt charities or adopt the Irish model",
    ],
    [
      "en",
      "The loophole would ideally be addressed in this bill, said Jane Doe, a lawyer.",
      "The loophole would ideally be addressed in this bill",
    ],
    // A passive necessity is a proposal when someone puts it, when it names who is to act, or with "should".
    [
      "en",
      "Subsidies must be cut before the budget vote, said Jane Doe, an economist at the IMF.",
      "Subsidies must be cut before the budget vote",
    ],
    [
      "en",
      "Asset sales must be approved by parliament before they close.",
      "Asset sales must be approved by parliament before they close",
    ],
    // A speaker named by a role noun closes the sentence: no part of the option.
    [
      "en",
      "Kazakhstan should cap foreign ownership of rare-earth deposits, a leading economist said on Tuesday.",
      "Kazakhstan should cap foreign ownership of rare-earth deposits",
    ],
    [
      "en",
      "Asset sales should be approved by the regulator in every case.",
      "Asset sales should be approved by the regulator in every case",
    ],
    // The proposer's appositive after "according to" is no part of the proposal.
    [
      "en",
      "According to Sabit Khakimzhanov, head of research at Freedom Finance, the Senate should approve the budget.",
      "the Senate should approve the budget",
    ],
  ] as const)("%s: %s", (lang, text, option) => {
    const found = run(text, lang);
    expect(found.map((o) => o.text)).toEqual([option]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(option);
    expect(found[0]!.evidence[0]!.cue.length).toBeGreaterThan(0);
  });

  it.each([
    ["ru", "«Второе – можно ожидать, что иностранцы попытаются выкупить крупные компании»."],
    ["ru", "РФ важно увеличить рынок, чтобы показать, с кем тут надо вести переговоры."],
    ["ru", "Вероятно, власти должны будут повысить налоги в следующем году."],
    ["ru", "Неужели правительство должно платить за чужие ошибки в таком объёме?"],
    ["en", "Asphalt is harder to obtain because it must be kept at high temperatures."],
    ["en", "And should anyone forget it, officials have compiled the number of potholes filled."],
    ["en", "Prices are likely to rise, so the bank should brace for losses next year."],
    ["en", "Whales must have stranded here before the storm arrived last week."],
    ["en", "He is renowned in New Zealand, called on by tribes around the country for guidance."],
    ["en", "So what is the sea telling us? We need to listen."],
    ["en", "Something else has to give, said Jane Doe, an economist at the IMF."],
    ["en", "In principle it ought to be unknowable, the court found."],
    ["en", "That should worry anyone who cares about privacy online."],
    ["en", "He wanted to leave the party early, and they want it to succeed."],
    ["en", "Many contracts contain provisions that will be set off and have to be addressed."],
    ["en", "I would prefer not to, he said, and I'd prefer him to stay."],
    ["ru", "Он бы предпочёл, чтобы его не трогали."],
    ["en", "The system would need to handle 10,000 tasks per second from the start."],
    // In no one's words, a passive necessity with no one to act states what a procedure or a rule requires.
    ["en", "The test file must be served over HTTP for the adapter to load."],
    ["en", "A general election must be called no later than three years after the previous one."],
    ["en", "Some of the assets are self-contained, but they must be gathered up and transferred."],
  ] as const)("%s: not an option: %s", (lang, text) => {
    expect(run(text, lang)).toEqual([]);
  });
});

describe("findPolicyOptions: proposer", () => {
  it.each([
    [
      "ru",
      "Об этом рассказал экономист Расул Рысмамбетов. Кроме того, он считает, что вопросы продажи активов должны одобряться парламентом.",
      "Расул Рысмамбетов",
    ],
    [
      "ru",
      "На фоне этого экономист Иван Петров видит два варианта. Эксперт видит выход в реформе. Первое – срочно создать агентство стратегических активов.",
      "Иван Петров",
    ],
    ["ru", "«Власти должны срочно пересмотреть бюджет региона», – отметил Иван Петров.", "Иван Петров"],
    ["en", "“The city should replace every lead pipe by 2030,” said Jane Doe, an engineer.", "Jane Doe"],
    ["en", "Jane Doe spoke to reporters. The state must fund the program fully, she said.", "Jane Doe"],
    [
      "en",
      "Local elder Mary Parata and her family want more government money directed towards indigenous knowledge.",
      "Mary Parata",
    ],
    ["ru", "Казахстан должен учитывать возможное усиление конкуренции со стороны соседей.", null],
    ["en", "Experts say the government should change the guidance doctors give to parents.", null],
    [
      "en",
      "But Daniyar Bekov, a former energy minister, argued otherwise. He said the state must phase it out over five years.",
      "Daniyar Bekov",
    ],
    [
      "ru",
      "Экономист Жанар Ахметова не согласна. «Я бы предложила адресные субсидии для семей», – отметила она.",
      "Жанар Ахметова",
    ],
    // Role words between the frame and the name; a role with a quoted body's name between the verb and the name.
    [
      "ru",
      "Пенсионный возраст, по мнению депутата сената Марата Ахметова, следует снизить до 60 лет.",
      "Марат Ахметов",
    ],
    [
      "ru",
      "«Правительству следует ввести налог на роскошь», считает директор Центра экономического анализа «Талап» Рахим Ошакбаев.",
      "Рахим Ошакбаев",
    ],
    ["en", "The state must fund the program, according to the economist Jane Doe.", "Jane Doe"],
    // A short proposal in a dash-quote paragraph, its speaker named in the paragraph before.
    [
      "ru",
      "Глава Ассоциации банков Иван Петров напомнил, что инфляция замедлилась.\n\n— Ставку надо снижать постепенно, — сказал он.",
      "Иван Петров",
    ],
    // A first-person proposal inside a quote is the quoted speaker's.
    [
      "ru",
      "Глава Ассоциации банков Иван Петров напомнил о рисках.\n\n«Мы предлагаем выделять из бюджета до 50 миллионов тенге в год на поддержку фермеров», – добавил Петров.",
      "Иван Петров",
    ],
  ] as const)("%s: %s → %s", (lang, text, proposer) => {
    const found = run(text, lang);
    expect(found).toHaveLength(1);
    expect(found[0]!.proposer).toBe(proposer);
    expect(found[0]!.proposerId === null).toBe(proposer === null);
    expect(found[0]!.confidence).toBeGreaterThan(0);
    expect(found[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it("gives an option the same id on every run", () => {
    const text = "The city must replace its oldest water mains within a decade.";
    expect(run(text, "en")[0]!.id).toBe(run(text, "en")[0]!.id);
  });
});

describe("findPolicyOptions: proposers the whole engine finds (bodies, role nouns in frames)", () => {
  /** The options of the whole engine (the tagger's bodies and their names in the nominative too). */
  const withBodies = (text: string, lang: Lang) =>
    extractFromText(text, { lang }).policyOptions.map((o) => [o.text, o.proposer]);

  it.each([
    [
      "a body before a verb of proposing",
      "ru",
      "Министерство финансов Казахстана предложило повысить ставку НДС до 16%, сообщает Tengrinews.kz.",
      ["Министерство финансов Казахстана предложило повысить ставку НДС до 16%", "Минфин"],
    ],
    [
      "a body before a verb of proposing",
      "ru",
      "Ранее депутаты Мажилиса призвали Правительство отказаться от повышения налогов до 2027 года.",
      ["Ранее депутаты Мажилиса призвали Правительство отказаться от повышения налогов до 2027 года", "Мажилис"],
    ],
    [
      "a body before a verb of proposing",
      "en",
      "Reuters reported that the IMF urged the government to cut fuel subsidies before the vote.",
      ["the IMF urged the government to cut fuel subsidies before the vote", "IMF"],
    ],
    [
      "a role noun in a frame stands for the person last named",
      "ru",
      "Экономист Айдархан Кусаинов выступил на форуме. По мнению эксперта, Минфину стоит рассмотреть прогрессивную шкалу.",
      ["Минфину стоит рассмотреть прогрессивную шкалу", "Айдархан Кусаинов"],
    ],
    [
      "a role noun in a frame stands for the person last named",
      "en",
      "Jane Doe, an economist at the IMF, spoke on Monday. According to the economist, the central bank should raise rates.",
      ["the central bank should raise rates", "Jane Doe"],
    ],
    [
      "a role noun in a lede stands for the one named after it who holds the role",
      "en",
      "The central bank should raise rates now, a leading economist said on Tuesday.\n\nJohn Smith, an economist at the IMF, said inflation was rising fast.",
      ["The central bank should raise rates now", "John Smith"],
    ],
  ] as const)("%s (%s): %s", (_why, lang, text, expected) => {
    expect(withBodies(text, lang)).toEqual([expected]);
  });

  it("leaves a modal's addressee alone: a body told what to do does not propose it", () => {
    const text = "По мнению экономистов, Минфину стоит рассмотреть прогрессивную шкалу налогов.";
    expect(withBodies(text, "ru")).toEqual([["Минфину стоит рассмотреть прогрессивную шкалу налогов", null]]);
  });
});
