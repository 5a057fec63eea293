import { describe, expect, it } from "vitest";
import type { AnnotationView } from "./annotations";
import { collectInSlices, placeInSlices } from "./annotations-in-slices";
import { PAGE_SLICE_MS, slicer, type YieldHost } from "./yield";

/**
 * A host whose clock moves only when the work does (`work(ms)`), and which counts the turns given back and the
 * most work done in one turn: the chunking is checked by counting, not by timing a machine.
 */
function countingHost() {
  let now = 0;
  let turnStartedAt = 0;
  const seen = { yields: 0, longestTurnMs: 0 };
  const host: YieldHost = {
    performance: { now: () => now },
    setTimeout: () => {
      throw new Error("the scheduler is there: no timer expected");
    },
    scheduler: {
      yield: () => {
        seen.yields++;
        seen.longestTurnMs = Math.max(seen.longestTurnMs, now - turnStartedAt);
        turnStartedAt = now;
        return Promise.resolve();
      },
    },
  };
  const work = (ms: number) => {
    now += ms;
  };
  const finish = () => (seen.longestTurnMs = Math.max(seen.longestTurnMs, now - turnStartedAt));
  return { host, seen, work, finish };
}

const view = (id: number, spans: number): AnnotationView => ({
  id: `o${id}`,
  kind: "organisation",
  label: `Org ${id}`,
  role: null,
  affiliation: null,
  variants: [],
  mentionCount: spans,
  proposer: null,
  proposerId: null,
  byAuthor: false,
  cues: [],
  spans: Array.from({ length: spans }, (_, i) => ({ start: i * 10, end: i * 10 + 5 })),
});

describe("placing annotations in slices", () => {
  it.each([
    // [what, views, spans per view, ms of work per span]
    ["a huge page: many views with many mentions", 200, 500, 0.01],
    ["one entity mentioned 12,000 times", 1, 12_000, 0.01],
    ["slow ranges (a big DOM)", 50, 40, 1],
  ])(
    "%s: every span placed, the thread given back, no turn over a slice and a step",
    async (_, n, spans, msPerSpan) => {
      const { host, seen, work, finish } = countingHost();
      const views = Array.from({ length: n }, (_, i) => view(i, spans));
      const placed = await placeInSlices(
        views,
        (s) => (work(msPerSpan), s.start % 20 === 0 ? s : null),
        slicer(host, PAGE_SLICE_MS),
      );
      finish();
      expect(placed.map((p) => p.item)).toEqual(views);
      expect(placed[0]!.ranges).toHaveLength(Math.ceil(spans / 2));
      const totalMs = n * spans * msPerSpan;
      expect(seen.yields).toBeGreaterThanOrEqual(Math.floor(totalMs / (PAGE_SLICE_MS + msPerSpan)) - 1);
      expect(seen.longestTurnMs).toBeLessThanOrEqual(PAGE_SLICE_MS + msPerSpan);
    },
  );

  it("does not yield for a small page's few spans", async () => {
    const { host, seen, work } = countingHost();
    await placeInSlices([view(1, 20)], (s) => (work(0.01), s), slicer(host, PAGE_SLICE_MS));
    expect(seen.yields).toBe(0);
  });
});

describe("building views in slices", () => {
  it("takes a generator's steps one by one, yielding between them when a slice is used up", async () => {
    const { host, seen, work, finish } = countingHost();
    function* steps() {
      for (let i = 0; i < 100; i++) {
        work(3); // one view whose cue words take 3 ms
        yield i;
      }
    }
    expect(await collectInSlices(steps(), slicer(host, PAGE_SLICE_MS))).toEqual([...Array(100).keys()]);
    finish();
    expect(seen.yields).toBeGreaterThanOrEqual(30);
    expect(seen.longestTurnMs).toBeLessThanOrEqual(PAGE_SLICE_MS + 3);
  });
});
