import { describe, expect, it } from "vitest";
import { splitSentences } from "../analysis/sentences";
import { findGazetteerNames } from "./gazetteer";
import { tokenize } from "../analysis/tokens";
import type { Lang } from "../types";

const found = (text: string, lang: Lang) =>
  findGazetteerNames(text, tokenize(text, splitSentences(text, lang))).map((c) => [text.slice(c.start, c.end), c.name]);

describe("findGazetteerNames", () => {
  it.each<[string, Lang, (string | undefined)[][]]>([
    [
      "Контроль передали Минфину и Совбезом.",
      "ru",
      [
        ["Минфину", "Минфин"],
        ["Совбезом", "Совбез"],
      ],
    ],
    [
      "Решение Государственной думы и Госдумы.",
      "ru",
      [
        ["Государственной думы", "Госдума"],
        ["Госдумы", "Госдума"],
      ],
    ],
    [
      "The Fed and the International Monetary Fund met.",
      "en",
      [
        ["Fed", "Federal Reserve"],
        ["International Monetary Fund", "IMF"],
      ],
    ],
    ["Who knows what the WHO says?", "en", [["WHO", "WHO"]]],
    // A word that shares a one-word name's stem but no ending of its forms is another word.
    [
      "Глава региона Радий Хабиров поблагодарил Раду; Рада и Радой довольны.",
      "ru",
      [
        ["Раду", "Верховная рада"],
        ["Рада", "Верховная рада"],
        ["Радой", "Верховная рада"],
      ],
    ],
  ])("%s", (text, lang, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });
});
