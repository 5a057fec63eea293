import { describe, expect, it } from "vitest";
import { stableId } from "./stable-id";

describe("stableId", () => {
  it.each([
    ["person", "расул рысмамбетов"],
    ["person", "patrick mchugh"],
    ["option", "срочно создать агентство"],
  ])("%s %s is the same on every call and shaped kind-xxxxxxxx", (kind, key) => {
    expect(stableId(kind, key)).toBe(stableId(kind, key));
    expect(stableId(kind, key)).toMatch(new RegExp(`^${kind}-[0-9a-f]{8}$`));
  });

  it("tells kinds and keys apart", () => {
    const ids = [stableId("person", "a"), stableId("person", "b"), stableId("option", "a")];
    expect(new Set(ids).size).toBe(3);
  });
});
