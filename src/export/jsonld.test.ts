import { describe, expect, it } from "vitest";
import { ANNO_CONTEXT, jsonLdStream, toJsonLd, type AnnotationCollection, type WebAnnotation } from "./jsonld";
import { SAMPLE, SAMPLE_NOW } from "../../test/export/sample";
import { expectedFile } from "../../test/export/expected";

/** Motivations and purposes defined by the Web Annotation vocabulary (https://www.w3.org/TR/annotation-vocab/#motivation). */
const MOTIVATIONS = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The model's requirements for one annotation (https://www.w3.org/TR/annotation-model/#annotations), as a list of failures. */
function modelErrors(a: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof a.id !== "string" || !URN_UUID.test(a.id)) errors.push(`id ${String(a.id)}`);
  if (a.type !== "Annotation") errors.push("type");
  if (typeof a.motivation !== "string" || !MOTIVATIONS.has(a.motivation)) errors.push("motivation");
  for (const key of ["created", "modified"])
    if (typeof a[key] !== "string" || !ISO_DATE.test(a[key] as string)) errors.push(key);
  const target = a.target as { source?: unknown; selector?: unknown[] } | undefined;
  if (!target || typeof target.source !== "string" || !/^https?:\/\//.test(target.source)) errors.push("target.source");
  const [quote, position] = (target?.selector ?? []) as Record<string, unknown>[];
  if (
    quote?.type !== "TextQuoteSelector" ||
    typeof quote.exact !== "string" ||
    typeof quote.prefix !== "string" ||
    typeof quote.suffix !== "string"
  )
    errors.push("TextQuoteSelector");
  if (
    position?.type !== "TextPositionSelector" ||
    !Number.isInteger(position.start) ||
    !((position.end as number) >= (position.start as number))
  )
    errors.push("TextPositionSelector");
  if ("body" in a) {
    const body = a.body as Record<string, unknown>[];
    if (!Array.isArray(body) || body.length === 0) errors.push("body");
    for (const b of body) {
      if (b.type !== "TextualBody" || typeof b.value !== "string") errors.push("TextualBody");
      if (!MOTIVATIONS.has(b.purpose as string)) errors.push(`purpose ${String(b.purpose)}`);
      if ("format" in b && !["text/plain", "text/markdown"].includes(b.format as string)) errors.push("format");
    }
  } else if (a.motivation !== "highlighting") errors.push("a body-less annotation must be a highlight");
  return errors;
}

const byQuote = (c: AnnotationCollection, exact: string): WebAnnotation[] =>
  c.first.items.filter((a) => a.target.selector[0].exact === exact);

