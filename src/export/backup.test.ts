/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break backups field by field, at any depth */
import { describe, expect, it } from "vitest";
import { planMerge, recordProblem, validateBackup, type BackupTables } from "./backup";
import { SCHEMA_VERSION } from "../records/types";
import { STORED } from "../limits";
import { noteRecord, pageRecord, resultRecord, smallBackup } from "../../test/export/backup-records";

/** The small backup after `edit`, as the text of a file. */
function edited(edit: (b: Record<string, any>) => void): string {
  const b = smallBackup() as unknown as Record<string, any>;
  edit(b);
  return JSON.stringify(b);
}

describe("validateBackup", () => {
  it("accepts a backup as text or as a parsed value, with or without a BOM", () => {
    const b = smallBackup();
    expect(validateBackup(b)).toEqual({ ok: true, backup: b });
    expect(validateBackup(JSON.stringify(b))).toEqual({ ok: true, backup: b });
    expect(validateBackup(`\uFEFF${JSON.stringify(b)}`)).toEqual({ ok: true, backup: b });
  });

  const full = JSON.stringify(smallBackup());
  it.each([
    ["malformed JSON", "{format: policylens}", /not valid JSON/],
    ["a truncated file", full.slice(0, Math.floor(full.length * 0.6)), /not valid JSON; it may be truncated/],
    ["an empty file", "", /not valid JSON/],
    ["an array", "[]", /expected a JSON object, got an array/],
    ["another format", edited((b) => (b.format = "dexie")), /format: expected "policylens.backup", got "dexie"/],
    ["no format", edited((b) => delete b.format), /format: expected "policylens.backup", got nothing/],
    [
      "a newer version",
      edited((b) => (b.version = SCHEMA_VERSION + 1)),
      new RegExp(`version ${SCHEMA_VERSION + 1} was written by a newer PolicyLens`),
    ],
    [
      "a version before the first",
      edited((b) => (b.version = 0)),
      /version 0 is not supported \(this PolicyLens reads versions 1 to/,
    ],
    ["a version as text", edited((b) => (b.version = "1")), /version: expected a whole number, got "1"/],
    ["a fractional version", edited((b) => (b.version = 1.5)), /version: expected a whole number, got number 1.5/],
    ["a bad date", edited((b) => (b.exportedAt = "yesterday")), /exportedAt: expected a date/],
    ["a missing table", edited((b) => delete b.tables.settings), /missing table "settings"; the file may be truncated/],
    ["an unknown table", edited((b) => (b.tables.users = [])), /unknown table "users"/],
    ["an unknown top-level field", edited((b) => (b.extra = 1)), /unknown field "extra"/],
    [
      "a table that is not a list",
      edited((b) => (b.tables.notes = {})),
      /tables.notes: expected an array, got an object/,
    ],
    [
      "a note id as number",
      edited((b) => (b.tables.notes[1].id = 7)),
      /tables.notes\[1\].id: expected a string, got number 7/,
    ],
    [
      "a tag as number",
      edited((b) => (b.tables.notes[0].tags = ["a", 5])),
      /tables.notes\[0\].tags\[1\]: expected a string/,
    ],
    [
      "a missing field",
      edited((b) => delete b.tables.notes[0].updatedAt),
      /tables.notes\[0\]: missing field "updatedAt"/,
    ],
    ["an unknown field", edited((b) => (b.tables.pages[0].owner = "x")), /tables.pages\[0\]: unknown field "owner"/],
    [
      "a wrong language",
      edited((b) => (b.tables.pages[0].lang = "de")),
      /tables.pages\[0\].lang: expected one of "ru", "en", "kk", "other", got "de"/,
    ],
    ["a string timestamp", edited((b) => (b.tables.notes[0].createdAt = "2026-01-01")), /createdAt: expected a number/],
    [
      "a negative offset",
      edited((b) => (b.tables.notes[0].selectors.position.start = -1)),
      /position.start: expected a whole number >= 0/,
    ],
    [
      "a reversed span",
      edited((b) => (b.tables.notes[0].selectors.position.start = 20)),
      /position: start 20 is after end 11/,
    ],
    [
      "a wrong selector type",
      edited((b) => (b.tables.notes[0].selectors.quote.type = "CssSelector")),
      /quote.type: expected one of "TextQuoteSelector"/,
    ],
    ["a wrong verdict", edited((b) => (b.tables.corrections[0].verdict = "maybe")), /corrections\[0\].verdict/],
    [
      "a huge note",
      edited((b) => (b.tables.notes[0].text = "x".repeat(STORED.text + 1))),
      /notes\[0\].text: too long \(1000001 characters, at most 1000000\)/,
    ],
    ["a huge id", edited((b) => (b.tables.notes[0].id = "x".repeat(STORED.short + 1))), /notes\[0\].id: too long/],
    [
      "too many tags",
      edited((b) => (b.tables.notes[0].tags = Array(STORED.listItems + 1).fill("t"))),
      /notes\[0\].tags: too many entries \(10001/,
    ],
    [
      "a deep setting",
      edited((b) => (b.tables.settings[0].value = JSON.parse("[".repeat(40) + "]".repeat(40)))),
      /settings\[0\].value(\[0\])+: nested deeper than 32/,
    ],
    [
      "a null timestamp",
      edited((b) => (b.tables.entities[0].seenAt = null)),
      /entities\[0\].seenAt: expected a number, got null/,
    ],
    ["duplicate note ids", edited((b) => (b.tables.notes[1].id = "n1")), /tables.notes\[1\]: duplicate id "n1"/],
    ["duplicate page keys", edited((b) => b.tables.pages.push(b.tables.pages[0])), /tables.pages\[1\]: duplicate id/],
    [
      "duplicate results of a page",
      edited((b) => b.tables.results.push(b.tables.results[0])),
      /tables.results\[1\]: duplicate id/,
    ],
    [
      "a result's mention past its text",
      edited((b) => (b.tables.results[0].experts[0].mentions[1].end = 10_000)),
      /results\[0\].experts\[0\].mentions\[1\]: end 10000 is past the text's \d+ characters/,
    ],
    [
      "a reversed policy option",
      edited((b) => (b.tables.results[0].policyOptions[0].start = 99)),
      /results\[0\].policyOptions\[0\]: start 99 is after end/,
    ],
    [
      "a result with evidence",
      edited((b) => (b.tables.results[0].organisations[0].evidence = [])),
      /results\[0\].organisations\[0\]: unknown field "evidence"/,
    ],
    ["a result without its text", edited((b) => delete b.tables.results[0].text), /results\[0\]: missing field "text"/],
    [
      "a confidence as text",
      edited((b) => (b.tables.results[0].policyOptions[0].confidence = "high")),
      /policyOptions\[0\].confidence: expected a number/,
    ],
    [
      "a huge article",
      edited((b) => (b.tables.results[0].text = "x".repeat(STORED.articleText + 1))),
      /results\[0\].text: too long/,
    ],
  ])("rejects %s", (_, input, message) => {
    const result = validateBackup(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(!result.ok && result.error).toMatch(/^Not a usable PolicyLens backup: /);
  });

  it.each([
    ["at the top", full.replace('{"format"', '{"__proto__":{"polluted":true},"format"'), /forbidden key "__proto__"/],
    ["in the tables", full.replace('"tables":{', '"tables":{"constructor":{},'), /tables: forbidden key "constructor"/],
    [
      "in a note",
      full.replace('"id":"n1"', '"id":"n1","__proto__":{"isAdmin":true}'),
      /tables.notes\[0\]: forbidden key "__proto__"/,
    ],
    [
      "in a selector",
      full.replace('"type":"TextQuoteSelector"', '"prototype":1,"type":"TextQuoteSelector"'),
      /selectors.quote: forbidden key "prototype"/,
    ],
    [
      "deep in a setting",
      full.replace('"sizes":[1,2]', '"sizes":[1,{"a":{"__proto__":{"x":1}}}]'),
      /settings\[0\].value.sizes\[1\].a: forbidden key "__proto__"/,
    ],
  ])("rejects a hostile key %s, without polluting Object.prototype", (_, input, message) => {
    const result = validateBackup(input);
    expect(!result.ok && result.error).toMatch(message);
    expect(({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("reads a version-1 backup, giving its notes the fields added in version 2", () => {
    const b = smallBackup() as unknown as Record<string, any>;
    b.version = 1;
    for (const key of ["scope", "color", "annotationId", "orphaned"]) delete b.tables.notes[0][key];
    const file = JSON.stringify(b);
    const result = validateBackup(file);
    expect(result.ok && result.backup.version).toBe(SCHEMA_VERSION);
    expect(result.ok && result.backup.tables.notes).toEqual(smallBackup().tables.notes);
    expect(JSON.stringify(b)).toBe(file);
  });

  it.each([1, 2])("reads a version-%d backup, which has no results table, with none", (version) => {
    const b = smallBackup() as unknown as Record<string, any>;
    b.version = version;
    delete b.tables.results;
    const result = validateBackup(JSON.stringify(b));
    expect(result.ok && result.backup.tables.results).toEqual([]);
    expect(result.ok && result.backup.tables.pages).toEqual(smallBackup().tables.pages);
  });

  it("reads a version-3 backup, giving its results what version 3 showed: the outlet's voice, one role", () => {
    const b = smallBackup() as unknown as Record<string, any>;
    b.version = 3;
    delete b.tables.results[0].voice;
    for (const e of b.tables.results[0].experts) delete e.roles;
    for (const o of b.tables.results[0].organisations) delete o.outlet;
    const result = validateBackup(JSON.stringify(b));
    expect(result.ok, !result.ok ? result.error : "").toBe(true);
    const [kept] = result.ok ? result.backup.tables.results : [];
    expect(kept?.voice).toBe("outlet");
    expect(kept?.experts.map((e) => e.roles)).toEqual([["экономист"]]);
    expect(kept?.organisations.map((o) => o.outlet)).toEqual([false]);
  });

  it("refuses a current backup whose result lacks its voice", () => {
    const result = validateBackup(edited((b) => delete b.tables.results[0].voice));
    expect(!result.ok && result.error).toMatch(/results\[0\]: missing field "voice"/);
  });

  it("still checks the results of an older backup that has them", () => {
    const result = validateBackup(
      edited((b) => ((b.version = 2), (b.tables.results[0].experts[0].mentions[0].start = -1))),
    );
    expect(!result.ok && result.error).toMatch(
      /results\[0\].experts\[0\].mentions\[0\].start: expected a whole number >= 0/,
    );
  });

  it("still rejects a version-1 note that is wrong in other ways", () => {
    const result = validateBackup(edited((b) => ((b.version = 1), (b.tables.notes[0].orphaned = "no"))));
    expect(!result.ok && result.error).toMatch(/tables.notes\[0\].orphaned: expected true or false, got "no"/);
  });

  it("rejects records built from classes, not plain data", () => {
    const b = smallBackup() as unknown as Record<string, any>;
    b.tables.pages[0] = Object.assign(new (class Page {})(), b.tables.pages[0]);
    expect(validateBackup(b)).toEqual({
      ok: false,
      error: "Not a usable PolicyLens backup: tables.pages[0]: expected an object, got an instance of Page",
    });
  });
});

const empty = (): BackupTables => ({ pages: [], notes: [], entities: [], corrections: [], settings: [], results: [] });
const KEY = "https://example.com/a";

describe("planMerge", () => {
  it.each([
    ["a newer note replaces the older one", 5, 10, "incoming", { added: 0, updated: 1, kept: 0 }],
    ["an older note is not written", 10, 5, "none", { added: 0, updated: 0, kept: 1 }],
    ["a tie keeps the database's copy", 7, 7, "none", { added: 0, updated: 0, kept: 1 }],
  ])("%s", (_, mine, theirs, written, counts) => {
    const existing = { ...empty(), notes: [noteRecord("n1", KEY, { text: "mine", updatedAt: mine })] };
    const incoming = { ...empty(), notes: [noteRecord("n1", KEY, { text: "theirs", updatedAt: theirs })] };
    const plan = planMerge(existing, incoming);
    expect(plan.write.notes.map((n) => n.text)).toEqual(written === "incoming" ? ["theirs"] : []);
    expect(plan.counts.notes).toEqual(counts);
  });

  it("adds what the database lacks and compares each table by its own time", () => {
    const existing: BackupTables = {
      ...empty(),
      pages: [pageRecord(KEY, { lastSeen: 100, title: "old" })],
      settings: [{ key: "theme", value: "dark" }],
    };
    const incoming: BackupTables = {
      ...smallBackup().tables,
      pages: [pageRecord(KEY, { lastSeen: 200, title: "new" }), pageRecord("https://example.com/b")],
      settings: [
        { key: "theme", value: "light" },
        { key: "lang", value: "ru" },
      ],
    };
    const plan = planMerge(existing, incoming);
    expect(plan.write.pages.map((p) => p.title)).toEqual(["new", "Заголовок"]);
    expect(plan.counts.pages).toEqual({ added: 1, updated: 1, kept: 0 });
    // Settings carry no time: the reader's own are kept, missing ones are added.
    expect(plan.write.settings).toEqual([{ key: "lang", value: "ru" }]);
    expect(plan.write.notes).toHaveLength(2);
    expect(plan.counts.notes).toEqual({ added: 2, updated: 0, kept: 0 });
  });

  it("writes nothing when the same backup is merged twice", () => {
    const tables = smallBackup().tables;
    const plan = planMerge(tables, tables);
    expect(Object.values(plan.write).flat()).toEqual([]);
  });
});

describe("recordProblem", () => {
  const backwards = noteRecord("n1", "k", {
    selectors: {
      quote: { type: "TextQuoteSelector", exact: "НДС", prefix: "", suffix: "" },
      position: { type: "TextPositionSelector", start: 50, end: 10 },
    },
  });
  const longKey = `https://caravan.kz/${"x".repeat(300)}`;
  it.each([
    ["a note that restores", () => recordProblem("notes", noteRecord("n1", "k")), null],
    [
      "a note ending before its start, by its id",
      () => recordProblem("notes", backwards),
      'note "n1".selectors.position: start 50 is after end 10',
    ],
    [
      "an analysis too long, by the start of its page key",
      () => recordProblem("results", resultRecord(longKey, { text: "x".repeat(STORED.articleText + 1) })),
      `analysis of page ${JSON.stringify(longKey.slice(0, 200))}….text: too long (${STORED.articleText + 1} characters, at most ${STORED.articleText})`,
    ],
  ])("names %s", (_case, problem, expected) => {
    expect(problem()).toBe(expected);
  });
});
