import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { taggerModels } from "../tagger-models";
import { main } from "./main";
import { MAX_INPUT_BYTES } from "./read-input";

const dir = mkdtempSync(join(tmpdir(), "policylens-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Т</title></head><body><article>${"<p>Экономист считает, что контроль нужно передать КНБ и Минфину, сообщает Caravan.kz. Вопросы продажи активов должны одобряться Совбезом.</p>".repeat(
  6,
)}</article></body></html>`;

/** ASCII as is, Cyrillic by the windows-1251 layout (А…я from 0xC0): the test's page written by hand. */
const cp1251 = (s: string) =>
  Uint8Array.from(s, (c) => (c <= "\u007f" ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0));
const PAGE_1251 = PAGE.replace("<title>Т</title>", "<title>Тест защиты</title>");
/** The start of an executable: text tools read its symbol names as organisations. */
const ELF = Uint8Array.from([
  0x7f,
  ...Buffer.from("ELF"),
  2,
  1,
  1,
  0,
  0,
  0,
  0,
  ...Buffer.from("GLIBC_2.2.5 GNU libc.so.6 __cxa_finalize"),
]);
/** Bytes from a fixed linear congruential generator: the same "random" file on every run. */
const noise = (n: number) => {
  let x = 12345;
  return Uint8Array.from({ length: n }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
};
/** Random bytes without NUL: refused for their control characters alone. */
const noiseWithoutNul = (n: number) => noise(n).map((b) => b || 1);
/** A page (or text) of `bytes` bytes: one long paragraph. */
const huge = (bytes: number) => Buffer.concat([Buffer.from("<html><body><p>"), Buffer.alloc(bytes - 15, "a ")]);

const run = (...argv: string[]) => runWithModels(null, ...argv);

/** The command with the tagger's models read from `modelsDir` (the package's own when null). */
async function runWithModels(modelsDir: string | null, ...argv: string[]) {
  let out = "",
    err = "";
  const io = {
    out: (s: string) => {
      out += s;
    },
    err: (s: string) => {
      err += s;
    },
  };
  const code = await main(argv, io, taggerModels({ ...(modelsDir ? { dir: modelsDir } : {}), warn: io.err }));
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
    ["a date that is not one", ["extract", "--text", "x.txt", "--date", "yesterday"], /--date must be a date like/],
    ["an impossible date", ["extract", "--text", "x.txt", "--date", "2024-13-45"], /--date must be a date like/],
    ["an address that is not one", ["extract", "page.html", "--url", "None"], /--url must be a web address/],
    [
      "an address of no web page",
      ["extract", "page.html", "--url", "file:///tmp/page.html"],
      /--url must be a web address/,
    ],
    ["a date for a batch", ["extract", "--jsonl", "x.jsonl", "--date", "2024-03-05"], /--date is for one page/],
    [
      "an executable as text",
      ["extract", "--text", file("a.out", ELF)],
      /a\.out is not text \(it contains NUL bytes\)/,
    ],
    ["100 KB of random bytes as text", ["extract", "--text", file("noise.bin", noise(100_000))], /is not text/],
    [
      "random bytes without NUL as text",
      ["extract", "--text", file("noise1.bin", noiseWithoutNul(100_000))],
      /is not text \(\d+% of its characters are control characters\)/,
    ],
    [
      "a page over the size limit",
      ["extract", file("huge.html", huge(MAX_INPUT_BYTES + 1024 * 1024))],
      /huge\.html is 11 MB: files over 10 MB are not read/,
    ],
    [
      "a text over the size limit",
      ["extract", "--text", file("huge.txt", huge(21 * 1024 * 1024))],
      /huge\.txt is 21 MB: files over 10 MB are not read/,
    ],
  ])("rejects %s with one line and a non-zero exit", async (_kind, argv, message) => {
    const r = await run(...argv);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it.each([
    ["<meta charset>", `<meta charset="windows-1251">`],
    ["<meta http-equiv>", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`],
  ])("reads a windows-1251 page that says so with %s", async (_kind, meta) => {
    const html = PAGE_1251.replace(`<meta charset="utf-8">`, meta);
    const r = await run("extract", file("cp1251.html", cp1251(html)));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.title).toBe("Тест защиты");
    expect(result.organisations.map((o: { name: string }) => o.name)).toContain("Минфин");
  });

  it.each([
    ["plain text", ["--text", file("dated.txt", "Контроль передали КНБ и Минфину. Минфин согласился.")]],
    ["a page that gives no date", [file("undated.html", PAGE)]],
  ])("writes no Date line in Markdown for %s", async (_kind, input) => {
    const r = await run("extract", ...input, "--format", "markdown");
    expect(r.code).toBe(0);
    expect(r.out).toContain("- URL: ");
    expect(r.out).not.toMatch(/^- Date:/m);
  });

  it.each([
    ["plain text", ["--text", file("to-date.txt", "Минфин согласился.")]],
    [
      "a page that gives another date",
      [
        file(
          "redated.html",
          PAGE.replace("</head>", `<meta property="article:published_time" content="2020-01-01"></head>`),
        ),
      ],
    ],
  ])("dates %s by --date", async (_kind, input) => {
    const md = await run("extract", ...input, "--date", "2024-03-05", "--format", "markdown");
    expect(md.out).toMatch(/^- Date: 2024-03-05$/m);
    const json = await run("extract", ...input, "--date", "2024-03-05");
    expect(JSON.parse(json.out).published).toBe("2024-03-05");
  });

  it("dates Markdown by the date a page gives", async () => {
    const dated = PAGE.replace(
      "</head>",
      `<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>`,
    );
    const r = await run("extract", file("dated.html", dated), "--format", "markdown");
    expect(r.out).toMatch(/^- Date: 2024-03-05/m);
  });

  it("gives each line's attributions: content, source words, speaker and cues, as offsets into its text", async () => {
    const text = "The government should publish every mining contract, said Jane Porter, an economist at the IMF.";
    const r = await run("extract", "--jsonl", file("said.jsonl", JSON.stringify({ id: "s", text })));
    expect(r.code).toBe(0);
    const [line] = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    expect(line.attributions).toHaveLength(1);
    const [a] = line.attributions;
    expect(at(a.content)).toBe("The government should publish every mining contract");
    expect(at(a.source)).toBe("Jane Porter");
    expect(a.speaker).toEqual({ name: "Jane Porter", kind: "person" });
    expect(a.cue.map(at)).toEqual(["said"]);
  });

  it("processes a batch, reporting bad lines and keeping the rest", async () => {
    const input = file(
      "in.jsonl",
      [
        '{"id":"a","text":"Минфин согласился."}',
        "not json",
        '{"id":"b"}',
        '{"id":7,"text":"The CBO said so."}',
        '{"id":"elf","text":"\\u007fELF\\u0002\\u0001\\u0000GLIBC"}',
        JSON.stringify({ id: "long", text: "a".repeat(MAX_INPUT_BYTES) }),
      ].join("\n"),
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
    expect(r.err).toMatch(/in\.jsonl:5: "text" is not text \(it contains NUL bytes\)/);
    expect(r.err).toMatch(/in\.jsonl:6: the line is over 10 MB, not read/);
  });
});

