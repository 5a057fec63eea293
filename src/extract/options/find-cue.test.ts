import { describe, expect, it } from "vitest";
import { findCue } from "./find-cue";
import { lexiconFor } from "../lang";

const cueOf = (sentence: string, lang: "ru" | "en") => {
  const c = findCue(sentence, lexiconFor(lang).options);
  return c
    ? { cue: sentence.slice(c.start, c.end).trim(), clause: sentence.slice(c.clauseStart), proposal: c.proposal }
    : null;
};

describe("findCue: proposals", () => {
  it.each([
    [
      "ru",
      "Кроме того, он считает, что вопросы продажи активов должны одобряться Совбезом.",
      "должны",
      "вопросы продажи активов должны одобряться Совбезом.",
      false,
    ],
    [
      "ru",
      "Первое – срочно создать агентство стратегических активов.",
      "Первое –",
      "срочно создать агентство стратегических активов.",
      false,
    ],
    [
      "ru",
      "Правительству следует пересмотреть тарифы.",
      "следует",
      "Правительству следует пересмотреть тарифы.",
      false,
    ],
    [
      "ru",
      "Депутат предложил ввести мораторий на продажу земли.",
      "предложил",
      "Депутат предложил ввести мораторий на продажу земли.",
      true,
    ],
    [
      "ru",
      "Проди призывает граждан к возрождению страны.",
      "призывает",
      "Проди призывает граждан к возрождению страны.",
      true,
    ],
    [
      "ru",
      "Задачу можно было бы решить созданием фонда.",
      "можно было бы",
      "Задачу можно было бы решить созданием фонда.",
      false,
    ],
    ["en", "Experts say the research should shift thinking.", "should", "the research should shift thinking.", false],
    ["en", "The city needs to replace its mains.", "needs to", "The city needs to replace its mains.", false],
    [
      "en",
      "Parata and his family believe it, and want more government money for tikanga.",
      "want more",
      "want more government money for tikanga.",
      true,
    ],
    ["en", "The union calls for a ban on overtime.", "calls for", "The union calls for a ban on overtime.", true],
    ["en", "One option is to sell the stake.", "One option is", "One option is to sell the stake.", false],
    // Advice to whoever a condition picks out by their charge or values.
    [
      "en",
      "If you run a clinic, try asking patients before you share their records.",
      "try",
      "If you run a clinic, try asking patients before you share their records.",
      true,
    ],
    [
      "en",
      "If you care about your readers' privacy, you can drop the tracking scripts from your site.",
      "you can",
      "If you care about your readers' privacy, you can drop the tracking scripts from your site.",
      true,
    ],
    [
      "ru",
      "Если вы руководите школой, попробуйте отказаться от платных пособий.",
      "попробуйте",
      "Если вы руководите школой, попробуйте отказаться от платных пособий.",
      true,
    ],
    [
      "ru",
      "Если вы дорожите данными клиентов, вам стоит хранить их на своих серверах.",
      "вам стоит",
      "Если вы дорожите данными клиентов, вам стоит хранить их на своих серверах.",
      true,
    ],
  ] as const)("%s: %s", (lang, sentence, cue, clause, proposal) => {
    expect(cueOf(sentence, lang)).toEqual({ cue, clause, proposal });
  });
});

describe("findCue: look-alikes", () => {
  it.each([
    ["ru", "Второе – можно ожидать, что иностранцы попытаются выкупить активы."],
    ["ru", "РФ важно увеличить рынок, чтобы показать, с кем тут надо вести переговоры."],
    ["ru", "Парламент утвердил положение, которое должно действовать до ноября."],
    ["ru", "Газпром должен Белоруссии 200 млн долларов."],
    ["ru", "Марш должен был начаться во вторник."],
    ["ru", "Первый полёт должен состояться в 2014 году."],
    ["ru", "Следует отметить, что цены выросли."],
    ["ru", "Facebook предлагает множество функций."],
    ["ru", "Вам нужно обновить браузер."],
    ["en", "Asphalt is harder to obtain because it must be kept hot."],
    ["en", "And should anyone forget, officials have kept count."],
    ["en", "You should try it sometime."],
    ["en", "Clients SHOULD NOT rely on this in production."],
    ["en", "Prices are likely to rise and firms should brace."],
    ["en", "The shipment should arrive on Monday."],
    ["en", "There is a growing need to consolidate toolchains."],
    ["en", "Scheduling on-demand tasks is a critical capability."],
    ["en", "CPU profiling is a must-have tool."],
    ["en", "You used to have to put CSS on the job description."],
    ["en", "Previously, users would have to extract the rows."],
    // A tip for a circumstance is a how-to; a condition that sees is no advice.
    ["en", "If you're shopping online, you can do the same thing."],
    ["en", "If you run the numbers, you can see that the fund is short."],
    ["ru", "Если вы переезжаете, вы можете взять с собой старый роутер."],
    ["ru", "Если вы руководите отделом, вы можете увидеть эту разницу в отчётах."],
    // A modal in a relative clause whose "that" is left out belongs to the noun phrase, not to the sentence.
    ["en", "We use the information we have to improve our advertising systems."],
    ["en", "The first thing we need to do is to calculate the mean."],
  ] as const)("%s: %s", (lang, sentence) => {
    expect(cueOf(sentence, lang)).toBeNull();
  });
});

describe("findCue: a subject after a preposition's noun phrase is the sentence's", () => {
  it('keeps "in the end we have to" a proposal', () => {
    expect(cueOf("In the end we have to raise the tax on fuel.", "en")).toEqual({
      cue: "have to",
      clause: "In the end we have to raise the tax on fuel.",
      proposal: false,
    });
  });
});
