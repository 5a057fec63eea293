import { describe, expect, it } from "vitest";
import { READ_DWELL_MS, startReadDwell } from "./read-dwell";

type Step = [at: number, visible: boolean];

describe("read dwell", () => {
  it.each<[string, boolean, Step[], number, number]>([
    ["visible throughout: read once the dwell is over", true, [], READ_DWELL_MS, 0],
    ["visible, not long enough yet", true, [], READ_DWELL_MS - 1, 1],
    ["opened in a background tab: nothing counts", false, [], 60_000, READ_DWELL_MS],
    ["hidden after 2 s: the count stops", true, [[2000, false]], 60_000, READ_DWELL_MS - 2000],
    [
      "hidden, then shown: time in both spells adds up",
      true,
      [
        [2000, false],
        [10_000, true],
      ],
      13_000,
      0,
    ],
    ["opened hidden, shown later: counts from then", false, [[4000, true]], 4000 + READ_DWELL_MS - 500, 500],
    [
      "a repeated 'visible' does not count twice",
      true,
      [
        [1000, true],
        [1000, true],
      ],
      3000,
      READ_DWELL_MS - 3000,
    ],
    [
      "a repeated 'hidden' adds nothing",
      true,
      [
        [1000, false],
        [3000, false],
      ],
      9000,
      READ_DWELL_MS - 1000,
    ],
  ])("%s", (_label, visible, steps, at, left) => {
    const dwell = startReadDwell(0, visible);
    for (const [t, v] of steps) dwell.setVisible(t, v);
    expect(dwell.remaining(at)).toBe(left);
  });

  it("reads a custom dwell", () => {
    expect(startReadDwell(100, true, 50).remaining(120)).toBe(30);
  });
});
