import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse";
import { lexiconFor } from "../lang";
import type { Lang } from "../types";
import { findListedBodies } from "./listed-bodies";

const listed = (text: string, lang: Lang = "en") =>
  findListedBodies(analyse(text, lang), lexiconFor(lang).orgs.listedBodies).map((c) => text.slice(c.start, c.end));

describe("findListedBodies: names a list says are bodies", () => {
  it.each<[string, string[]]>([
    [
      "The company owns Instagram, Atlas, WhatsApp, and dozens of other internet and technology companies.",
      ["WhatsApp", "Atlas", "Instagram"],
    ],
    ["Shoppers left Tesco and other supermarket chains, and other retailers too.", []],
    ["Discounters such as Aldi and Lidl, and retailers such as Tesco, gained.", ["Tesco"]],
    ["Retailers such as Aldi, Lidl and Tesco gained.", ["Aldi", "Lidl", "Tesco"]],
    [
      "The government outlawed the group behind the attack — Ansar al-Sharia, an al-Qaeda-linked organization — and began a crackdown.",
      ["Ansar al-Sharia"],
    ],
    // The class noun must head the appositive, and a place is never a body.
    ["Jane Doe, a spokeswoman for the company, said no.", []],
    ["Kenya, France and other countries voted. Paris, Berlin and other groups met.", []],
    // A sentence's opening word is not part of the name.
    ["But Facebook and other companies objected, but nobody listened.", ["Facebook"]],
  ])("%s", (text, names) => {
    expect(listed(text).sort()).toEqual([...names].sort());
  });

  it("is off for a language without its words", () => {
    expect(listed("Компании «Казахмыс», «Казцинк» и другие компании выросли.", "ru")).toEqual([]);
  });
});
