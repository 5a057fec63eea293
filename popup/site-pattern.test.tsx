import { describe, expect, it } from "vitest";
import { siteOf, sitePattern } from "./site-pattern";

describe("sitePattern", () => {
  it.each([
    ["vlast.kz", "*://*.vlast.kz/*"],
    ["  VLAST.KZ ", "*://*.vlast.kz/*"],
    ["www.vlast.kz", "*://*.vlast.kz/*"],
    ["*.vlast.kz", "*://*.vlast.kz/*"],
    ["https://www.kaztag.kz/ru/news/1?x=1", "*://*.kaztag.kz/*"],
    ["http://news.example.co.uk", "*://*.news.example.co.uk/*"],
    ["курсив.kz", "*://*.xn--b1alfyfk.kz/*"],
    ["localhost", null],
    ["not a site", null],
    ["", null],
    ["javascript:alert(1)", null],
    ["https://", null],
  ])("%j → %j", (input, pattern) => expect(sitePattern(input)).toBe(pattern));

  it("names the site of a pattern", () => expect(siteOf("*://*.vlast.kz/*")).toBe("vlast.kz"));
});
