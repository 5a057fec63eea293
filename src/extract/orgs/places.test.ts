import { describe, expect, it } from "vitest";
import { isPlace } from "./places";

describe("isPlace", () => {
  it.each([
    "Москве",
    "Казахстана",
    "России",
    "Китая",
    "США",
    "Российской Федерации",
    "New Zealand",
    "US",
    "Kenya",
    "Андорры",
    "Haiti",
  ])("%s is a place", (p) => {
    expect(isPlace(p)).toBe(true);
  });
  it.each(["Минфин", "Совбез", "Кремль", "Congress", "African Union"])("%s is not", (p) => {
    expect(isPlace(p)).toBe(false);
  });
});
