// Finding and reading the tagger's models in Node: the package's models/ from the source and the built files alike,
// each model read once, one warning for a model that cannot be read, silence for a language with none.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageModelsDir, taggerModels } from "./tagger-models";

const ROOT = join(import.meta.dirname, "..");

describe("tagger models in Node", () => {
  it.each([["src"], ["src/cli"], ["dist-node"], ["dist-node/chunks"], ["bin"]])(
    "from %s, the models are the package's models/",
    (from) => {
      expect(packageModelsDir(join(ROOT, from))).toBe(join(ROOT, "models"));
    },
  );

  it("reads a model once and gives the same one to every caller", { timeout: 30_000 }, () => {
    const warnings: string[] = [];
    const models = taggerModels({ warn: (l) => warnings.push(l) });
    const en = models("en");
    expect(en?.lang).toBe("en");
    expect(models("en")).toBe(en);
    expect(taggerModels()("en")).toBe(en);
    expect(warnings).toEqual([]);
  });

  it.each([["kk" as const], ["other" as const]])("%s has no model: null, silently", (lang) => {
    const warnings: string[] = [];
    expect(taggerModels({ warn: (l) => warnings.push(l) })(lang)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("a missing model is null, and said once however often it is asked for", () => {
    const warnings: string[] = [];
    const models = taggerModels({
      dir: mkdtempSync(join(tmpdir(), "policylens-models-")),
      warn: (l) => warnings.push(l),
    });
    expect([models("ru"), models("ru"), models("en")]).toEqual([null, null, null]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^policylens: the Russian model \(.*ner-ru\.bin\) could not be read: no such file; using the rules only\n$/,
    );
  });
});
