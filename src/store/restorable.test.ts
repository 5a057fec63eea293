// What the library's writers store, a backup restores: the pages a real (or hostile) page can make the store
// keep, written through the store's own functions, backed up and checked with the restore check.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { freshDatabases } from "../../test/support/fresh-db";
import type { PolicyLensDb } from "./db";
import { exportBackupChunks } from "./backup-io";
import { addCorrection } from "./corrections";
import { saveNote } from "./notes";
import { recordPageVisit } from "./pages";
import { setSetting } from "./settings";
import { STORED } from "../limits";
import { resultOfRecord } from "./results";
import { validateBackup } from "../export/backup";
import { BACKGROUND_MESSAGES } from "../messages/checks";
import type { ExtractResult, Mention } from "../extract/types";
import type { PageInfo } from "../records/types";
import { noteRecord, resultRecord } from "../../test/export/backup-records";

const URL = "https://caravan.kz/news/huge";
const INFO: PageInfo = { url: URL, canonicalUrl: null, ogUrl: null, title: "Огромная", lang: "ru" };
const freshDb = freshDatabases("restorable-test");

async function backupText(db: PolicyLensDb): Promise<string> {
  let text = "";
  for await (const chunk of exportBackupChunks(db)) text += chunk;
  return text;
}

/** An engine result on `text` with one organisation mentioned at each of `mentions`. */
function engineResult(text: string, mentions: Mention[]): ExtractResult {
  const kept = resultRecord(URL, {
    text,
    experts: [],
    policyOptions: [],
    organisations: [{ id: "o1", name: "Минфин", outlet: false, confidence: 0.8, mentions }],
  });
  return resultOfRecord(kept, { ...INFO, canonicalUrl: null });
}

/** The page `times` times mentioning the same organisation. */
function repeated(word: string, times: number): ExtractResult {
  const text = `${word}. `.repeat(times);
  const step = word.length + 2;
  return engineResult(
    text,
    Array.from({ length: times }, (_, i) => ({ text: word, start: i * step, end: i * step + word.length })),
  );
}

/** A page of `paragraphs` paragraphs with the organisation in the first and in the last one. */
function paragraphs(count: number): ExtractResult {
  const paragraph = "Минфин предложил снизить НДС до десяти процентов, сказал экономист Расул Рысмамбетов.\n\n";
  const text = paragraph.repeat(count);
  const last = text.length - paragraph.length;
  return engineResult(text, [
    { text: "Минфин", start: 0, end: 6 },
    { text: "Минфин", start: last, end: last + 6 },
  ]);
}

describe("a page the store keeps restores from its backup", () => {
  it.each([
    ["one organisation mentioned 12,000 times", () => repeated("Минфин", 12_000)],
    ["a page of 100,000 paragraphs", () => paragraphs(100_000)],
  ])(
    "%s",
    async (_case, page) => {
      const db = freshDb();
      await recordPageVisit(db, INFO, [URL], [], 1, page());
      const checked = validateBackup(await backupText(db));
      expect(checked.ok ? "restorable" : checked.error).toBe("restorable");
    },
    30_000,
  );

  it("keeps the first mentions in the analysis and the true count in the entity index", async () => {
    const db = freshDb();
    const summary = { id: "o1", kind: "organisation" as const, name: "Минфин", role: null, mentionCount: 12_000 };
    await recordPageVisit(db, INFO, [URL], [summary], 1, repeated("Минфин", 12_000));
    const [kept] = await db.results.toArray();
    expect(kept!.organisations[0]!.mentions).toHaveLength(STORED.listItems);
    expect((await db.entities.toArray()).map((e) => e.mentionCount)).toEqual([12_000]);
  });

  it("keeps a page's newest aliases when it has had more than a record holds", async () => {
    const db = freshDb();
    const canonical = "https://caravan.kz/news/one";
    const info = { ...INFO, url: canonical, canonicalUrl: canonical };
    await recordPageVisit(db, info, [canonical], [], 1);
    // The page as ten thousand visits under other addresses leave it; then one more visit.
    const old = Array.from({ length: STORED.listItems }, (_, i) => `${canonical}?v=${i}`);
    await db.pages.update(canonical, { aliases: old });
    await recordPageVisit(db, info, [canonical, `${canonical}?v=new`], [], 2);
    const page = (await db.pages.get(canonical))!;
    expect(page.aliases).toEqual([...old.slice(1), `${canonical}?v=new`]);
    const checked = validateBackup(await backupText(db));
    expect(checked.ok ? "restorable" : checked.error).toBe("restorable");
  });
});

describe("the store refuses a record a restore would refuse, naming it and the field", () => {
  const bad = noteRecord("n1", URL, {
    selectors: {
      quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start: 50, end: 10 },
    },
  });
  const longName = "x".repeat(STORED.short + 1);
  it.each([
    [
      "a note ending before its start",
      (db: PolicyLensDb) => saveNote(db, bad),
      /note "n1".selectors.position: start 50 is after end 10/,
    ],
    [
      "a setting with more entries than a record holds",
      (db: PolicyLensDb) => setSetting(db, "sites.extra", Array(STORED.listItems + 1).fill("x")),
      /setting "sites.extra".value: too many entries \(10001, at most 10000\)/,
    ],
    [
      "a setting nested too deep",
      (db: PolicyLensDb) => setSetting(db, "deep", JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`)),
      /setting "deep".value(\[0\])+: nested deeper than 32 levels/,
    ],
    [
      "a correction with a name longer than a record holds",
      (db: PolicyLensDb) =>
        addCorrection(db, { id: "c", pageKey: "*", kind: "expert", name: longName, verdict: "wrong", createdAt: 1 }),
      /correction "c".name: too long/,
    ],
  ])("%s", async (_case, write, error) => {
    const db = freshDb();
    await expect(write(db)).rejects.toThrow(error);
    expect((await db.notes.count()) + (await db.settings.count()) + (await db.corrections.count())).toBe(0);
  });
});

describe("a note is either refused on save or restores from its backup", () => {
  const at = (start: number, end: number) =>
    noteRecord("9b2f6c1e-0000-4000-8000-000000000001", URL, {
      selectors: {
        quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "", suffix: "" },
        position: { type: "TextPositionSelector", start, end },
      },
    });
  it.each([
    ["start 50, end 10", at(50, 10)],
    ["start 10, end 50", at(10, 50)],
    ["at the longest text", at(0, 50_000_000)],
  ])("%s", async (_case, note) => {
    const db = freshDb();
    const refused = BACKGROUND_MESSAGES["notes/save"].check({ note }, "data");
    if (refused === null) await saveNote(db, note);
    const checked = validateBackup(await backupText(db));
    expect(checked.ok ? "restorable" : checked.error).toBe("restorable");
  });
});
