import { describe, expect, it } from "vitest";
import { pronounRoles } from "./pronoun-roles";

const roleAt = (text: string, role: string) => {
  const start = text.indexOf(role);
  return { start, end: start + role.length };
};

describe("pronounRoles", () => {
  it.each([
    ["Маккаррик родился в 1930 году. В 1981 году он был назначен епископом в Нью-Джерси.", "епископом"],
    ["Гарсия родился в Лиме. Он занимал пост президента Перу.", "президента Перу"],
    ["Флинт пришёл в группу в 1990 году. Сначала он был танцором.", "танцором"],
    ["She joined the bank in 2001. Later she became chief economist.", "chief economist"],
  ])("%s", (text, role) => {
    const found = pronounRoles(text, [roleAt(text, role)]);
    expect(found).toHaveLength(1);
    const pronoun = found[0]!.pronoun;
    expect(text.slice(pronoun, pronoun + 3).toLowerCase()).toMatch(/^(?:он|она|she)/);
    expect(text.slice(found[0]!.role.start, found[0]!.role.end)).toBe(role);
  });

  it.each([
    ["Он встретил министра финансов.", "министра финансов"],
    ["Маккаррик был рукоположен. Епископом он стал позже.", "Епископом"],
    ["Он пришёл. Был епископом.", "епископом"],
  ])("no pronoun role in: %s", (text, role) => {
    expect(pronounRoles(text, [roleAt(text, role)])).toEqual([]);
  });
});
