import { describe, expect, it } from "vitest";
import { isFeminine, masculineCaseOfGivenName, masculineNominative, obliqueGivenName } from "./name-cases";

const FORMS = new Set(["марат", "игорь", "юрий", "анна", "александр", "александра", "илья", "jane", "лев", "павел"]);

describe("obliqueGivenName", () => {
  it.each([
    ["Марата", "марат"],
    ["Маратом", "марат"],
    ["Игоря", "игорь"],
    ["Юрия", "юрий"],
    ["Анны", "анна"],
    ["Ильи", "илья"],
    // A vowel the other cases drop.
    ["Льва", "лев"],
    ["Павлом", "павел"],
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

describe("masculineNominative", () => {
  it.each([
    [
      ["Доминика", "Рааба"],
      ["Доминик", "Рааб"],
    ],
    [
      ["Шону", "Комбсу"],
      ["Шон", "Комбс"],
    ],
    [
      ["Домиником", "Раабом"],
      ["Доминик", "Рааб"],
    ],
    [
      ["Ралифа", "Сафина"],
      ["Ралиф", "Сафин"],
    ],
    [
      ["Сулимом", "Ямадаевым"],
      ["Сулим", "Ямадаев"],
    ],
    [
      ["Хамида", "Галицкого"],
      ["Хамид", "Галицкий"],
    ],
    [
      ["Дэна", "Цзивея"],
      ["Дэн", "Цзивей"],
    ],
    // A surname that does not decline stays as written.
    [
      ["Мохаммеда", "Эль-Барадеи"],
      ["Мохаммед", "Эль-Барадеи"],
    ],
    [
      ["Жерара", "Пике"],
      ["Жерар", "Пике"],
    ],
    // A woman's endings, or endings that do not say whose: left alone.
    [["Зухрой", "Муртазиной"], null],
    [["Зухру", "Муртазину"], null],
    [["Эльжбета", "Пендерецкая"], null],
    [["Юлдашева", "Кристина", "Камиловна"], null],
    // A given name in "-у" may be one in "-а" in the accusative, or one that ends so.
    [["Мирзу", "Субелиани"], null],
    [["Тору", "Камикава"], null],
    [["Абу", "Бакру"], null],
    // A stem without a vowel dropped one ("Льва" of Лев); an adjective's ending does not tell its nominative.
    [["Льва", "Термена"], null],
    [["Льву", "Толстому"], null],
    [["Доминик"], null],
  ])("%j → %j", (words, nominative) => {
    expect(masculineNominative(words)).toEqual(nominative);
  });
});

describe("masculineCaseOfGivenName: the case of a man's given name written in an oblique case", () => {
  it.each([
    ["Игорю", "dative"],
    ["Юрием", "instrumental"],
    ["Марата", "genitive"],
    // The nominative, a woman's name, a word that is no given name: no case told.
    ["Марат", null],
    ["Анны", null],
    ["Петрову", null],
  ])("%s → %s", (word, c) => {
    expect(masculineCaseOfGivenName(word, FORMS)).toBe(c);
  });
});
