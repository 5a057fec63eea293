import { describe, expect, it } from "vitest";
import { tokenizeRange } from "./tokens";

describe("tokenizeRange", () => {
  it.each([
    [
      "Пресс-секретарь «Казахмыса» O’Brien, 8,1 млн.",
      ["Пресс-секретарь", "«", "Казахмыса", "»", "O’Brien", ",", "8", ",", "1", "млн", "."],
    ],
    ["U.S. rates", ["U", ".", "S", ".", "rates"]],
    ["", []],
  ])("%j", (text, tokens) => {
    expect(tokenizeRange(text, 0, text.length).map((t) => t.text)).toEqual(tokens);
  });

  it("keeps offsets into the text and stays inside the range", () => {
    const text = "Он сказал. Сенат решил.";
    expect(tokenizeRange(text, 11, text.length)).toEqual([
      { text: "Сенат", start: 11, end: 16 },
      { text: "решил", start: 17, end: 22 },
      { text: ".", start: 22, end: 23 },
    ]);
  });
});
