import { describe, expect, it } from "vitest";
import { SAMPLE } from "../../test/export/sample";
import type { ExtractResult } from "../extract/types";
import { createLastResults } from "./last-results";

const RESULT = SAMPLE[0]!.result!;
const URL = "https://www.caravan.kz/news/x/";
const same = (url: string) => url === URL;

describe("the last result per tab", () => {
  it.each<[string, (r: ReturnType<typeof createLastResults>) => void, number | undefined, ExtractResult | null]>([
    ["the tab's result for the same page", (r) => r.remember(7, URL, RESULT), 7, RESULT],
    ["nothing for another tab", (r) => r.remember(8, URL, RESULT), 7, null],
    ["nothing for another page of the tab", (r) => r.remember(7, "https://www.caravan.kz/news/y/", RESULT), 7, null],
    ["nothing for a page that is not an article", (r) => r.remember(7, URL, { ...RESULT, isArticle: false }), 7, null],
    ["nothing without an address", (r) => r.remember(7, null, RESULT), 7, null],
    ["nothing for a sender without a tab", (r) => r.remember(undefined, URL, RESULT), undefined, null],
    [
      "the newer of two runs",
      (r) => (r.remember(7, URL, { ...RESULT, title: "old" }), r.remember(7, URL, RESULT)),
      7,
      RESULT,
    ],
    [
      "nothing when a later run was not an article",
      (r) => (r.remember(7, URL, RESULT), r.remember(7, URL, { ...RESULT, isArticle: false })),
      7,
      null,
    ],
  ])("gives %s", (_label, fill, tab, expected) => {
    const results = createLastResults();
    fill(results);
    expect(results.take(tab, same)).toBe(expected);
  });

  it("gives a result once, and forgets the tabs remembered longest ago past its bound", () => {
    const results = createLastResults(2);
    for (const tab of [1, 2, 3]) results.remember(tab, URL, RESULT);
    expect(results.take(1, same)).toBeNull();
    expect(results.take(3, same)).toBe(RESULT);
    expect(results.take(3, same)).toBeNull();
    expect(results.take(2, same)).toBe(RESULT);
  });
});
