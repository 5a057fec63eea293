import { describe, expect, it } from "vitest";
import { detectLang, lexiconFor } from "../../lang";
import { NO_META, runPipeline } from "../../pipeline";

describe("Kazakh: the Russian rules plus Kazakh role nouns, speech verbs and head-final organisation names", () => {
  it.each([
    // A Kazakh speech verb right after the name; a possessive role noun; the ministry's name in the genitive.
    [
      "Бұл туралы Қаржы министрлігінің сарапшысы Асқар Нұрланов мәлімдеді.",
      "Асқар Нұрланов",
      "сарапшысы",
      ["Қаржы министрлігі"],
    ],
    // A quote closed by "деді" and the speaker after it, as in Russian ("– сказал экономист …").
    ["«Салық мөлшерлемесін көтеру қажет», – деді экономист Айгүл Сейітова.", "Айгүл Сейітова", "экономист", []],
    // A two-word verb ("атап өтті") and the National Bank, head last.
    [
      "Ұлттық банкінің төрағасы Тимур Сүлейменов атап өтті: бағам тұрақты.",
      "Тимур Сүлейменов",
      "төрағасы",
      ["Ұлттық банкі"],
    ],
  ])("%s → expert %s (%s), organisations %j", (text, expert, role, orgs) => {
    expect(detectLang(text)).toBe("kk");
    const r = runPipeline(text, undefined, NO_META);
    expect(r.people.filter((p) => p.expert).map((p) => [p.name, p.role])).toEqual([[expert, role]]);
    expect(r.organisations.map((o) => o.name)).toEqual(orgs);
  });

  it("builds on Russian: Russian role nouns, speech verbs and organisation rules still apply", () => {
    const kk = lexiconFor("kk");
    expect(kk.people.speechVerb.test("заявил")).toBe(true);
    expect(kk.people.speechVerb.test("мәлімдеді")).toBe(true);
    expect(kk.orgs.finders).toEqual([...lexiconFor("ru").orgs.finders, "head-after-name"]);
  });
});
