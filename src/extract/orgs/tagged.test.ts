import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse";
import { lexiconFor } from "../lang";
import type { Lang } from "../types";
import { findTaggedNames } from "./tagged";

/** The tagger's ORG spans given as the words they cover, in order; the names kept as candidates. */
function kept(text: string, lang: Lang, spans: [string, string][]): string[] {
  let from = 0;
  const entities = spans.map(([surface, label]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    from = start + 1;
    return { start, end: start + surface.length, label };
  });
  const analysis = { ...analyse(text, lang), entities };
  return findTaggedNames(analysis, lexiconFor(lang)).map((c) => text.slice(c.start, c.end));
}

describe("findTaggedNames: the tagger's organisations, less what web pages and names lead it into", () => {
  it.each<[string, Lang, [string, string][], string[]]>([
    [
      "Shoppers left Tesco for Aldi last year, the survey found.",
      "en",
      [
        ["Tesco", "ORG"],
        ["Aldi", "ORG"],
      ],
      ["Tesco", "Aldi"],
    ],
    ["В четверг Сенат одобрил поправки.", "ru", [["Сенат", "ORG"]], ["Сенат"]],
    // Only ORG spans become candidates.
    [
      "Jane Doe flew to Paris on Monday.",
      "en",
      [
        ["Jane Doe", "PER"],
        ["Paris", "LOC"],
      ],
      [],
    ],
    // A Roman number alone is a rank or a part's.
    ["Patients joined Phase III trials in June.", "en", [["III", "ORG"]], []],
    // A law, a document or a place by its last word, or by the noun right after it.
    ["The U.S. Flag Code was cited by the court on Monday.", "en", [["U.S. Flag Code", "ORG"]], []],
    ["Ten whales stranded on Ninety Mile beach overnight.", "en", [["Ninety Mile", "ORG"]], []],
    // A photo credit glued to its caption.
    [
      "The streets were dug up in winter.CreditJane Roe for The Daily Post",
      "en",
      [["CreditJane Roe for The Daily Post", "ORG"]],
      [],
    ],
    // A heading in title case: taken only when the text repeats the name.
    [
      "Pizza Man Makes Special Delivery To Penguin Post Office\nThe pizza was late, he said.",
      "en",
      [["Penguin Post Office", "ORG"]],
      [],
    ],
    [
      "Acme Bank Opens New Branch Downtown\nAcme Bank said the branch would open in June.",
      "en",
      [
        ["Acme Bank", "ORG"],
        ["Acme Bank", "ORG"],
      ],
      ["Acme Bank", "Acme Bank"],
    ],
    // Score lines with figures are tables, not headings.
    [
      "Leicestershire 296 , Somerset 83 and 174 .",
      "en",
      [
        ["Leicestershire", "ORG"],
        ["Somerset", "ORG"],
      ],
      ["Leicestershire", "Somerset"],
    ],
    // A generic body named by one common noun; a lower-case name of several words stays.
    [
      "Вопрос решат парламентом и министерством финансов.",
      "ru",
      [
        ["парламентом", "ORG"],
        ["министерством финансов", "ORG"],
      ],
      ["министерством финансов"],
    ],
    // A possessive after the name and lower-case words before it are not the name.
    [
      "The city's Department of Environmental Protection said Cambridge Analytica's data was gone.",
      "en",
      [
        ["city's Department of Environmental Protection", "ORG"],
        ["Cambridge Analytica's", "ORG"],
      ],
      ["Department of Environmental Protection", "Cambridge Analytica"],
    ],
    // A common word at a sentence's start.
    ["Almost nobody came. It was almost empty.", "en", [["Almost", "ORG"]], []],
    // The last word of a person's full name, alone or run on from a body's acronym.
    [
      "Prime Minister Habib Essid spoke. Essid said the museum would reopen.",
      "en",
      [
        ["Habib Essid", "PER"],
        ["Essid", "ORG"],
      ],
      [],
    ],
    [
      "Кирсан Илюмжинов выступил. Президент ФИДЕ Илюмжинов сообщил о выборах.",
      "ru",
      [
        ["Кирсан Илюмжинов", "PER"],
        ["ФИДЕ Илюмжинов", "ORG"],
      ],
      [],
    ],
  ])("%s", (text, lang, spans, names) => {
    expect(kept(text, lang, spans)).toEqual(names);
  });

  it("gives each kept name the model's cue and confidence", () => {
    const text = "Shoppers left Tesco last year.";
    const start = text.indexOf("Tesco");
    const [c] = findTaggedNames(
      { ...analyse(text, "en"), entities: [{ start, end: start + 5, label: "ORG" }] },
      lexiconFor("en"),
    );
    expect(c).toMatchObject({ start, end: start + 5, cue: "model" });
    expect(c!.confidence).toBeGreaterThan(0);
  });
});
