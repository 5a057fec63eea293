import { describe, expect, it } from "vitest";
import { chainedRoles, type Span } from "./role-chain";

/** The spans of `parts` in `text`, in text order (each part's first occurrence after the previous one). */
function spansOf(text: string, parts: string[]): Span[] {
  let from = 0;
  return parts.map((p) => {
    const start = text.indexOf(p, from);
    if (start < 0) throw new Error(`${p} is not in the text`);
    from = start + p.length;
    return { start, end: start + p.length };
  });
}
const never = () => false;

describe("chainedRoles", () => {
  it.each([
    [
      "a list of roles before the name",
      "Выступил доктор филологических наук, профессор, президент института Пушкина Виталий Костомаров.",
      "Виталий Костомаров",
      ["доктор филологических наук", "профессор", "президент института Пушкина"],
      ["доктор филологических наук", "профессор", "президент института Пушкина"],
    ],
    [
      "roles joined by и, an age before the name",
      "Пришёл сценарист и кинорежиссер 60-летний Александр Новопашин.",
      "Александр Новопашин",
      ["сценарист", "кинорежиссер"],
      ["сценарист", "кинорежиссер"],
    ],
    [
      "appositives after a bracketed form of the name",
      "Томас Шефер (Thomas Schäfer), министр финансов земли Гессен, член ХДС, умер.",
      "Томас Шефер",
      ["министр финансов земли Гессен", "член ХДС"],
      ["министр финансов земли Гессен", "член ХДС"],
    ],
    [
      "roles after a verb of being",
      "Сидибе был министром здравоохранения, а затем министром иностранных дел.",
      "Сидибе",
      ["министром здравоохранения", "министром иностранных дел"],
      ["министром здравоохранения", "министром иностранных дел"],
    ],
    [
      "a role after a post taken",
      "Тимур Шаймиев занял пост генерального директора.",
      "Тимур Шаймиев",
      ["генерального директора"],
      ["генерального директора"],
    ],
    [
      "a role after a relative clause's verb of being",
      "Нэнси Пелоси, которая сейчас является главой демократического меньшинства, выступила.",
      "Нэнси Пелоси",
      ["главой демократического меньшинства"],
      ["главой демократического меньшинства"],
    ],
    [
      "no role after a clause whose subject is another",
      "Иван Петров, которого назначили директором, уехал.",
      "Иван Петров",
      ["директором"],
      [],
    ],
    [
      "no role across a clause",
      "Иванов приехал в Москву, где встретил министра финансов.",
      "Иванов",
      ["министра финансов"],
      [],
    ],
    [
      "no role after a verb that says nothing of what he is",
      "Петров поздравил президента компании.",
      "Петров",
      ["президента компании"],
      [],
    ],
  ])("%s", (_, text, name, roles, expected) => {
    const [n] = spansOf(text, [name]);
    const { before, after } = chainedRoles(text, n!, spansOf(text, roles), never);
    expect([...before, ...after].map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });

  it("stops where another person's name stands", () => {
    const text = "Иван Петров, друг Сергея Сидорова, приехал.";
    const [name, sidorov] = spansOf(text, ["Иван Петров", "Сергея Сидорова"]);
    const roles = spansOf(text, ["друг Сергея Сидорова"]);
    const blocked = (from: number, to: number) => sidorov!.start >= from && sidorov!.end <= to;
    expect(chainedRoles(text, name!, roles, blocked)).toEqual({ before: [], after: [] });
    expect(chainedRoles(text, name!, roles, never).after).toEqual(roles);
  });
});
