import { describe, expect, it } from "vitest";
import { countOf, MENTION } from "./plural";

describe("countOf", () => {
  it.each([
    [0, "en", "0 mentions"],
    [1, "en", "1 mention"],
    [3, "en", "3 mentions"],
    [21, "en", "21 mentions"],
    [0, "ru", "0 упоминаний"],
    [1, "ru", "1 упоминание"],
    [3, "ru", "3 упоминания"],
    [5, "ru", "5 упоминаний"],
    [11, "ru", "11 упоминаний"],
    [14, "ru", "14 упоминаний"],
    [21, "ru", "21 упоминание"],
    [22, "ru", "22 упоминания"],
    [111, "ru", "111 упоминаний"],
  ] as const)("writes %i mentions in %s as %s", (n, lang, want) => {
    expect(countOf(n, lang, MENTION)).toBe(want);
  });
});
