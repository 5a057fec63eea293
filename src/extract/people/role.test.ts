import { describe, expect, it } from "vitest";
import { findPeople } from "../find-people";
import { analyse } from "../analysis/analyse";
import type { Lang, Organisation } from "../types";

/** Role and affiliation of the first person found (findRole works on the spans findPeople builds). */
const roleOf = (text: string, lang: Lang, orgs: Organisation[] = []) => {
  const p = findPeople(analyse(text, lang), orgs)[0]!;
  return [p.role, p.affiliation];
};
const org = (text: string, name: string): Organisation => {
  const start = text.indexOf(name);
  return {
    id: "o",
    kind: "organisation",
    name: "Минфин",
    variants: [name],
    mentions: [{ text: name, start, end: start + name.length }],
    confidence: 1,
    evidence: [],
  };
};

describe("findRole", () => {
  it.each([
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
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(roleOf(text, lang)).toEqual(expected);
  });

  it("takes the affiliation from the organisation stage when one lies in the role", () => {
    const text = "Так считает директор департамента Минфина Иван Петров.";
    expect(roleOf(text, "ru", [org(text, "Минфина")])).toEqual(["директор департамента Минфина", "Минфин"]);
  });
});
