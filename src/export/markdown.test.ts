import { describe, expect, it } from "vitest";
import { markdownFileName, toMarkdown, toMarkdownDocuments } from "./markdown";
import { SAMPLE } from "../../test/export/sample";
import { expectedFile } from "../../test/export/expected";

describe("toMarkdown", () => {
  it.each(SAMPLE.map((p, i) => [`sample-${i + 1}.md`, p] as const))("matches test/expected/export/%s", (name, page) => {
    const actual = toMarkdown(page);
    expect(actual).toBe(expectedFile(name, actual));
  });

  it("lists experts only, with role and mention count, and options with their proposer", () => {
    const md = toMarkdown(SAMPLE[0]!);
    expect(md).toContain("- **Расул Рысмамбетов** — экономист (2 mentions)");
    expect(md).not.toContain("Петров");
    expect(md).toContain("- необходимо снизить НДС до 10% — proposed by **Расул Рысмамбетов**");
    expect(md).toContain("- Минфину следует пересмотреть налоговую политику — proposed by the outlet");
  });

  it("says who proposes what no one named does: the outlet by name, or the author of a post", () => {
    const page = SAMPLE[0]!;
    const r = page.result!;
    const outlet = { ...r.organisations[0]!, name: "Caravan.kz", outlet: true };
    const news = toMarkdown({ ...page, result: { ...r, organisations: [...r.organisations, outlet] } });
    expect(news).toContain(`- **Caravan.kz** (${outlet.mentions.length} mentions) — the page's source`);
    expect(news).toContain(
      "- Минфину следует пересмотреть налоговую политику — proposed by the outlet, **Caravan.kz**",
    );
    const post = toMarkdown({ ...page, result: { ...r, voice: "author" } });
    expect(post).toContain("- Минфину следует пересмотреть налоговую политику — proposed by the author");
  });

  it("keeps the reader's Markdown and escapes the page's", () => {
    const md = toMarkdown(SAMPLE[0]!);
    expect(md).toContain("\n**Важно**: проверить цифры\n");
    expect(md).toContain("# Экономист: «Минфину нужно \\*срочно\\* пересмотреть налоги» \\| \\#1\n");
    expect(md).toContain("#налоги #НДС-2024 #_2024");
  });

  it("writes no automatic sections for a page never analysed", () => {
    const md = toMarkdown(SAMPLE[2]!);
    expect(md).not.toContain("## Experts");
    expect(md).toContain("## My notes");
  });
});

describe("markdownFileName", () => {
  it.each([
    ["Экономист: «Минфину нужно» | #1", "Экономист «Минфину нужно» 1.md"],
    ["a/b\\c?*", "a b c.md"],
    ["...hidden", "hidden.md"],
    ["", "Untitled.md"],
    ["я".repeat(300), `${"я".repeat(100)}.md`],
  ])("%j → %j", (title, expected) => {
    expect(markdownFileName(title)).toBe(expected);
  });

  it("makes names unique in a library export, ignoring case", () => {
    const [a] = SAMPLE;
    const twice = [a!, { ...a!, page: { ...a!.page, title: a!.page.title.toUpperCase() } }];
    const names = toMarkdownDocuments(twice).map((d) => d.name);
    expect(names).toEqual([
      "Экономист «Минфину нужно срочно пересмотреть налоги» 1.md",
      "ЭКОНОМИСТ «МИНФИНУ НУЖНО СРОЧНО ПЕРЕСМОТРЕТЬ НАЛОГИ» 1 (2).md",
    ]);
  });
});
