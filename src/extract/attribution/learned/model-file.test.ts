// The committed attribution model (models/attribution-en.bin) loads with this build's features, is the size its card
// says and under the size limit, and tags a plain attributed sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeModel } from "../../tagger/model";
import { ATTRIBUTION_FEATURE_VERSION, attributionWordListsFingerprint } from "./features";
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

  it("was trained on the word lists its features read now (a word added there needs retraining)", () => {
    const card = readFileSync(join(MODELS, "MODEL-CARD.md"), "utf8");
    const recorded = card.match(/^`attribution-en\.bin` read word lists ([0-9a-f]{8}) /m)?.[1];
    expect(recorded, "MODEL-CARD.md records no word lists for attribution-en.bin").toBeDefined();
    expect(
      attributionWordListsFingerprint(),
      "the word lists src/extract/attribution/learned/features.ts reads changed since attribution-en.bin was trained: retrain (npm run train), or keep the new words in a list it does not read",
    ).toBe(recorded);
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
