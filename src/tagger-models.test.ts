// Finding and reading the tagger's models in Node: the package's models/ from the source and the built files alike,
// each model read once, one warning for a model that cannot be read, silence for a language with none.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlainText } from "./extract/attributions";
import { attributionModels, packageModelsDir, taggerModels } from "./tagger-models";

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

describe("attribution models in Node", () => {
  const MODELS = join(ROOT, "models");
  const TEXT = "Economist Jane Porter said the plan was too slow. “Parliament should vote on it in March,” she added.";
  const rules = () => readPlainText(TEXT, { lang: "en" }).result.attributions;

  it("reads the English model once; other languages have none, silently", { timeout: 30_000 }, () => {
    const warnings: string[] = [];
    const models = attributionModels({ warn: (l) => warnings.push(l) });
    const en = models("en");
    expect(en?.labels).toEqual(["SOURCE", "CUE", "CONTENT"]);
    expect(models("en")).toBe(en);
    expect([models("ru"), models("kk"), models("other")]).toEqual([null, null, null]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ["missing", () => {}, /could not be read: no such file; using the rules only$/],
    [
      "truncated",
      (dir: string) => {
        const bytes = readFileSync(join(MODELS, "attribution-en.bin"));
        writeFileSync(join(dir, "attribution-en.bin"), bytes.subarray(0, bytes.length >> 1));
      },
      /could not be read: truncated: \d+ bytes, header says \d+; using the rules only$/,
    ],
    [
      "not a model",
      (dir: string) => writeFileSync(join(dir, "attribution-en.bin"), "<html>not found</html>"),
      /could not be read: not a tagger model file \(wrong magic\); using the rules only$/,
    ],
    [
      "the NER model's",
      (dir: string) => copyFileSync(join(MODELS, "ner-en.bin"), join(dir, "attribution-en.bin")),
      /could not be read: feature version \d+, this build computes version \d+: retrain \(npm run train\); using the rules only$/,
    ],
  ])(
    "a %s file: null, one warning however often asked, and the rules' statements",
    { timeout: 30_000 },
    (_kind, prepare, message) => {
      const dir = mkdtempSync(join(tmpdir(), "policylens-models-"));
      prepare(dir);
      const warnings: string[] = [];
      const attribution = attributionModels({ dir, warn: (l) => warnings.push(l) });
      const read = () => readPlainText(TEXT, { lang: "en", attribution }).result.attributions;
      const [first, second] = [read(), read()];
      expect(first).toEqual(rules());
      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^policylens: the English attribution model \(.*attribution-en\.bin\) /);
      expect(warnings[0]!.trim()).toMatch(message);
    },
  );
});
