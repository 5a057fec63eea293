import { describe, expect, it } from "vitest";
import type { Analysis } from "./analysis/types";
import type { Speakers } from "./findings";
import { NO_META, runPipeline, STAGES, type Stages } from "./pipeline";
import { RESULT_SCHEMA } from "./types";

const RU = "Контроль передали КНБ и Минфину. Минфин согласился, сообщает Caravan.kz.";
const EN = "The Congressional Budget Office (CBO) scored the bill. The CBO said costs would rise.";

describe("runPipeline", () => {
  it.each([
    ["ru", RU, ["КНБ", "Минфин", "Caravan.kz"]],
    ["en", EN, ["Congressional Budget Office"]],
  ] as const)("returns a %s result in the schema, with organisations", (lang, text, orgs) => {
    const r = runPipeline(text, undefined, NO_META);
    expect(r.schema).toBe(RESULT_SCHEMA);
    expect(r.lang).toBe(lang);
    expect(r.text).toBe(text);
    expect(r.organisations.map((o) => o.name)).toEqual(orgs);
  });

  it("gives no annotations to a page that is not an article", () => {
    const r = runPipeline(RU, "ru", { ...NO_META, isArticle: false, notArticleReason: "a home page" });
    expect(r.organisations).toEqual([]);
    expect(r.people).toEqual([]);
    expect(r.policyOptions).toEqual([]);
    expect(r.notArticleReason).toBe("a home page");
  });

  it("gives the same ids on every run, unique within the result", () => {
    const a = runPipeline(RU, "ru", NO_META),
      b = runPipeline(RU, "ru", NO_META);
    const ids = [...a.organisations, ...a.people, ...a.policyOptions].map((x) => x.id);
    expect(ids).toEqual([...b.organisations, ...b.people, ...b.policyOptions].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("returns an empty result for empty text", () => {
    expect(runPipeline("   ", "en", NO_META).organisations).toEqual([]);
  });

  it("reads the text once and attributes the speakers once: later stages get those very objects", () => {
    const text =
      "Казахстану важно защитить активы, считает экономист Расул Рысмамбетов. По его словам, государству следует создать фонд для закупки металлов.";
    const calls = { analyse: 0, attributeSpeakers: 0 };
    let analysis: Analysis | undefined, speakers: Speakers | undefined;
    const watched: Stages = {
      analyse: (t, lang, model) => {
        calls.analyse++;
        return (analysis = STAGES.analyse(t, lang, model));
      },
      findOrganisations: (a) => {
        expect(a).toBe(analysis);
        return STAGES.findOrganisations(a);
      },
      findPeople: (a, orgs) => {
        expect(a).toBe(analysis);
        return STAGES.findPeople(a, orgs);
      },
      attributeSpeakers: (a, people) => {
        calls.attributeSpeakers++;
        expect(a).toBe(analysis);
        return (speakers = STAGES.attributeSpeakers(a, people));
      },
      findExperts: (people, s) => {
        expect(s).toBe(speakers);
        return STAGES.findExperts(people, s);
      },
      findPolicyOptions: (a, people, s, orgs) => {
        expect(a).toBe(analysis);
        expect(s).toBe(speakers);
        return STAGES.findPolicyOptions(a, people, s, orgs);
      },
    };
    const r = runPipeline(text, "ru", NO_META, { stages: watched });
    expect(calls).toEqual({ analyse: 1, attributeSpeakers: 1 });
    expect(r.people.filter((p) => p.expert).map((p) => p.name)).toEqual(["Расул Рысмамбетов"]);
    expect(r.policyOptions.map((o) => o.proposer)).toEqual(["Расул Рысмамбетов"]);
    expect(r).toEqual(runPipeline(text, "ru", NO_META));
  });
});
