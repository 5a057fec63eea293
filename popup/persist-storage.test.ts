import { describe, expect, it, vi } from "vitest";
import { requestPersistentStorage } from "./persist-storage";

describe("requestPersistentStorage", () => {
  it("asks the browser to persist the extension's storage", () => {
    const persist = vi.fn(async () => true);
    requestPersistentStorage({ storage: { persist } } as unknown as Navigator);
    expect(persist).toHaveBeenCalledOnce();
  });

  it("is harmless where the browser refuses or has no storage manager", async () => {
    const persist = vi.fn(async () => Promise.reject(new Error("denied")));
    expect(() => requestPersistentStorage({ storage: { persist } } as unknown as Navigator)).not.toThrow();
    expect(() => requestPersistentStorage({} as Navigator)).not.toThrow();
    await Promise.resolve();
    expect(persist).toHaveBeenCalledOnce();
  });
});