describe("toJsonLd", async () => {
  const collection = await toJsonLd(SAMPLE, { now: SAMPLE_NOW });
  const items = collection.first.items;

  it("matches test/expected/export/sample.jsonld", () => {
    const actual = `${JSON.stringify(collection, null, 2)}\n`;
    expect(actual).toBe(expectedFile("sample.jsonld", actual));
  });

  it("is an AnnotationCollection with one embedded AnnotationPage", () => {
    expect(collection["@context"]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toMatch(URN_UUID);
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.total).toBe(items.length);
    expect(collection.generated).toBe("2026-11-27T12:00:00.000Z");
  });

  it.each(items.map((a) => [a.id, a] as const))("%s has every field the model requires", (_, a) => {
    expect(modelErrors(a as unknown as Record<string, unknown>)).toEqual([]);
  });

  it("has 5 notes, 3 expert mentions (not the non-expert), 5 organisation mentions and 3 options", () => {
    const count = (value: string) =>
      items.filter((a) => a.body?.some((b) => b.purpose === "classifying" && b.value === value)).length;
    expect(items.filter((a) => a.creator === undefined)).toHaveLength(5);
    expect([count("expert"), count("organisation"), count("policy option")]).toEqual([3, 5, 3]);
    expect(items).toHaveLength(16);
    expect(new Set(items.map((a) => a.id)).size).toBe(16);
    expect(JSON.stringify(collection)).not.toContain("Петров");
  });

  it("writes a note with text as commenting, with a Markdown body and one tagging body per tag", () => {
    const [a] = byQuote(collection, "снизить НДС до 10%").filter((x) => x.motivation === "commenting");
    expect(a!.id).toBe("urn:uuid:3f1b6c2e-0a4d-4c8e-9b1a-2d7e5f6a8b90");
    expect(a!.created).toBe("2026-11-20T09:40:00.000Z");
    expect(a!.modified).toBe("2026-11-20T09:50:00.000Z");
    expect(a!.body).toEqual([
      { type: "TextualBody", purpose: "commenting", value: "**Важно**: проверить цифры", format: "text/markdown" },
      { type: "TextualBody", purpose: "tagging", value: "налоги" },
      { type: "TextualBody", purpose: "tagging", value: "НДС 2024" },
      { type: "TextualBody", purpose: "tagging", value: "2024" },
    ]);
    expect(a!.target).toEqual({
      source: "https://www.caravan.kz/news/nalogi-123/",
      selector: [SAMPLE[0]!.notes[0]!.selectors.quote, SAMPLE[0]!.notes[0]!.selectors.position],
    });
  });

  it.each([
    ["Минфин пока не комментирует", "highlighting", undefined],
    [
      "@mention at start",
      "tagging",
      [
        { type: "TextualBody", purpose: "tagging", value: "later" },
        { type: "TextualBody", purpose: "tagging", value: "to read" },
      ],
    ],
  ])("writes the note on %j as %s", (exact, motivation, body) => {
    const [a] = byQuote(collection, exact);
    expect(a!.motivation).toBe(motivation);
    expect(a!.body).toEqual(body);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', "text/plain"],
    ['- first line, with a comma\n+ "quoted"', "text/markdown"],
  ])("labels the note %j as %s", (value, format) => {
    const body = items.flatMap((a) => a.body ?? []).find((b) => b.value === value);
    expect(body?.format).toBe(format);
  });

  it("classifies each expert mention with the expert's name and role, quoting the article text", () => {
    const [a] = byQuote(collection, "Рысмамбетова");
    const text = SAMPLE[0]!.result!.text;
    const start = text.indexOf("Рысмамбетова");
    expect(a!.motivation).toBe("classifying");
    expect(a!.creator).toEqual({ type: "Software", name: "PolicyLens" });
    expect(a!.body).toEqual([
      { type: "TextualBody", purpose: "classifying", value: "expert" },
      { type: "TextualBody", purpose: "identifying", value: "Расул Рысмамбетов" },
      { type: "TextualBody", purpose: "describing", value: "role: экономист" },
    ]);
    expect(a!.target.selector).toEqual([
      {
        type: "TextQuoteSelector",
        exact: "Рысмамбетова",
        prefix: text.slice(start - 32, start),
        suffix: text.slice(start + 12, start + 44),
      },
      { type: "TextPositionSelector", start, end: start + 12 },
    ]);
    expect(a!.created).toBe("2026-11-20T09:30:00.000Z");
    expect(a!.modified).toBe("2026-11-20T11:00:00.000Z");
  });

  it.each([
    [
      "необходимо снизить НДС до 10%",
      [{ type: "TextualBody", purpose: "describing", value: "proposer: Расул Рысмамбетов" }],
    ],
    ["Минфину следует пересмотреть налоговую политику", []],
  ])("classifies the option %j as a policy option with its proposer", (exact, proposer) => {
    const [a] = byQuote(collection, exact);
    expect(a!.body).toEqual([{ type: "TextualBody", purpose: "classifying", value: "policy option" }, ...proposer]);
  });

  it("gives automatic annotations the same ids on every export, and different ids on different pages", async () => {
    const again = await toJsonLd(SAMPLE, { now: new Date() });
    expect(again.first.items.map((a) => a.id)).toEqual(items.map((a) => a.id));
    expect(again.id).toBe(collection.id);
    const moved = await toJsonLd([{ ...SAMPLE[1]!, page: { ...SAMPLE[1]!.page, key: "https://example.com/other" } }]);
    const before = new Set(items.map((a) => a.id));
    expect(moved.first.items.filter((a) => a.creator && before.has(a.id))).toEqual([]);
  });

  it.each([
    ["the sample", SAMPLE],
    ["one page", SAMPLE.slice(1, 2)],
    ["a page without annotations", [{ ...SAMPLE[2]!, notes: [] }]],
    ["nothing", []],
  ])("streams %s as the same collection, a page at a time", async (_, pages) => {
    const stream = jsonLdStream({ now: SAMPLE_NOW });
    const texts: string[] = [];
    for (const p of pages) texts.push(await stream.page(p));
    const { head, tail } = await stream.frame();
    expect(JSON.parse(head + texts.join("") + tail)).toEqual(await toJsonLd(pages, { now: SAMPLE_NOW }));
    expect(texts.filter(Boolean)).toHaveLength(pages.filter((p) => p.notes.length > 0 || p.result).length);
  });

  it("exports an empty selection as an empty collection", async () => {
    const empty = await toJsonLd([], { now: SAMPLE_NOW });
    expect(empty.total).toBe(0);
    expect(empty.first.items).toEqual([]);
  });
});
