import { describe, expect, it } from "vitest";
import { bucketOf } from "../../tagger/features";
import { featureIds, featureNames, flagsOf } from "./features";
import { unitsOf } from "./units";

/** Paragraphs split by blank lines, each one sentence; the features of the first token `word`. */
function featuresOf(text: string, word: string): string[] {
  let at = 0;
  const sentences = text.split("\n\n").map((p, paragraph) => {
    const s = { start: at, end: at + p.length, paragraph };
    at += p.length + 2;
    return s;
  });
  const units = unitsOf(text, sentences, "sentence");
  const names = featureNames(units);
  for (let u = 0; u < units.length; u++) {
    const i = units[u]!.tokens.findIndex((t) => t.text === word);
    if (i >= 0) return names[u]![i]!;
  }
  throw new Error(`no token ${word}`);
}

describe("flagsOf", () => {
  it.each([
    ["said", ["speech", "cue"]],
    ["she", ["pron"]],
    ["According", ["according", "cue"]],
    ["economist", ["role"]],
    ["John", ["given"]],
    // A given name written in lower case is a word, not a name.
    ["will", []],
    ["parliament", []],
  ])("%s → %j", (word, flags) => {
    expect(flagsOf(word)).toEqual(flags);
  });
});

describe("featureNames", () => {
  const QUOTE = "“Rates must fall,” she said.";
  it.each<{ text: string; word: string; present: string[]; absent?: string[] }>([
    {
      text: QUOTE,
      word: "Rates",
      present: ["w=Rates", "l=rates", "sh=Xxx", "s2=es", "q", "l-1=“", "l+1=must", "sv-=none", "sv+=2"],
      absent: ["first", "last"],
    },
    { text: QUOTE, word: "“", present: ["q", "first", "para=first", "l-1=<s>"] },
    // Inside the quotation up to and with its closing mark; the attribution after it is outside.
    { text: QUOTE, word: "”", present: ["q", "lx+1=pron"] },
    { text: QUOTE, word: "she", present: ["lx=pron", "lx+1=speech", "sv+=0", "l|l+1=she|said"], absent: ["q"] },
    { text: QUOTE, word: ".", present: ["last", "sv-=0", "lx-1=speech"] },
    {
      text: "Growth will slow.\n\nAccording to the IMF, it will slow.",
      word: "IMF",
      present: ["para=first", "cv-|cv+=1|none", "l-2=to", "l-1|l=the|imf"],
      absent: ["first", "lx=given"],
    },
    // A straight quote opens, the next one closes.
    { text: 'He said "no" twice.', word: "no", present: ["q"] },
    { text: 'He said "no" twice.', word: "twice", present: [], absent: ["q"] },
  ])("$word in $text", ({ text, word, present, absent = [] }) => {
    const names = featuresOf(text, word);
    for (const p of present) expect(names).toContain(p);
    for (const a of absent) expect(names).not.toContain(a);
  });

  it("runs the quote state on across the sentences of a paragraph and resets it at the next", () => {
    const text = "“The rate is high. It must fall,” he said.\n\nIt fell.";
    const units = unitsOf(
      text,
      [
        { start: 0, end: 18, paragraph: 0 },
        { start: 19, end: 42, paragraph: 0 },
        { start: 44, end: 52, paragraph: 1 },
      ],
      "sentence",
    );
    const quoted = featureNames(units).map((u) => u.map((f) => f.includes("q")));
    expect(quoted).toEqual([
      [true, true, true, true, true, true],
      [true, true, true, true, true, false, false, false],
      [false, false, false],
    ]);
  });
});

describe("featureIds", () => {
  it("hashes each token's names into its own range of buckets", () => {
    const text = "“Rates must fall,” she said.";
    const units = unitsOf(text, [{ start: 0, end: text.length, paragraph: 0 }], "sentence");
    const buckets = 1 << 12;
    const [{ offsets, ids }] = featureIds(units, buckets) as [ReturnType<typeof featureIds>[number]];
    featureNames(units)[0]!.forEach((names, i) => {
      expect([...ids.slice(offsets[i]!, offsets[i + 1]!)]).toEqual(names.map((n) => bucketOf(n, buckets)));
    });
  });
});
