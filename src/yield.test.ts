import { describe, expect, it } from "vitest";
import { slicer, yieldToPage, type YieldHost } from "./yield";

/** A host whose clock the test sets and whose timers run only when the test says. */
function fakeHost(withScheduler: boolean) {
  const timers: (() => void)[] = [];
  const log: string[] = [];
  const host: YieldHost & { now: number } = {
    now: 1000,
    performance: { now: () => host.now },
    setTimeout: (handler) => {
      log.push("setTimeout");
      timers.push(handler);
    },
    ...(withScheduler ? { scheduler: { yield: () => (log.push("scheduler.yield"), Promise.resolve()) } } : {}),
  };
  const runTimers = () => timers.splice(0).forEach((f) => f());
  return { host, log, runTimers };
}

describe("yieldToPage", () => {
  it.each([
    ["scheduler.yield where the browser has it", true, "scheduler.yield"],
    ["a zero-delay timer elsewhere", false, "setTimeout"],
  ])("uses %s", async (_label, withScheduler, want) => {
    const { host, log, runTimers } = fakeHost(withScheduler);
    const turn = yieldToPage(host);
    runTimers();
    await turn;
    expect(log).toEqual([want]);
  });

  it("does not resume within the task: only after the timer has fired", async () => {
    const { host, runTimers } = fakeHost(false);
    let done = false;
    void yieldToPage(host).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    runTimers();
    await Promise.resolve();
    expect(done).toBe(true);
  });
});

describe("slicer", () => {
  it.each([
    ["keeps going within its slice", 8, [1004, 1008], [false, false]],
    ["yields once the slice has run out", 8, [1009], [true]],
    ["counts the next slice from the turn", 8, [1009, 1017, 1018], [true, false, true]],
    ["takes the slice it is given", 30, [1030, 1031], [false, true]],
  ])("%s", async (_label, sliceMs, times, yields) => {
    const { host, runTimers } = fakeHost(false);
    const slice = slicer(host, sliceMs);
    const got: boolean[] = [];
    for (const t of times) {
      host.now = t;
      const turn = slice();
      got.push(turn instanceof Promise);
      runTimers();
      await turn;
    }
    expect(got).toEqual(yields);
  });
});
