// The committed attribution model (models/attribution-en.bin) loads with this build's features, is the size its card
// says and under the size limit, and tags a plain attributed sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeModel } from "../../tagger/model";
import { ATTRIBUTION_FEATURE_VERSION } from "./features";
import { attributionModelFile } from "./model-file";
import { spansOf, tagUnits } from "./tag";
import { unitsOf } from "./units";

const MODELS = join(import.meta.dirname, "../../../../models");
/** The limit on a model's gzipped size. */
const MAX_GZIPPED = 1.5 * 1024 * 1024;

describe("models/attribution-en.bin", () => {
  const bytes = readFileSync(join(MODELS, attributionModelFile("en")!));

  it("is the file its card describes, and small enough", () => {
    const card = readFileSync(join(MODELS, "MODEL-CARD.md"), "utf8");
    const line = card.match(/^`attribution-en\.bin`: .*feature version (\d+); .*; (\d+) bytes, (\d+) gzipped$/m);
    expect(line).not.toBeNull();
    expect(Number(line![1])).toBe(ATTRIBUTION_FEATURE_VERSION);
    expect(Number(line![2])).toBe(bytes.length);
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(MAX_GZIPPED);
  });

  it("tags the source, cue and content of a reported statement", { timeout: 30_000 }, () => {
    const model = decodeModel(bytes, ATTRIBUTION_FEATURE_VERSION);
    const text = "Taxes must rise, said John Smith, an economist at the central bank.";
    const units = unitsOf(text, [{ start: 0, end: text.length, paragraph: 0 }]);
    const spans = spansOf(units, tagUnits(model, units), model.labels).map((s) => [
      s.label,
      text.slice(s.start, s.end),
    ]);
    expect(spans).toEqual([
      ["CONTENT", "Taxes must rise"],
      ["CUE", "said"],
      ["SOURCE", "John Smith, an economist at the central bank"],
    ]);
  });
});
