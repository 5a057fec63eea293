import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extensionModels } from "./tagger-models";

const MODELS = join(import.meta.dirname, "../../models");
const bytesOf = (file: string) => {
  const b = readFileSync(join(MODELS, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

function setup(files: Record<string, () => ArrayBuffer>) {
  const reads: string[] = [];
  const warnings: string[] = [];
  const models = extensionModels({
    fileUrl: (path) => `chrome-extension://id/${path}`,
    readFile: async (url) => {
      reads.push(url);
      const file = url.split("/").pop()!;
      const read = files[file];
      if (!read) throw new Error("404 Not Found");
      return read();
    },
    warn: (line) => warnings.push(line),
  });
  return { models, reads, warnings };
}

describe("extensionModels: the packaged models, read from the extension's own files", () => {
  it("reads a language's model once, however many texts wait for it, and gives nothing before it is ready", async () => {
    const { models, reads, warnings } = setup({ "ner-en.bin": () => bytesOf("ner-en.bin") });
    expect(models.lookup("en")).toBeNull();
    await Promise.all([models.ready("en"), models.ready("en"), models.ready("other")]);
    expect(reads).toEqual(["chrome-extension://id/models/ner-en.bin"]);
    expect(models.lookup("en")?.lang).toBe("en");
    // A language without a model of its own gets none, and nothing is read for it.
    expect(models.lookup("other")).toBeNull();
    expect(models.lookup("kk")).toBeNull();
    expect(warnings).toEqual([]);
  });

  it.each([
    ["missing", {}, /models\/ner-ru\.bin could not be read \(404 Not Found\); using the rules only/],
    [
      "truncated",
      { "ner-ru.bin": () => bytesOf("ner-ru.bin").slice(0, 1000) },
      /could not be read \(tagger model: truncated: 1000 bytes, header says \d+\)/,
    ],
    [
      "another language's",
      { "ner-ru.bin": () => bytesOf("ner-en.bin") },
      /could not be read \(it is the model of "en", not "ru"\)/,
    ],
  ])("a %s file: one warning, no model, and no second read", async (_, files, warning) => {
    const { models, reads, warnings } = setup(files);
    await models.ready("ru");
    await models.ready("ru");
    expect(models.lookup("ru")).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(reads).toHaveLength(1);
  });
});
