import { describe, expect, it } from "vitest";
import { nameKey, stemWord } from "./normalise";

describe("nameKey: inflected forms of one name share a key", () => {
  it.each([
    ["Минфину", "Минфин"],
    ["Совбезом", "Совбез"],
    ["Комитета защиты журналистов", "Комитет защиты журналистов"],
    ["Советского Союза", "Советский Союз"],
    ["Конституционным судом", "Конституционный суд"],
    ["Department's", "Department"],
    ["Agencies", "Agency"],
    ["«Казахмыс»", "Казахмыс"],
  ])("%s ~ %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["ЕС", "ес"],
    ["МВФ", "мвф"],
    ["CBO", "cbo"],
    ["Bus", "bus"],
  ])("keeps %s whole", (w, key) => {
    expect(stemWord(w)).toBe(key);
  });
});
