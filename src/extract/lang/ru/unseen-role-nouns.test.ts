import { describe, expect, it } from "vitest";
import { wordKey } from "../../name-key";
import { wordListsFor } from "../../tagger/lexicon-flags";
import { RU } from "./index";
import { ROLE_NOUNS_UNSEEN_RU } from "./people";

describe("role nouns listed after the tagger was trained", () => {
  const unseen = ROLE_NOUNS_UNSEEN_RU.split(/\s+/).filter(Boolean);

  it("are role nouns to the rules", () => {
    for (const w of unseen) expect(RU.people.roleNouns.has(wordKey(w)), w).toBe(true);
  });

  it("are no feature of the tagger, whose models were trained without them", () => {
    const flagged = unseen.filter((w) => wordListsFor("ru").flags(w, w).includes("role"));
    expect(flagged).toEqual([]);
    // A role noun the models were trained with still is one.
    expect(wordListsFor("ru").flags("экономист", "экономист")).toContain("role");
  });
});
