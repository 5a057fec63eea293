// The learned tagger in the extension: the background reads the packaged models and the engine uses them, so a
// page in the browser gets what the engine finds in Node with the same models — the reference page exactly as
// before the tagger, and on another page the bodies only the tagger finds.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openArticle, type Session } from "../../scripts/lib/browser";
import { extractFromHtml, RULES_ONLY, type ExtractResult } from "../../src/index";
import { NEEDS_SHARED } from "../support/shared";
import { REFERENCE, sharedFixture, type Fixture } from "./fixtures";

/**
 * An English page whose companies no rule finds, on a host the extension reads without asking (the New York
 * Times), without the ad frames and prefetches the saved page declares: their requests are the page's, and this
 * file checks ours.
 */
const nytimes = sharedFixture("nytimes-2");
const ENGLISH: Fixture | null = nytimes && withoutFrames(nytimes);

function withoutFrames(f: Fixture): Fixture {
  const file = join(mkdtempSync(join(tmpdir(), "policylens-tagger-")), "source.html");
  // Renamed, not cut out: an unknown element loads nothing, and the article's text stays as it was.
  const html = readFileSync(f.file, "utf8")
    .replace(/<(\/?)iframe\b/gi, "<$1x-frame")
    .replace(/rel="prefetch"/gi, 'rel="x-prefetch"');
  writeFileSync(file, html);
  return { ...f, file };
}

const KINDS = {
  "policylens-expert": (r: ExtractResult) => r.people.filter((p) => p.expert).flatMap((p) => p.mentions),
  "policylens-organisation": (r: ExtractResult) => r.organisations.flatMap((o) => o.mentions),
  "policylens-policy-option": (r: ExtractResult) => r.policyOptions,
};

/** What a result highlights, per highlight name: each text once, sorted. */
const expected = (r: ExtractResult) =>
  Object.fromEntries(Object.entries(KINDS).map(([name, of]) => [name, [...new Set(of(r).map((m) => m.text))].sort()]));

const drawn = (page: Page) =>
  page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((n) => [
          n,
          [...new Set([...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()))].sort(),
        ]),
      ),
    Object.keys(KINDS),
  );

const inNode = (f: Fixture, tagger?: typeof RULES_ONLY) =>
  extractFromHtml(readFileSync(f.file, "utf8"), { url: f.url, ...(tagger ? { tagger } : {}) });

let session: Session;
beforeAll(async () => {
  session = await launch([REFERENCE, ...(ENGLISH ? [ENGLISH] : [])]);
});
afterAll(async () => {
  expect(session.stray).toEqual([]);
  await session.close();
});

describe("the learned tagger in the extension", () => {
  it("highlights the reference page as the engine reads it in Node, and as the rules alone did", async () => {
    const page = await openArticle(session, REFERENCE.url);
    const withTagger = expected(inNode(REFERENCE));
    expect(withTagger).toEqual(expected(inNode(REFERENCE, RULES_ONLY)));
    expect(await drawn(page)).toEqual(withTagger);
    await page.close();
  });

  it.skipIf(!ENGLISH)(`highlights the bodies only the tagger finds on an English page ${NEEDS_SHARED}`, async () => {
    const withTagger = expected(inNode(ENGLISH!));
    const rulesOnly = expected(inNode(ENGLISH!, RULES_ONLY));
    const onlyTagger = withTagger["policylens-organisation"]!.filter(
      (t) => !rulesOnly["policylens-organisation"]!.includes(t),
    );
    expect(onlyTagger.length).toBeGreaterThan(0);
    const page = await openArticle(session, ENGLISH!.url);
    const seen = await drawn(page);
    expect(seen).toEqual(withTagger);
    await page.close();
  });
});
