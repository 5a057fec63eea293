import { describe, expect, it } from "vitest";
import { isFeminine, obliqueGivenName } from "./name-cases";

const FORMS = new Set(["марат", "игорь", "юрий", "анна", "александр", "александра", "илья", "jane"]);

describe("obliqueGivenName", () => {
  it.each([
    ["Марата", "марат"],
    ["Маратом", "марат"],
    ["Игоря", "игорь"],
    ["Юрия", "юрий"],
    ["Анны", "анна"],
    ["Ильи", "илья"],
    ["Марат", null],
    ["Александра", null],
    ["Петрова", null],
    ["Jane", null],
  ])("%s → %s", (word, nominative) => {
    expect(obliqueGivenName(word, FORMS)).toBe(nominative);
  });
});

describe("isFeminine", () => {
  it.each([
    ["анна", true],
    ["мария", true],
    ["илья", false],
    ["никита", false],
    ["марат", false],
  ])("%s → %s", (nominative, feminine) => {
    expect(isFeminine(nominative)).toBe(feminine);
  });
});
