import { describe, expect, it } from "vitest";
import { pairSpans, type PlacedSpan } from "./pair";

/**
 * A text with its spans marked: [S …] source, [C …] cue, [T …] content; "|" ends a sentence, "||" a paragraph.
 * Gives the plain text and the placed spans.
 */
function marked(source: string): { text: string; spans: PlacedSpan[] } {
  let text = "";
  let sentence = 0;
  let paragraph = 0;
  const spans: PlacedSpan[] = [];
  const labels = { S: "SOURCE", C: "CUE", T: "CONTENT" } as const;
  for (const m of source.matchAll(/\[([SCT]) ([^\]]*)\]|\|\||\||[^[|]+/g)) {
    if (m[0] === "||") {
      sentence++;
      paragraph++;
    } else if (m[0] === "|") sentence++;
    else if (m[1]) {
      spans.push({
        start: text.length,
        end: text.length + m[2]!.length,
        label: labels[m[1] as "S"],
        sentence,
        paragraph,
      });
      text += m[2];
    } else text += m[0];
  }
  return { text, spans };
}

describe("pairSpans", () => {
  it.each<[string, string, { content: string; source: string | null; cue: string[] }[]]>([
    [
      "content, cue and source in one sentence",
      "[T Rates must fall], [C said] [S Jane Porter].",
      [{ content: "Rates must fall", source: "Jane Porter", cue: ["said"] }],
    ],
    [
      "the source nearest the cue, not the one nearest the content",
      "[S The IMF] agreed with [S Jane Porter], who [C said] [T rates must fall].",
      [{ content: "rates must fall", source: "Jane Porter", cue: ["said"] }],
    ],
    [
      "the cue and source in the next sentence",
      "“[T Rates must fall.]”| [S She] [C said] so on Monday.",
      [{ content: "Rates must fall.", source: "She", cue: ["said"] }],
    ],
    [
      "a quotation over two sentences, the second with no source or cue of its own, is one content",
      "“[T Rates must fall],” [S she] [C said].| “[T They are too high.]”",
      [{ content: "Rates must fall,” she said. “They are too high.", source: "she", cue: ["said"] }],
    ],
    [
      "pieces cut by punctuation are joined, pieces cut by words are not",
      "[S He] [C said] “[T rates],” [T taxes] and [T debt].",
      [
        { content: "rates,” taxes", source: "He", cue: ["said"] },
        { content: "debt", source: "He", cue: ["said"] },
      ],
    ],
    [
      "a content whose sentence has its own attribution stays apart",
      "[S Porter] [C said] [T rates must fall].| [S Smith] [C argued] [T they must rise].",
      [
        { content: "rates must fall", source: "Porter", cue: ["said"] },
        { content: "they must rise", source: "Smith", cue: ["argued"] },
      ],
    ],
    [
      "a content with no source or cue near it is no statement",
      "[T Rates must fall.]| It rained.| Then it stopped.",
      [],
    ],
    [
      "no pairing across a paragraph break",
      "[S Porter] [C said] [T rates must fall].|| [T Taxes are high.]",
      [{ content: "rates must fall", source: "Porter", cue: ["said"] }],
    ],
    [
      "a cue without a source (passive) still attributes the content",
      "[T Rates must fall], it was [C reported].",
      [{ content: "Rates must fall", source: null, cue: ["reported"] }],
    ],
  ])("%s", (_what, source, want) => {
    const { text, spans } = marked(source);
    const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
    const got = pairSpans(text, spans).map((p) => ({
      content: at(p.content),
      source: at(p.source),
      cue: p.cue.map(at),
    }));
    expect(got).toEqual(want);
  });
});
