import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partitionPoint } from "./partition-point";

describe("partitionPoint", () => {
  it.each([
    ["an empty list", [], 5, 0],
    ["all before", [1, 2, 3], 9, 3],
    ["none before", [4, 5, 6], 1, 0],
    ["the first of equal items", [1, 3, 3, 3, 7], 3, 1],
    ["between items", [1, 3, 7], 5, 2],
  ])("finds the first item not below the point in %s", (_label, list: number[], point: number, want: number) => {
    expect(partitionPoint(list.length, (i) => list[i]! < point)).toBe(want);
  });

  it("agrees with a scan on any sorted list", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, point) => {
        const list = [...xs].sort((a, b) => a - b);
        const scan = list.findIndex((x) => x >= point);
        expect(partitionPoint(list.length, (i) => list[i]! < point)).toBe(scan < 0 ? list.length : scan);
      }),
    );
  });
});
