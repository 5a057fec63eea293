import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Lang } from "../types";
import { addInnerNames } from "./inner-names";
import { decodeModel } from "./model";
import { docOf, type EntitySpan, tagSpans } from "./tag";
import { tokenizeRange, type TaggerToken } from "./tokens";

const named = (text: string, spans: readonly EntitySpan[]) =>
  spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);

/** A stand-in tagger: an ORG from the first of `heads` in the tokens to their end, or nothing. */
const tagOrgFrom =
  (...heads: string[]) =>
  (tokens: readonly TaggerToken[]): EntitySpan[] => {
    const i = tokens.findIndex((t) => heads.includes(t.text));
    return i < 0 ? [] : [{ start: tokens[i]!.start, end: tokens.at(-1)!.end, label: "ORG" }];
  };

describe("addInnerNames", () => {
  const text = "закон приняла Верхняя палата парламента Японии вчера";
  const tokens = tokenizeRange(text, 0, text.length);
  const outer = (first: string, last: string, label = "ORG"): EntitySpan => ({
    start: tokens.find((t) => t.text === first)!.start,
    end: tokens.find((t) => t.text === last)!.end,
    label,
  });

  it.each<{ name: string; lang?: Lang; spans: EntitySpan[]; tag: ReturnType<typeof tagOrgFrom>; out: string[] }>([
    {
      name: "a body named inside an organisation's name is an organisation of its own, after the outer one",
      spans: [outer("Верхняя", "Японии")],
      tag: tagOrgFrom("парламента"),
      out: ["ORG:Верхняя палата парламента Японии", "ORG:парламента Японии"],
    },
    {
      name: "and inside a role",
      spans: [outer("палата", "Японии", "PROFESSION")],
      tag: tagOrgFrom("парламента"),
      out: ["PROFESSION:палата парламента Японии", "ORG:парламента Японии"],
    },
    {
      name: "the outer span found again is not added twice",
      spans: [outer("палата", "Японии")],
      tag: tagOrgFrom("палата", "парламента"),
      out: ["ORG:палата парламента Японии", "ORG:парламента Японии"],
    },
    {
      name: "a one-word span has nothing inside",
      spans: [outer("Японии", "Японии")],
      tag: tagOrgFrom("Японии"),
      out: ["ORG:Японии"],
    },
    {
      name: "places and people are not looked into",
      spans: [outer("Верхняя", "Японии", "LOC")],
      tag: tagOrgFrom("парламента"),
      out: ["LOC:Верхняя палата парламента Японии"],
    },
    {
      name: "English news corpora do not nest names",
      lang: "en",
      spans: [outer("Верхняя", "Японии")],
      tag: tagOrgFrom("парламента"),
      out: ["ORG:Верхняя палата парламента Японии"],
    },
  ])("$name", ({ lang = "ru", spans, tag, out }) => {
    addInnerNames(lang, tokens, spans, tag);
    expect(named(text, spans)).toEqual(out);
  });

  it("a person named inside is a person of its own; a place found so is left to inner-places.ts", () => {
    const people = [outer("Верхняя", "Японии")];
    addInnerNames("ru", tokens, people, (t) => tagOrgFrom("Японии")(t).map((s) => ({ ...s, label: "PER" })));
    expect(named(text, people)).toEqual(["ORG:Верхняя палата парламента Японии", "PER:Японии"]);
    const places = [outer("Верхняя", "Японии")];
    addInnerNames("ru", tokens, places, (t) => tagOrgFrom("Японии")(t).map((s) => ({ ...s, label: "LOC" })));
    expect(named(text, places)).toEqual(["ORG:Верхняя палата парламента Японии"]);
  });

  it("each word's remainder is tagged alone, and a run-on span is not looked into", () => {
    const asked: string[] = [];
    const record = (t: readonly TaggerToken[]) => (asked.push(t.map((x) => x.text).join(" ")), []);
    addInnerNames("ru", tokens, [outer("Верхняя", "Японии")], record);
    expect(asked).toEqual(["палата парламента Японии", "парламента Японии", "Японии"]);
    const long = "и ".repeat(20).trim();
    const many = tokenizeRange(long, 0, long.length);
    asked.length = 0;
    addInnerNames("ru", many, [{ start: 0, end: long.length, label: "ORG" }], record);
    expect(asked).toEqual([]);
  });
});

describe("the Russian model finds the bodies inside", () => {
  const model = decodeModel(readFileSync(join(import.meta.dirname, "../../../models/ner-ru.bin")));

  const spansOf = (text: string) => named(text, tagSpans(model, docOf(text, [{ start: 0, end: text.length }])));

  it("a university inside its faculty, the Federation Council inside its committee (NEREL nests them so)", () => {
    expect(spansOf("Он окончил философский факультет МГУ.")).toEqual(["ORG:философский факультет МГУ", "ORG:МГУ"]);
    const committee = spansOf("Заявил председатель комитета Совета Федерации по экономической политике.");
    expect(committee.filter((s) => s.startsWith("ORG:Совета Федерации"))).toHaveLength(1);
  });
});
