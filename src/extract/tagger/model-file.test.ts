// The committed models (models/*.bin) load, and say what their card (models/MODEL-CARD.md) says they are.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { lexiconFor } from "../lang";
import type { Lang } from "../types";
import { FEATURE_VERSION } from "./features";
import { FORMAT_VERSION, decodeModel } from "./model";
import { tagText } from "./tag";
import { wordListsFingerprint } from "./lexicon-flags";

const MODELS = join(import.meta.dirname, "../../../models");
/** Issue 13's limit on a model's gzipped size. */
const MAX_GZIPPED = 1.5 * 1024 * 1024;
const card = readFileSync(join(MODELS, "MODEL-CARD.md"), "utf8");

/** The card's line for a file: "`ner-en.bin`: language en; labels PER ORG LOC; feature version 2; format version 1; N bytes, M gzipped". */
function cardEntry(file: string) {
  const m = card.match(
    new RegExp(
      `^\`${file.replace(".", "\\.")}\`: language (\\w+); labels ([A-Z ]+); feature version (\\d+); format version (\\d+); (\\d+) bytes, (\\d+) gzipped$`,
      "m",
    ),
  );
  if (!m) throw new Error(`MODEL-CARD.md has no line for ${file}`);
  return {
    lang: m[1]!,
    labels: m[2]!.split(" "),
    featureVersion: Number(m[3]),
    formatVersion: Number(m[4]),
    bytes: Number(m[5]),
    gzipped: Number(m[6]),
  };
}

describe.each([
  {
    file: "ner-en.bin",
    lang: "en",
    text: "The economist John Smith of the Bank of England said on Monday in London that rates would rise.",
  },
  {
    file: "ner-ru.bin",
    lang: "ru",
    text: "Экономист Расул Рысмамбетов из Министерства финансов Казахстана заявил в Алматы, что курс тенге упадёт.",
  },
])("models/$file", ({ file, lang, text }) => {
  const bytes = readFileSync(join(MODELS, file));
  const entry = cardEntry(file);

  /** Generous: decoding and gzipping two megabytes take seconds on a loaded machine. */
  const SLOW = 30_000;
  it("was trained on the word lists the features read now (a word added there needs retraining)", () => {
    const recorded = card.match(
      new RegExp(`^\`${file.replace(".", "\\.")}\` read word lists ([0-9a-f]{8}) `, "m"),
    )?.[1];
    expect(recorded, `MODEL-CARD.md records no word lists for ${file}`).toBeDefined();
    expect(
      wordListsFingerprint(lang as Lang),
      `the word lists src/extract/tagger/lexicon-flags.ts reads for ${lang} changed since ${file} was trained: retrain (npm run train), or keep the new words in a list the tagger does not read`,
    ).toBe(recorded);
  });

  it("loads, and is what its card says", { timeout: SLOW }, () => {
    const model = decodeModel(bytes);
    expect(model.lang).toBe(entry.lang);
    expect(model.labels).toEqual(entry.labels);
    expect(model.featureVersion).toBe(entry.featureVersion);
    expect(entry.featureVersion).toBe(FEATURE_VERSION);
    expect(entry.formatVersion).toBe(FORMAT_VERSION);
    expect(bytes.length).toBe(entry.bytes);
    expect(gzipSync(bytes).length).toBe(entry.gzipped);
    expect(entry.gzipped).toBeLessThanOrEqual(MAX_GZIPPED);
  });

  it("finds a person, an organisation and a place in a plain sentence", () => {
    const model = decodeModel(bytes);
    expect(lexiconFor(lang as Lang).name).toBe(lang);
    const spans = tagText(model, text, [{ start: 0, end: text.length }]).map((s) => [
      text.slice(s.start, s.end),
      s.label,
    ]);
    expect(spans.map(([, l]) => l)).toEqual(expect.arrayContaining(["PER", "ORG", "LOC"]));
  });
});
