import { describe, expect, it } from "vitest";
import { CSV_HEAD, csvCell, csvPage, toCsv, UTF8_BOM } from "./csv";
import { SAMPLE } from "../../test/export/sample";
import { expectedFile } from "../../test/export/expected";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["Минфин", "Минфин"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rlf", '"cr\rlf"'],
    ["", ""],
    // Formula injection: these would run as formulas in a spreadsheet.
    ["=1+1", "'=1+1"],
    ["+7 701", "'+7 701"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "'\t=cmd"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ["a=b", "a=b"],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("matches test/expected/export/sample.csv", () => {
    const actual = toCsv(SAMPLE);
    expect(actual).toBe(expectedFile("sample.csv", actual));
  });

  it("starts with a BOM and ends every record with CRLF", () => {
    const csv = toCsv(SAMPLE);
    expect(csv.startsWith(`${UTF8_BOM}page title,url,kind,text,name,role,proposer,note,tags,created\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has one row per note, expert, organisation and option", () => {
    // 5 notes + (1 expert, 1 organisation, 2 options) + (1 expert, 2 organisations, 1 option).
    expect(CSV_HEAD + SAMPLE.map(csvPage).join("")).toBe(toCsv(SAMPLE));
    const rows = parseCsv(toCsv(SAMPLE).slice(1));
    expect(rows).toHaveLength(1 + 5 + 4 + 4);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(rows.filter((r) => r[2] === "expert").map((r) => [r[4], r[3], r[5]])).toEqual([
      ["Расул Рысмамбетов", "Расул Рысмамбетов; Рысмамбетова", "экономист"],
      ["Jane O'Neil", "Jane O'Neil", "director of the Water Institute"],
    ]);
  });
});

/** A minimal RFC 4180 reader, to check that what we write reads back as the fields we meant. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  const field = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n)/gy;
  let row: string[] = [];
  for (let m = field.exec(csv); m; m = field.exec(csv)) {
    const raw = m[1]!;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === "\r\n") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
