import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findEnglishNames } from "./named-heads-en";
import { tokenize } from "../analysis/tokens";

const found = (text: string) =>
  findEnglishNames(text, tokenize(text, splitSentences(text, "en"))).map((c) => text.slice(c.start, c.end));

describe("findEnglishNames", () => {
  it.each([
    ["Data came from the Department of Design and Construction on Monday.", ["Department of Design and Construction"]],
    ["He teaches at New York University and writes for The New York Times.", ["New York University", "New York Times"]],
    [
      "It was shown at the American Academy of Allergy, Asthma and Immunology in Houston.",
      ["American Academy of Allergy, Asthma and Immunology"],
    ],
    ["A Con Edison worker said so. Con Edison officials agreed.", ["Con Edison", "Con Edison"]],
    ["according to whale rescue group Project Jonah.", ["Project Jonah"]],
    ["Mr Obama will address the African Union in Addis Ababa.", ["African Union"]],
    ["Photo by Kirsten Luce for The New York Times", ["New York Times"]],
    ["The deal struck with the search engine Mozilla and chipmaker Intel holds.", ["Mozilla", "Intel"]],
    ["A statement from Egypt’s Ministry of Health followed.", ["Ministry of Health"]],
    ["She rose through the ranks of the ruling Zanu-PF in two years.", ["Zanu-PF"]],
    ["Chinese officials met President Obama in South Carolina.", []],
    ["Security officials said the Investment Company Act applies.", []],
    ["It was La Commission that objected.", []],
    ["The Department said nothing to Hori Parata’s family.", []],
    // "and" between the two halves of a name whose head comes after it; not between two names.
    [
      "Figures came from the World Travel and Tourism Council and the Food and Drug Administration.",
      ["World Travel and Tourism Council", "Food and Drug Administration"],
    ],
    [
      "Shares of Microsoft and Apple Inc rose; Tesco and the Co-operative Bank fell.",
      ["Apple Inc", "Co-operative Bank"],
    ],
    // A place's compound adjective or a day before a body's noun names no body.
    ["A London-based group and a Hong Kong-listed company merged.", []],
    ["It said on Saturday agency staff would strike.", []],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("findEnglishNames: a body and the person it heads", () => {
  it("cuts a run before a role word followed by a name", () => {
    const text = "Federal Police Commissioner John Doe said crime fell. The Tax Office agreed.";
    const roles = new Set(["commissioner"]);
    const names = findEnglishNames(text, tokenize(text, splitSentences(text, "en")), (w) => roles.has(w.toLowerCase()));
    expect(names.map((c) => text.slice(c.start, c.end))).toEqual(["Federal Police", "Tax Office"]);
  });
});
