// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NoteRow } from "./NoteRow";
import { fixtureNote, mount } from "./test-support";

const row = (exact: string) => {
  const note = fixtureNote("n1");
  note.selectors.quote.exact = exact;
  return (
    <NoteRow
      item={{ kind: "note", id: "n1", note, orphaned: false, haystack: () => exact }}
      onActivate={() => {}}
      onEdit={() => {}}
      onDelete={() => {}}
    />
  );
};

describe("NoteRow", () => {
  it.each([
    ["a quote in its own marks", "«Второе направление — контроль»", "«Второе направление — контроль»"],
    ["a quote in its own English marks", "“The plan will work”", "“The plan will work”"],
    ["a quote without marks", "Второе направление", "“Второе направление”"],
  ])("shows %s in quote marks once", async (_kind, exact, shown) => {
    const root = await mount(row(exact));
    expect(root.querySelector(".quote")!.textContent).toBe(shown);
  });

  it("is the only place the marks come from: the stylesheet adds none around a quote", () => {
    const css = readFileSync(join(import.meta.dirname, "styles.css"), "utf8");
    expect(css).not.toMatch(/\.quote::(?:before|after)/);
  });
});
