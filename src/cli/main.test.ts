import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./main";

const dir = mkdtempSync(join(tmpdir(), "policylens-cli-"));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Т</title></head><body><article>${"<p>Экономист считает, что контроль нужно передать КНБ и Минфину, сообщает Caravan.kz. Вопросы продажи активов должны одобряться Совбезом.</p>".repeat(
  6,
)}</article></body></html>`;

async function run(...argv: string[]) {
  let out = "",
    err = "";
  const code = await main(argv, {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}

describe("policylens CLI", () => {
  it("prints help", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("policylens extract PAGE.html");
  });

  it.each([
    [
      "json",
      (out: string) => expect(JSON.parse(out).organisations.map((o: { name: string }) => o.name)).toContain("Минфин"),
    ],
    ["markdown", (out: string) => expect(out).toContain("## Organisations")],
    [
      "jsonld",
      (out: string) => {
        const doc = JSON.parse(out);
        expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
        expect(doc.type).toBe("AnnotationCollection");
        const items = doc.first.items as {
          motivation: string;
          target: { source: string; selector: { type: string }[] };
        }[];
        expect(items.length).toBeGreaterThan(0);
        expect(
          items.every((a) => a.motivation === "classifying" && a.target.source === "https://example.org/news/1"),
        ).toBe(true);
        expect(items[0]!.target.selector.map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
      },
    ],
  ])("extracts a page as %s", async (format, check) => {
    const r = await run("extract", file("page.html", PAGE), "--url", "https://example.org/news/1", "--format", format);
    expect(r.code).toBe(0);
    check(r.out);
  });

  it.each([
    ["ru", "Контроль передали КНБ и Минфину. Минфин согласился."],
    ["en", "The CBO said the Federal Reserve agreed."],
  ])("extracts %s plain text", async (lang, text) => {
    const r = await run("extract", "--text", file(`t-${lang}.txt`, text));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).text).toBe(text);
  });

  it.each([
    ["a missing file", ["extract", join(dir, "nope.html")], /no such file/],
    ["a file that is not HTML", ["extract", file("data.json", '{"a":1}')], /is not HTML/],
    ["empty text", ["extract", "--text", file("empty.txt", "  \n")], /is empty/],
    ["an unknown command", ["frobnicate"], /unknown command/],
    ["a bad format", ["extract", "x.html", "--format", "pdf"], /--format must be/],
    ["no input", ["extract"], /needs a page/],
  ])("rejects %s with one line and a non-zero exit", async (_kind, argv, message) => {
    const r = await run(...argv);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it("processes a batch, reporting bad lines and keeping the rest", async () => {
    const input = file(
      "in.jsonl",
      ['{"id":"a","text":"Минфин согласился."}', "not json", '{"id":"b"}', '{"id":7,"text":"The CBO said so."}'].join(
        "\n",
      ),
    );
    const r = await run("extract", "--jsonl", input);
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", 7]);
    expect(r.err).toMatch(/in\.jsonl:2: invalid JSON/);
    expect(r.err).toMatch(/in\.jsonl:3: a line needs "id"/);
  });
});
