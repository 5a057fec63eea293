import { describe, expect, it } from "vitest";
import { tagNames } from "./labels";
import { viterbi } from "./viterbi";

const names = tagNames(["PER"]); // O, B-PER, I-PER

/** Transition rows: start, after O, after B-PER, after I-PER; columns O, B-PER, I-PER. */
const transition = new Float32Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);

describe("viterbi", () => {
  // Hand-computed, columns O / B-PER / I-PER:
  //   token 0: O 1, B 2, I -inf (I cannot start a sentence)
  //   token 1: O max(1, 2) + 1 = 3; B max(1, 2) + 0 = 2; I = B 2 + trans 1 + 2 = 5 (O cannot precede I)
  //   token 2: O max(3, 2, 5) + 3 = 8 from I; B 5 + 1 = 6; I max(2 + 1, 5) + 0 = 5
  // best: O = 8, back through I (token 1) and B (token 0). Ignoring the rule would give I I O (score 10).
  it.each([
    {
      name: "the allowed best path, not the forbidden higher one",
      emission: [1, 2, 5, 1, 0, 2, 3, 1, 0],
      expected: ["B-PER", "I-PER", "O"],
    },
    { name: "O throughout when O wins every token", emission: [3, 0, 0, 3, 0, 0, 3, 0, 0], expected: ["O", "O", "O"] },
    { name: "a one-token entity before O", emission: [0, 4, 9, 2, 1, 9, 2, 0, 0], expected: ["B-PER", "I-PER", "O"] },
  ])("$name", ({ emission, expected }) => {
    const tags = viterbi({ length: 3, tags: 3, emission: new Float32Array(emission), transition });
    expect([...tags].map((t) => names[t])).toEqual(expected);
  });

  it("never continues one type with another's I tag", () => {
    // Tags O, B-PER, I-PER, B-ORG, I-ORG: I-ORG scores best on token 1, but only after B-ORG/I-ORG.
    const emission = new Float32Array([0, 5, 0, 1, 0, 0, 0, 1, 0, 9]);
    const tags = viterbi({ length: 2, tags: 5, emission, transition: new Float32Array(30) });
    expect([...tags].map((t) => tagNames(["PER", "ORG"])[t])).toEqual(["B-ORG", "I-ORG"]);
  });

  it("reads a transition table changed in place since the last sentence (a perceptron in training does so)", () => {
    // O scores a little better on both tokens; a strong B-PER → I-PER transition then makes "B-PER I-PER" win.
    const table = new Float32Array(12);
    const emission = new Float32Array([1, 0, 0, 1, 0, 0]);
    const decode = () => [...viterbi({ length: 2, tags: 3, emission, transition: table })].map((t) => names[t]);
    expect(decode()).toEqual(["O", "O"]);
    table[2 * 3 + 2] = 5; // after B-PER, I-PER
    expect(decode()).toEqual(["B-PER", "I-PER"]);
  });

  it("returns nothing for an empty sentence", () => {
    expect(viterbi({ length: 0, tags: 3, emission: new Float32Array(0), transition }).length).toBe(0);
  });
});
