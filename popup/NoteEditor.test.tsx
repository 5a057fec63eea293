// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { NoteEditor } from "./NoteEditor";
import { fixtureNote, mount } from "./test-support";

describe("NoteEditor", () => {
  it.each([
    ["a quote in its own marks", "«Второе направление»", "«Второе направление»"],
    ["a quote without marks", "Второе направление", "“Второе направление”"],
  ])("names %s in quote marks once", async (_kind, exact, shown) => {
    const note = fixtureNote("n1");
    note.selectors.quote.exact = exact;
    const root = await mount(<NoteEditor note={note} onSave={async () => {}} onCancel={() => {}} />);
    expect(root.querySelector(".editor-quote")!.textContent).toBe(shown);
    expect(root.querySelector("form")!.getAttribute("aria-label")).toBe(`Editing the note on ${shown}`);
  });
});
