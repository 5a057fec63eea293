import { afterEach, describe, expect, it } from "vitest";
import { setMessageSource, t } from "./i18n";
import en from "../_locales/en/messages.json";
import ru from "../_locales/ru/messages.json";

afterEach(() => setMessageSource(null));

describe("t", () => {
  it.each([
    ["popupExperts", [], "Experts"],
    ["popupMentions", [3], "Mentions: 3"],
    ["libraryEntityTitle", ["КНБ"], "Every article where “КНБ” appears"],
  ] as const)("reads %s from the English messages outside the extension", (key, subs, text) => {
    expect(t(key, ...subs)).toBe(text);
  });

  it("asks the browser first, with the substitutions as strings", () => {
    const asked: [string, string[] | undefined][] = [];
    setMessageSource((key, subs) => (asked.push([key, subs]), key === "popupMentions" ? "Упоминаний: 3" : ""));
    expect(t("popupMentions", 3)).toBe("Упоминаний: 3");
    expect(t("popupExperts")).toBe("Experts");
    expect(asked).toEqual([
      ["popupMentions", ["3"]],
      ["popupExperts", []],
    ]);
  });

  it("has a Russian message, with the same placeholders, for every UI string", () => {
    const ui = Object.keys(en).filter((k) => /^(popup|library|settings)/.test(k));
    for (const key of ui) {
      const r = (ru as Record<string, { message: string; placeholders?: object }>)[key];
      expect(r, key).toBeDefined();
      expect(Object.keys(r!.placeholders ?? {}), key).toEqual(
        Object.keys((en as Record<string, { placeholders?: object }>)[key]!.placeholders ?? {}),
      );
    }
  });
});
