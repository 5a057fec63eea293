import { describe, expect, it } from "vitest";
import { NO_META, runPipeline } from "./pipeline";
import { RESULT_SCHEMA } from "./types";

const RU = "Контроль передали КНБ и Минфину. Минфин согласился, сообщает Caravan.kz.";
const EN = "The Congressional Budget Office (CBO) scored the bill. The CBO said costs would rise.";

describe("runPipeline", () => {
  it.each([["ru", RU, ["КНБ", "Минфин", "Caravan.kz"]], ["en", EN, ["Congressional Budget Office"]]] as const)(
    "returns a %s result in the schema, with organisations",
    (lang, text, orgs) => {
      const r = runPipeline(text, undefined, NO_META);
      expect(r.schema).toBe(RESULT_SCHEMA);
      expect(r.lang).toBe(lang);
      expect(r.text).toBe(text);
      expect(r.organisations.map((o) => o.name)).toEqual(orgs);
    },
  );

  it("gives no annotations to a page that is not an article", () => {
    const r = runPipeline(RU, "ru", { ...NO_META, isArticle: false, notArticleReason: "a home page" });
    expect(r.organisations).toEqual([]);
    expect(r.people).toEqual([]);
    expect(r.policyOptions).toEqual([]);
    expect(r.notArticleReason).toBe("a home page");
  });

  it("gives the same ids on every run, unique within the result", () => {
    const a = runPipeline(RU, "ru", NO_META), b = runPipeline(RU, "ru", NO_META);
    const ids = [...a.organisations, ...a.people, ...a.policyOptions].map((x) => x.id);
    expect(ids).toEqual([...b.organisations, ...b.people, ...b.policyOptions].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("returns an empty result for empty text", () => {
    expect(runPipeline("   ", "en", NO_META).organisations).toEqual([]);
  });
});
