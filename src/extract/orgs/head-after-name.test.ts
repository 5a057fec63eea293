import { describe, expect, it } from "vitest";
import type { HeadsAfterName } from "../lang/language-module";
import { splitSentences } from "../analysis/sentences";
import { findNamesBeforeHead } from "./head-after-name";
import { tokenize } from "../analysis/tokens";

/** Made-up data in the shape a head-final language gives: Turkish and Kazakh heads with a few case endings. */
const RULE: HeadsAfterName = {
  heads: ["bakanlığı", "министрлігі", "банкі"],
  endings: ["", "nın", "na", "нің", "не", "нде"],
};
const PERSON = new Set(["Erdoğan", "Нұрланов"]);

const found = (text: string) =>
  findNamesBeforeHead(text, tokenize(text, splitSentences(text, "other")), RULE, (w) => PERSON.has(w)).map((c) =>
    text.slice(c.start, c.end),
  );

describe("findNamesBeforeHead: capitalised modifiers before a head noun that ends the name", () => {
  it.each([
    ["Maliye Bakanlığı açıklama yaptı.", ["Maliye Bakanlığı"]],
    // A sentence's first word, capitalised anyway, joins only as the sole modifier.
    ["Açıklamayı Maliye Bakanlığı yaptı.", ["Maliye Bakanlığı"]],
    ["Кеше Қаржы министрлігі хабарлады.", ["Қаржы министрлігі"]],
    ["Bu konuda Maliye Bakanlığına başvurdu.", ["Maliye Bakanlığına"]],
    ["Бұл туралы Қаржы министрлігінің өкілі айтты.", ["Қаржы министрлігінің"]],
    ["Бүгін Қазақстан Республикасы Қаржы министрлігі хабарлады.", ["Қазақстан Республикасы Қаржы министрлігі"]],
    // A person's name before the head is not part of the body's name.
    ["экономист Асқар Нұрланов Қаржы министрлігі туралы айтты", ["Қаржы министрлігі"]],
    // A head with no capitalised word before it, or an unknown ending, is no name.
    ["бұл министрлігі туралы", []],
    ["Ұлттық банкімен кездесті", []],
    ["Ұлттық банкінде кездесті", ["Ұлттық банкінде"]],
  ])("%s → %j", (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    ["Бұл туралы Қаржы министрлігінің өкілі айтты.", "Қаржы министрлігі"],
    ["Bu konuda Maliye Bakanlığına başvurdu.", "Maliye Bakanlığı"],
    ["Maliye Bakanlığı açıklama yaptı.", undefined],
  ])("%s: canonical name without the case ending: %s", (text, name) => {
    expect(findNamesBeforeHead(text, tokenize(text, splitSentences(text, "other")), RULE, () => false)[0]!.name).toBe(
      name,
    );
  });
});
