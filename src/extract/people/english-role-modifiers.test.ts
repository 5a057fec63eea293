import { describe, expect, it } from "vitest";
import { lexiconFor } from "../lang";
import { englishModifiersBefore } from "./english-role-modifiers";

/** The role as the modifiers make it: `text` holds the role noun `noun` once; the words taken before it, and it. */
const role = (text: string, noun: string) => {
  const at = text.indexOf(noun);
  return text.slice(at - englishModifiersBefore(text, at, lexiconFor("en").people.speechVerb), at + noun.length);
};

describe("englishModifiersBefore", () => {
  it.each([
    // After a determiner, a preposition, a possessive or a verb of speech the phrase clearly begins.
    ["He met the new finance minister Tom Hill.", "minister", "new finance minister"],
    ["Britain's foreign secretary Boris Johnson spoke.", "secretary", "Britain's foreign secretary"],
    ["Iraq 's Deputy Prime Minister Tareq Aziz spoke.", "Minister", "Iraq 's Deputy Prime Minister"],
    ["Prices rose, said finance minister Tom Hill.", "minister", "finance minister"],
    // Title case before a title-case role noun.
    ["Kazakh Finance Minister Madi Takiyev agreed.", "Minister", "Kazakh Finance Minister"],
    ["It rained since Mayor Bill de Blasio took office.", "Mayor", "Mayor"],
    // A clause's first word, capitalised by its place, alone before the role noun.
    ["Finance minister Jane Doe said so.", "minister", "Finance minister"],
    // A verb and its object are not modifiers.
    ["He met finance minister Tom Hill.", "minister", "minister"],
    ["Yeltsin, who had backed security chief Alexander Lebed, left.", "chief", "chief"],
    ["The minister spoke.", "minister", "minister"],
  ])("%s", (text, noun, want) => {
    expect(role(text, noun)).toBe(want);
  });
});
