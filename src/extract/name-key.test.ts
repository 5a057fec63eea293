import { describe, expect, it } from "vitest";
import { guessNominative, isInflectionOf, looksNominative, sameShortName, wordKey } from "./name-key";

describe("wordKey", () => {
  it.each([
    ["Рысмамбетов", "Рысмамбетова"],
    ["Рысмамбетов", "Рысмамбетовым"],
    ["Путин", "Путину"],
    ["Юрий", "Юрия"],
    ["Мария", "Марией"],
    ["Обама", "Обамы"],
    ["Янукович", "Януковичем"],
    ["Ельцин", "Ельцине"],
    ["Parata", "Parata’s"],
    ["McHugh", "mchugh"],
  ])("%s and %s share a key", (a, b) => expect(wordKey(a)).toBe(wordKey(b)));

  it.each([
    ["Ли", "ли"],
    ["Ян", "ян"],
    ["Ким", "ким"],
    ["Allen", "allen"],
  ])("short or Latin %s keeps its letters: %s", (w, k) => {
    expect(wordKey(w)).toBe(k);
  });
});

describe("nominative forms", () => {
  it.each([
    ["Рысмамбетов", true],
    ["Расул", true],
    ["Мария", true],
    ["Рысмамбетову", false],
    ["Марией", false],
    ["Ивановой", false],
    ["Smith", true],
  ] as const)("looksNominative(%s) = %s", (w, yes) => expect(looksNominative(w)).toBe(yes));

  it.each([
    ["Рысмамбетова", "Рысмамбетов", true],
    ["Рысмамбетов", "Рысмамбетова", false],
    ["Белову", "Белов", true],
    ["Беловежский", "Белов", false],
  ] as const)("isInflectionOf(%s, %s) = %s", (form, base, yes) => expect(isInflectionOf(form, base)).toBe(yes));

  it.each([
    ["Марии", "Мария"],
    ["Ивановой", "Иванова"],
    ["Рысмамбетовым", "Рысмамбетов"],
    ["Александром", "Александр"],
    ["Сергеем", "Сергей"],
    ["Достоевского", "Достоевский"],
    ["Анна", "Анна"],
    ["Smith", "Smith"],
  ])("guessNominative(%s) = %s", (w, nom) => expect(guessNominative(w)).toBe(nom));
});

describe("sameShortName", () => {
  it.each([
    ["ын", "ына", true],
    ["ына", "ыном", true],
    ["еп", "епа", true],
    ["ын", "ир", false],
    ["ли", "лиам", false],
  ])("%s and %s: %s", (a, b, same) => expect(sameShortName(a, b)).toBe(same));
});
