/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break backups field by field, at any depth */
import { describe, expect, it } from "vitest";
import { validateBackup } from "../export/backup";
import { STORED } from "../limits";
import { smallBackup } from "../../test/export/backup-records";
import { checkBackupChunks, parseBackupChunks } from "./backup-parse";

/** The small backup after `edit`, as the text of a file. */
function edited(edit: (b: Record<string, any>) => void, space?: number): string {
  const b = smallBackup() as unknown as Record<string, any>;
  edit(b);
  return JSON.stringify(b, null, space);
}

/** `text` cut into chunks of `size` characters, as an upload brings them. */
const chunked = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

/** The verdict of the streaming check: the chunks parsed record by record, then the same validation. */
const streamed = (text: string, size: number) => checkBackupChunks(chunked(text, size));

const full = JSON.stringify(smallBackup());
/** The bad backups of ../export/backup.test.ts's validateBackup tests, and a few more about the layout. */
const CASES: [string, string][] = [
  ["a good backup", full],
  ["a good backup, indented", edited(() => undefined, 2)],
  ["a good backup with a BOM", `\uFEFF${full}`],
  ["malformed JSON", "{format: policylens}"],
  ["a truncated file", full.slice(0, Math.floor(full.length * 0.6))],
  ["a file cut inside a string", full.slice(0, full.indexOf("n1") + 1)],
  ["an empty file", ""],
  ["only whitespace", "  \n "],
  ["an array", "[]"],
  ["a number", "5"],
  ["a string", '"policylens"'],
  ["text after the end", `${full} x`],
  ["two objects", `${full}{}`],
  ["a missing comma between records", full.replace('},{"id":', '}{"id":')],
  ["a trailing comma in a table", full.replace(/\]\s*,\s*"entities"/, ',],"entities"')],
  ["tables as an array", edited((b) => (b.tables = []))],
  ["a table that is not an array", edited((b) => (b.tables.notes = { id: "n1" }))],
  ["a table of numbers", edited((b) => (b.tables.notes = [1, 2]))],
  ["another format", edited((b) => (b.format = "dexie"))],
  ["no format", edited((b) => delete b.format)],
  ["a newer version", edited((b) => (b.version = 99))],
  ["a version as text", edited((b) => (b.version = "1"))],
  ["a bad date", edited((b) => (b.exportedAt = "yesterday"))],
  ["a missing table", edited((b) => delete b.tables.settings)],
  ["an unknown table", edited((b) => (b.tables.users = []))],
  ["an unknown top-level field", edited((b) => (b.extra = 1))],
  ["a bad tag", edited((b) => (b.tables.notes[0].tags = ["a", 5]))],
  ["an unknown field", edited((b) => (b.tables.pages[0].owner = "x"))],
  ["a huge id", edited((b) => (b.tables.notes[0].id = "x".repeat(STORED.short + 1)))],
  [
    "deep nesting in a setting",
    edited((b) => (b.tables.settings[0].value = JSON.parse("[".repeat(40) + "]".repeat(40)))),
  ],
  ["duplicate note ids", edited((b) => (b.tables.notes[1].id = "n1"))],
  ["duplicate page keys", edited((b) => b.tables.pages.push(b.tables.pages[0]))],
  ["a result without its text", edited((b) => delete b.tables.results[0].text)],
  ["brackets and escapes in strings", edited((b) => (b.tables.notes[0].text = 'a "}]\\" [{ \\\\ \u2028 😀'))],
  ["__proto__ at the top", full.replace('{"format"', '{"__proto__":{"polluted":true},"format"')],
  ["constructor in the tables", full.replace('"tables":{', '"tables":{"constructor":{},')],
  ["__proto__ in a note", full.replace('"id":"n1"', '"id":"n1","__proto__":{"isAdmin":true}')],
  ["a duplicate key (the last wins)", full.replace('{"format"', '{"format":"x","format"')],
];

describe("parseBackupChunks", () => {
  it.each(CASES)("%s: the value JSON.parse gives, or an error where it throws", (_, text) => {
    let want: unknown;
    try {
      want = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      want = "error";
    }
    for (const size of [1, 7, 64, text.length || 1]) {
      const got = parseBackupChunks(chunked(text, size));
      expect("error" in got ? "error" : got.value).toEqual(want);
    }
  });

  it.each(CASES)("%s: the same verdict as validateBackup on the whole text", (_, text) => {
    const whole = validateBackup(text);
    for (const size of [1, 13, 200, text.length || 1]) {
      const got = streamed(text, size);
      expect(got.ok).toBe(whole.ok);
      if (whole.ok) expect(got).toEqual(whole);
      // JSON.parse's own detail (a position, a token) names where it stopped in the text it was given.
      else if (/not valid JSON/.test(whole.error))
        expect(!got.ok && got.error).toMatch(/^Not a usable PolicyLens backup: the file is not valid JSON; it may be/);
      else expect(got).toEqual(whole);
    }
    expect(({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("gives validateBackup's verdict on a setting nested 100,000 deep, without running out of stack", () => {
    const deep = full.replace('"sizes":[1,2]', `"sizes":${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    for (const size of [4096, deep.length]) expect(streamed(deep, size)).toEqual(validateBackup(deep));
  });

  it("empties each chunk once it has read it, so its text can be freed", () => {
    const chunks = chunked(full, 50);
    parseBackupChunks(chunks);
    expect(chunks.every((c) => c === "")).toBe(true);
  });
});
