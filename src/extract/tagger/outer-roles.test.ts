import { describe, expect, it } from "vitest";
import { addOuterRoles } from "./outer-roles";
import type { EntitySpan } from "./tag";
import { tokenizeRange } from "./tokens";

/** Spans given as [first word, last word, label] over the words of `text`. */
function run(text: string, words: [string, string, string][]): string[] {
  const tokens = tokenizeRange(text, 0, text.length);
  const at = (w: string) => tokens.find((t) => t.text === w)!;
  const spans: EntitySpan[] = words.map(([a, b, label]) => ({ start: at(a).start, end: at(b).end, label }));
  addOuterRoles(tokens, spans);
  return spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
}

describe("addOuterRoles", () => {
  it.each<{ name: string; text: string; spans: [string, string, string][]; out: string[] }>([
    {
      name: "a role followed by a place also spans it, before the role's head",
      text: "заявил министр финансов России Антон Силуанов",
      spans: [
        ["министр", "финансов", "PROFESSION"],
        ["России", "России", "LOC"],
        ["Антон", "Силуанов", "PER"],
      ],
      out: ["PROFESSION:министр финансов России", "PROFESSION:министр финансов", "LOC:России", "PER:Антон Силуанов"],
    },
    {
      name: "it reaches over a run of bodies and places",
      text: "директор Института экономики РАН США",
      spans: [
        ["директор", "директор", "PROFESSION"],
        ["Института", "РАН", "ORG"],
        ["США", "США", "LOC"],
      ],
      out: [
        "PROFESSION:директор Института экономики РАН США",
        "PROFESSION:директор",
        "ORG:Института экономики РАН",
        "LOC:США",
      ],
    },
    {
      name: "a person after a role is its holder, not part of it",
      text: "экономист Расул Рысмамбетов",
      spans: [
        ["экономист", "экономист", "PROFESSION"],
        ["Расул", "Рысмамбетов", "PER"],
      ],
      out: ["PROFESSION:экономист", "PER:Расул Рысмамбетов"],
    },
    {
      name: "a token between the role and the name keeps them apart",
      text: "министр , России",
      spans: [
        ["министр", "министр", "PROFESSION"],
        ["России", "России", "LOC"],
      ],
      out: ["PROFESSION:министр", "LOC:России"],
    },
    {
      name: "two roles each get their own outer span",
      text: "посол США и консул Франции",
      spans: [
        ["посол", "посол", "PROFESSION"],
        ["США", "США", "LOC"],
        ["консул", "консул", "PROFESSION"],
        ["Франции", "Франции", "LOC"],
      ],
      out: [
        "PROFESSION:посол США",
        "PROFESSION:посол",
        "LOC:США",
        "PROFESSION:консул Франции",
        "PROFESSION:консул",
        "LOC:Франции",
      ],
    },
  ])("$name", ({ text, spans, out }) => {
    expect(run(text, spans)).toEqual(out);
  });
});
