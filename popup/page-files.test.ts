// The files the export buttons save are built in Blob parts: they must hold exactly what the exporters make.
import { describe, expect, it } from "vitest";
import { SAMPLE, SAMPLE_NOW } from "../test/export/sample";
import { toCsv } from "../src/export/csv";
import { toJsonLd } from "../src/export/jsonld";
import { toMarkdown } from "../src/export/markdown";
import { exportFile } from "./page-files";
import { fileText } from "./test-support";

describe("exportFile", () => {
  const now = SAMPLE_NOW.getTime();

  it("saves the JSON-LD collection of every page", async () => {
    const file = await exportFile("json", [...SAMPLE], now);
    expect(file).toMatchObject({ name: "policylens-notes.jsonld", mime: "application/ld+json" });
    expect(JSON.parse(await fileText(file))).toEqual(await toJsonLd(SAMPLE, { now: SAMPLE_NOW }));
  });

  it("saves the CSV, byte order mark first", async () => {
    const file = await exportFile("csv", [...SAMPLE], now);
    const bytes = new Uint8Array(await (file.content as Blob).arrayBuffer());
    // Decoded keeping the mark (Blob.text() would drop it), so the whole file is compared.
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(toCsv(SAMPLE));
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("saves one Markdown document per page, separated by rules", async () => {
    const file = await exportFile("markdown", [...SAMPLE], now);
    expect(await fileText(file)).toBe(SAMPLE.map(toMarkdown).join("\n---\n\n"));
  });

  it("names a one-page file after its title", async () => {
    const file = await exportFile("markdown", [SAMPLE[0]!], now);
    expect(file.name).toMatch(/\.md$/);
    expect(file.name).not.toBe("policylens-notes.md");
  });
});