describe("the tagger's spans (entities)", () => {
  const MODELS = join(import.meta.dirname, "../../models");
  const EN = "The economist John Smith of the Bank of England said on Monday in London that rates would rise.";
  const RU = "Экономист Расул Рысмамбетов из Министерства финансов Казахстана заявил в Алматы, что курс тенге упадёт.";
  const KK = "Қазақстан Республикасының Үкіметі бүгін жаңа заң қабылдады және оны жариялады.";
  /** Generous: the first test decodes a model of megabytes, which takes seconds on a loaded machine. */
  const SLOW = 30_000;
  const named = (text: string, entities: { start: number; end: number; label: string }[]) =>
    entities.map((e) => [text.slice(e.start, e.end), e.label]);

  it.each([
    [
      "en",
      EN,
      [
        ["John Smith", "PER"],
        ["Bank of England", "ORG"],
        ["London", "LOC"],
      ],
    ],
    [
      "ru",
      RU,
      [
        ["Экономист", "PROFESSION"],
        ["Расул Рысмамбетов", "PER"],
        ["Министерства финансов Казахстана", "ORG"],
        // The place inside the body's name, as the Russian corpora nest it (tagger/inner-places.ts).
        ["Казахстана", "LOC"],
        ["Алматы", "LOC"],
      ],
    ],
    // No model for Kazakh: no spans, and nothing to warn about.
    ["kk", KK, []],
  ])("%s: --jsonl and --text give them as offsets into the text", { timeout: SLOW }, async (lang, text, spans) => {
    const batch = await run("extract", "--jsonl", file(`e-${lang}.jsonl`, JSON.stringify({ id: lang, text })));
    const single = await run("extract", "--text", file(`e-${lang}.txt`, text));
    for (const r of [batch, single]) {
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
    }
    const line = JSON.parse(batch.out);
    expect(line.lang).toBe(lang);
    expect(named(text, line.entities)).toEqual(spans);
    expect(JSON.parse(single.out).entities).toEqual(line.entities);
  });

  it("without a model, the Markdown and JSON-LD of a text still carry the rules' findings, after one warning", async () => {
    const none = mkdtempSync(join(tmpdir(), "policylens-models-"));
    for (const format of ["markdown", "jsonld"]) {
      const r = await runWithModels(none, "extract", "--text", file("e-md.txt", EN), "--format", format);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Bank of England");
      expect(r.err).toMatch(
        /^policylens: the English model \(.*ner-en\.bin\) could not be read: no such file; using the rules only\n$/,
      );
    }
  });

  const said = "The government should publish every mining contract, said Jane Porter, an economist at the IMF.";
  it.each([
    ["missing", () => {}, /\(.*ner-en\.bin\) could not be read: no such file; using the rules only$/],
    [
      "truncated",
      (dir: string) => {
        const bytes = readFileSync(join(MODELS, "ner-en.bin"));
        writeFileSync(join(dir, "ner-en.bin"), bytes.subarray(0, bytes.length >> 1));
      },
      /could not be read: truncated: \d+ bytes, header says \d+; using the rules only$/,
    ],
    [
      "not a model",
      (dir: string) => writeFileSync(join(dir, "ner-en.bin"), "<html>not found</html>"),
      /could not be read: not a tagger model file \(wrong magic\); using the rules only$/,
    ],
    [
      "another language's",
      (dir: string) => copyFileSync(join(MODELS, "ner-ru.bin"), join(dir, "ner-en.bin")),
      /could not be read: it is the model of "ru", not "en"; using the rules only$/,
    ],
  ])(
    "a %s model file: empty entities, the rules' result, one line on stderr, exit 0",
    { timeout: SLOW },
    async (_kind, prepare, message) => {
      const models = mkdtempSync(join(tmpdir(), "policylens-models-"));
      prepare(models);
      const batch = [said, EN].map((text, id) => JSON.stringify({ id, text })).join("\n");
      const r = await runWithModels(models, "extract", "--jsonl", file("no-model.jsonl", batch));
      expect(r.code).toBe(0);
      const lines = r.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.entities)).toEqual([[], []]);
      // The rules still annotate: the engine's result is there, not an empty one.
      expect(lines[0].people.map((p: { name: string }) => p.name)).toContain("Jane Porter");
      expect(r.err).toMatch(/^policylens: the English model \(/);
      expect(r.err.trim()).toMatch(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);

      const single = await runWithModels(models, "extract", "--text", file("no-model.txt", said));
      expect(single.code).toBe(0);
      expect(JSON.parse(single.out).entities).toEqual([]);
      expect(single.err.trim()).toMatch(message);
    },
  );
});
