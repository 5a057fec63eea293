import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache";

type Step = ["set", string] | ["delete", string] | ["get", string];

describe("BoundedCache", () => {
  it.each<[string, number, Step[], string[]]>([
    [
      "keeps everything up to its limit",
      3,
      [
        ["set", "a"],
        ["set", "b"],
        ["set", "c"],
      ],
      ["a", "b", "c"],
    ],
    [
      "forgets the oldest past its limit",
      2,
      [
        ["set", "a"],
        ["set", "b"],
        ["set", "c"],
      ],
      ["b", "c"],
    ],
    [
      "makes a key set again the newest",
      2,
      [
        ["set", "a"],
        ["set", "b"],
        ["set", "a"],
        ["set", "c"],
      ],
      ["a", "c"],
    ],
    [
      "does not make a key read the newest",
      2,
      [
        ["set", "a"],
        ["set", "b"],
        ["get", "a"],
        ["set", "c"],
      ],
      ["b", "c"],
    ],
    [
      "frees the room of a deleted key",
      2,
      [
        ["set", "a"],
        ["set", "b"],
        ["delete", "a"],
        ["set", "c"],
      ],
      ["b", "c"],
    ],
    [
      "holds one entry with a limit of one",
      1,
      [
        ["set", "a"],
        ["set", "b"],
      ],
      ["b"],
    ],
  ])("%s", (_label, limit, steps, kept) => {
    const cache = new BoundedCache<string, string>(limit);
    for (const [op, key] of steps) {
      if (op === "set") cache.set(key, key.toUpperCase());
      else if (op === "delete") cache.delete(key);
      else cache.get(key);
    }
    expect(cache.size).toBe(kept.length);
    for (const key of kept) expect(cache.get(key)).toBe(key.toUpperCase());
  });

  it.each([
    ["computes a missing value once", ["x", "x", "x"], 1],
    ["computes each key", ["x", "y", "x"], 2],
  ])("getOrSet %s", (_label, keys, computed) => {
    const cache = new BoundedCache<string, string>(10);
    let calls = 0;
    const values = keys.map((k) => cache.getOrSet(k, (key) => (calls++, `${key}!`)));
    expect(values).toEqual(keys.map((k) => `${k}!`));
    expect(calls).toBe(computed);
  });
});
