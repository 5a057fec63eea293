import { describe, expect, it } from "vitest";
import { STORED } from "../limits";
import type { ResultRecord } from "../records/types";
import { clip, fitResult } from "./fit-result";
import { resultRecord } from "../../test/export/backup-records";

const KEY = "https://caravan.kz/news/1";
const mention = (start: number, end: number, text = "x".repeat(end - start)) => ({ text, start, end });
const org = (id: string, mentions: ReturnType<typeof mention>[]) => ({
  id,
  name: id,
  outlet: false,
  confidence: 0.5,
  mentions,
});

describe("clip", () => {
  it.each([
    ["a short text", "абв", 5, "абв"],
    ["a text at the limit", "абв", 3, "абв"],
    ["a long text", "абвгд", 3, "абв"],
    ["an emoji on the cut", "аб\u{1F600}в", 3, "аб"],
    ["an emoji before the cut", "а\u{1F600}в", 3, "а\u{1F600}"],
  ])("%s", (_case, s, max, expected) => {
    expect(clip(s, max)).toBe(expected);
  });
});

describe("a kept analysis past a stored record's limits is trimmed, as the rule says", () => {
  it("keeps a record within the limits as it is", () => {
    const record = resultRecord(KEY);
    expect(fitResult(record)).toEqual(record);
  });

  const long = "x".repeat(STORED.articleText + 10);
  const cases: [string, ResultRecord, (r: ResultRecord) => unknown, unknown][] = [
    ["the text is kept up to the limit", resultRecord(KEY, { text: long }), (r) => r.text.length, STORED.articleText],
    [
      "a mention past the kept text is dropped, one inside it kept",
      resultRecord(KEY, {
        text: long,
        organisations: [org("o", [mention(0, 5), mention(long.length - 5, long.length)])],
      }),
      (r) => r.organisations[0]!.mentions,
      [mention(0, 5)],
    ],
    [
      "an organisation mentioned only past the kept text is dropped",
      resultRecord(KEY, { text: long, organisations: [org("o", [mention(long.length - 5, long.length)])] }),
      (r) => r.organisations,
      [],
    ],
    [
      "an organisation the engine gave no mention is kept",
      resultRecord(KEY, { organisations: [org("o", [])] }),
      (r) => r.organisations.map((o) => o.id),
      ["o"],
    ],
    [
      "an option past the kept text is dropped",
      resultRecord(KEY, {
        text: long,
        policyOptions: [{ ...resultRecord(KEY).policyOptions[0]!, start: long.length - 5, end: long.length }],
      }),
      (r) => r.policyOptions,
      [],
    ],
    [
      "an option longer than a stored text is dropped",
      resultRecord(KEY, {
        text: long,
        policyOptions: [
          {
            ...resultRecord(KEY).policyOptions[0]!,
            text: long.slice(0, STORED.text + 1),
            start: 0,
            end: STORED.text + 1,
          },
        ],
      }),
      (r) => r.policyOptions,
      [],
    ],
    [
      "an organisation's first mentions are kept, up to the limit",
      resultRecord(KEY, {
        text: "x".repeat(STORED.listItems + 5),
        organisations: [
          org(
            "o",
            Array.from({ length: STORED.listItems + 5 }, (_, i) => mention(i, i + 1)),
          ),
        ],
      }),
      (r) => [r.organisations[0]!.mentions.length, r.organisations[0]!.mentions.at(-1)!.start],
      [STORED.listItems, STORED.listItems - 1],
    ],
    [
      "the first organisations are kept, up to the limit",
      resultRecord(KEY, { organisations: Array.from({ length: STORED.listItems + 1 }, (_, i) => org(`o${i}`, [])) }),
      (r) => [r.organisations.length, r.organisations.at(-1)!.id],
      [STORED.listItems, `o${STORED.listItems - 1}`],
    ],
    [
      "a name keeps its first characters",
      resultRecord(KEY, { organisations: [{ ...org("o", []), name: "ж".repeat(STORED.short + 1) }] }),
      (r) => r.organisations[0]!.name.length,
      STORED.short,
    ],
    [
      "an expert's role keeps its first characters",
      resultRecord(KEY, { experts: [{ ...resultRecord(KEY).experts[0]!, role: "ж".repeat(STORED.short + 1) }] }),
      (r) => r.experts[0]!.role!.length,
      STORED.short,
    ],
  ];
  it.each(cases)("%s", (_case, record, read, expected) => {
    expect(read(fitResult(record))).toEqual(expected);
  });
});
