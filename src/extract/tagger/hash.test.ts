import { describe, expect, it } from "vitest";
import { fnv1a } from "./hash";

describe("fnv1a", () => {
  // Reference values of 32-bit FNV-1a (the published test vectors for "" and "a", "foobar").
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("%j → %i", (s, h) => {
    expect(fnv1a(s)).toBe(h);
  });
});
