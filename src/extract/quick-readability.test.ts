// QuickReadability must be Readability, only faster: each replaced method is still one of Readability's own
// (an upgrade that renames one would silently stop the replacement), answers as the original does for every
// element of real pages, and whole parses come out the same. The committed pages always run; more real pages
// come from ../shared when it is there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { HAS_SHARED, NEEDS_SHARED, SHARED } from "../../test/support/shared";
import { QuickReadability, REPLACED_METHODS } from "./quick-readability";

const LOCAL = join(import.meta.dirname, "../../test/pages");
/** Committed: the reference page, and a page whose hidden elements make every method answer both ways. */
const LOCAL_PAGES = ["caravan-rare-earths", "readability/hidden-nodes"].map((p) => join(LOCAL, p));
/** Pages with bylines, hidden parts (style, hidden, aria-hidden), empty blocks and deep nesting. */
const SHARED_PAGES = [
  "fixtures/pages/guardian-1",
  "fixtures/pages/nytimes-3",
  "data/readability-pages/wikipedia",
  "data/readability-pages/002",
  "data/readability-pages/lazy-image-2",
  "data/readability-pages/royal-road",
  "data/readability-pages/aclu",
  "data/readability-pages/medium-1",
  "data/readability-pages/bbc-1",
  "data/readability-pages/ars-1",
  "data/readability-pages/cnet-svg-classes",
].map((p) => join(SHARED, p));

function parse(dir: string): Document {
  return new JSDOM(readFileSync(join(dir, "source.html"), "utf8"), { virtualConsole: new VirtualConsole() }).window
    .document;
}

/** Which answers each method gave over the committed pages: both must occur, or the comparison proves little. */
const answers = new Map<string, Set<boolean>>();

type Methods = Record<(typeof REPLACED_METHODS)[number], (node: Element, matchString?: string) => unknown>;

/**
 * Readability's own methods are the slow, quadratic ones QuickReadability replaces: on a long page the element by
 * element comparison takes seconds, more on a loaded machine. It checks answers, not speed (`npm run bench` does).
 */
const WHOLE_PAGE_TIMEOUT_MS = 60_000;

/** Both whole-page comparisons for the page in `dir`. */
function comparesPage(dir: string) {
  it(
    "answers as Readability does for every element",
    () => {
      const doc = parse(dir);
      const original = new Readability(doc) as unknown as Methods;
      const quick = new QuickReadability(doc) as unknown as Methods;
      let compared = 0;
      for (const el of Array.from(doc.getElementsByTagName("*"))) {
        const matchString = `${el.className} ${el.id}`;
        for (const name of REPLACED_METHODS) {
          const want = Boolean(original[name]!.call(original, el, matchString));
          const got = Boolean(quick[name]!.call(quick, el, matchString));
          if (got !== want)
            expect.fail(
              `${name} on <${el.tagName.toLowerCase()} class="${el.className}">: ${got}, Readability says ${want}`,
            );
          if (!answers.has(name)) answers.set(name, new Set());
          answers.get(name)!.add(want);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(10);
    },
    WHOLE_PAGE_TIMEOUT_MS,
  );

  it(
    "parses to the same article",
    () => {
      const want = new Readability(parse(dir)).parse();
      const got = new QuickReadability(parse(dir)).parse();
      expect(got).toEqual(want);
    },
    WHOLE_PAGE_TIMEOUT_MS,
  );
}

const pageName = (dir: string) => dir.split("/").slice(-2).join("/");

describe("QuickReadability", () => {
  it("replaces methods Readability still has", () => {
    for (const name of REPLACED_METHODS) {
      expect(typeof (Readability.prototype as unknown as Methods)[name], name).toBe("function");
      expect(Object.hasOwn(QuickReadability.prototype, name), name).toBe(true);
    }
  });

  describe.each(LOCAL_PAGES.map((dir) => [pageName(dir), dir]))("%s", (_name, dir) => comparesPage(dir));

  it("met elements each method says yes to and elements it says no to", () => {
    for (const name of REPLACED_METHODS) expect([...(answers.get(name) ?? [])].sort(), name).toEqual([false, true]);
  });
});

describe.skipIf(!HAS_SHARED)(`QuickReadability on more real pages ${NEEDS_SHARED}`, () => {
  it("finds every page it lists", () =>
    expect(SHARED_PAGES.filter((dir) => !existsSync(join(dir, "source.html")))).toEqual([]));

  describe.each(SHARED_PAGES.map((dir) => [pageName(dir), dir]))("%s", (_name, dir) => comparesPage(dir));
});
