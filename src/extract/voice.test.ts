import { describe, expect, it } from "vitest";
import { extractFromText } from "./engine";
import type { Lang } from "./types";

describe("textVoice: whose the text's own words are", () => {
  it.each<[string, Lang, string, "author" | "outlet"]>([
    [
      "a first-person post",
      "en",
      "I have watched this for years. We need to protect those who opt out. Our browsers leak data, and my advice is simple.",
      "author",
    ],
    [
      "a post in Russian",
      "ru",
      "Я давно слежу за рынком. Мы считаем, что нужно снизить ставку. Наша позиция проста, и мне она кажется верной.",
      "author",
    ],
    [
      "a story whose first person is quoted speakers'",
      "ru",
      "«Мы предлагаем снизить ставку», — сказал Иван Петров. — Нам нужно время, — добавил Петров. По словам Петрова, наш банк готов.",
      "outlet",
    ],
    [
      "a story that names its outlet",
      "ru",
      "Мы считаем, что нужно снизить ставку. Наша позиция проста. Мне она кажется верной, передает Caravan.kz.",
      "outlet",
    ],
    ["a story in the third person", "en", "The ministry said prices would rise. Analysts expect more.", "outlet"],
  ])("%s", (_, lang, text, voice) => {
    expect(extractFromText(text, { lang }).voice).toBe(voice);
  });
});
