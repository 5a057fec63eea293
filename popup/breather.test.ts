import { afterEach, describe, expect, it, vi } from "vitest";
import { breather } from "./breather";

describe("breather", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("lets a loop run on until it has held the thread 30 ms, then gives the page a turn", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const clock = vi.spyOn(performance, "now").mockReturnValue(1000);
    const breathe = breather();
    clock.mockReturnValue(1030);
    expect(breathe()).toBeUndefined();
    clock.mockReturnValue(1031);
    const turn = breathe();
    expect(turn).toBeInstanceOf(Promise);
    let done = false;
    void turn!.then(() => (done = true));
    // Not in the same task: only after the timer has fired.
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    // The next slice is counted from the turn.
    clock.mockReturnValue(1060);
    expect(breathe()).toBeUndefined();
  });
});
