import { describe, expect, it } from "vitest";
import { uuidV5 } from "./uuid";

const DNS_NAMESPACE = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";

describe("uuidV5", () => {
  it.each([
    // The RFC 9562 / Python uuid.uuid5 reference values.
    ["www.example.com", DNS_NAMESPACE, "2ed6657d-e927-568b-95e1-2665a8aea6a2"],
    ["python.org", DNS_NAMESPACE, "886313e1-3b8a-5372-9b90-0c9aee199e5d"],
  ])("%s in %s is %s", async (name, ns, expected) => {
    expect(await uuidV5(name, ns)).toBe(expected);
  });

  it.each([["https://www.caravan.kz/news/1/#person:x@0-5"], ["Рысмамбетов"], [""]])(
    "is a stable version-5 UUID for %j",
    async (name) => {
      const id = await uuidV5(name);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(await uuidV5(name)).toBe(id);
    },
  );

  it("rejects a namespace that is not a UUID", async () => {
    await expect(uuidV5("x", "not-a-uuid")).rejects.toThrow(/not a UUID/);
  });
});
