// QuickReadability must be Readability, only faster: each replaced method is still one of Readability's own
// (an upgrade that renames one would silently stop the replacement), answers as the original does for every
// element of real pages, and whole parses come out the same.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { QuickReadability, REPLACED_METHODS } from "./quick-readability";

const LOCAL = join(import.meta.dirname, "../../test/pages");
const SHARED = join(import.meta.dirname, "../../../shared");
/** Pages with bylines, hidden parts (style, hidden, aria-hidden), empty blocks and deep nesting. */
const SHARED_PAGES = [
  "fixtures/pages/guardian-1", "fixtures/pages/nytimes-3", "data/readability-pages/wikipedia",
  "data/readability-pages/002", "data/readability-pages/lazy-image-2", "data/readability-pages/royal-road",
  "data/readability-pages/aclu", "data/readability-pages/medium-1", "data/readability-pages/hidden-nodes",
  "data/readability-pages/bbc-1", "data/readability-pages/ars-1", "data/readability-pages/cnet-svg-classes",
];

const pages = [join(LOCAL, "caravan-rare-earths"), ...SHARED_PAGES.map((p) => join(SHARED, p))]
  .filter((dir) => existsSync(join(dir, "source.html")));

function parse(dir: string): Document {
  return new JSDOM(readFileSync(join(dir, "source.html"), "utf8"), { virtualConsole: new VirtualConsole() }).window.document;
}

/** Which answers each method gave over all pages: both must occur, or the comparison proves little. */
const answers = new Map<string, Set<boolean>>();

type Methods = Record<(typeof REPLACED_METHODS)[number], (node: Element, matchString?: string) => unknown>;

describe("QuickReadability", () => {
  it("replaces methods Readability still has", () => {
    for (const name of REPLACED_METHODS) {
      expect(typeof (Readability.prototype as unknown as Methods)[name], name).toBe("function");
      expect(Object.hasOwn(QuickReadability.prototype, name), name).toBe(true);
    }
  });

  it("reads some of the shared pages too", () => expect(pages.length).toBeGreaterThan(existsSync(SHARED) ? 5 : 0));

  describe.each(pages.map((dir) => [dir.split("/").pop()!, dir]))("%s", (_name, dir) => {
    it("answers as Readability does for every element", () => {
      const doc = parse(dir);
      const original = new Readability(doc) as unknown as Methods;
      const quick = new QuickReadability(doc) as unknown as Methods;
      let compared = 0;
      for (const el of Array.from(doc.getElementsByTagName("*"))) {
        const matchString = `${el.className} ${el.id}`;
        for (const name of REPLACED_METHODS) {
          const want = Boolean(original[name]!.call(original, el, matchString));
          const got = Boolean(quick[name]!.call(quick, el, matchString));
          if (got !== want) expect.fail(`${name} on <${el.tagName.toLowerCase()} class="${el.className}">: ${got}, Readability says ${want}`);
          if (!answers.has(name)) answers.set(name, new Set());
          answers.get(name)!.add(want);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(10);
    });

    it("parses to the same article", () => {
      const want = new Readability(parse(dir)).parse();
      const got = new QuickReadability(parse(dir)).parse();
      expect(got).toEqual(want);
    });
  });

  it("met elements each method says yes to and elements it says no to", () => {
    for (const name of REPLACED_METHODS) expect([...(answers.get(name) ?? [])].sort(), name).toEqual([false, true]);
  });
});
