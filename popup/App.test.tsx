// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { CANNOT_RUN } from "./api";
import { App } from "./App";
import {
  allByTestId,
  byTestId,
  click,
  fakePopupApi,
  fixtureNote,
  fixtureResult,
  fixtureState,
  HOSTILE,
  mount,
  type,
  fileText,
} from "./test-support";

const itemsIn = (root: HTMLElement, section: string) => allByTestId(byTestId(root, section)!, "annotation-item");
const textsIn = (root: HTMLElement, section: string) => itemsIn(root, section).map((li) => li.textContent ?? "");

async function popup(
  notes = [fixtureNote("n1", { tags: ["экономика"] }), fixtureNote("n2", { text: "о пошлинах", tags: ["торговля"] })],
  stateOver = {},
) {
  const api = fakePopupApi(fixtureState(stateOver), notes);
  const root = await mount(<App api={api} />);
  return { api, root };
}

describe("popup sections", () => {
  it("shows the page's title and language", async () => {
    const { root } = await popup();
    expect(byTestId(root, "page-title")?.textContent).toBe("Редкоземельные металлы: что дальше");
    expect(byTestId(root, "page-lang")?.textContent).toBe("Language: Russian");
  });

  it("lists experts with role, mention count and their options, leaving out people who are not experts", async () => {
    const { root } = await popup();
    const [rysm, evil] = textsIn(root, "section-experts");
    expect(textsIn(root, "section-experts")).toHaveLength(2);
    expect(rysm).toContain("Расул Рысмамбетов");
    expect(rysm).toContain("экономист");
    expect(rysm).toContain("2");
    expect(rysm).toContain("Proposes: создать государственный фонд редкоземельных металлов");
    expect(evil).toContain(`Иван ${HOSTILE}`);
    expect(root.textContent).not.toContain("Не Эксперт");
  });

  it("lists organisations with their other forms", async () => {
    const { root } = await popup();
    const texts = textsIn(root, "section-organisations");
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain("Минфин");
    expect(texts[1]).toContain("Also: Минфину");
  });

  it("shows the outlet the story comes from as the page's source, not among its organisations", async () => {
    const result = fixtureResult();
    const outlet = { ...result.organisations[0]!, id: "o-caravan", name: "Caravan.kz", variants: [], outlet: true };
    const { root } = await popup(undefined, {
      result: { ...result, organisations: [...result.organisations, outlet] },
    });
    expect(byTestId(root, "page-source")?.textContent).toBe("Source: Caravan.kz");
    expect(textsIn(root, "section-organisations")).toHaveLength(3);
    expect(textsIn(root, "section-organisations").join(" ")).not.toContain("Caravan.kz");
    // What no one named proposes is the outlet's, by name.
    expect(textsIn(root, "section-policy-options")[1]).toContain("Proposed by the outlet, Caravan.kz");
  });

  it("says the author proposes what no one named does in a first-person post", async () => {
    const { root } = await popup(undefined, { result: { ...fixtureResult(), voice: "author" } });
    expect(textsIn(root, "section-policy-options")[1]).toContain("Proposed by the author");
  });

  it("names no source when the text names no outlet", async () => {
    const { root } = await popup();
    expect(byTestId(root, "page-source")).toBeNull();
  });

  it.each([
    [0, "создать государственный фонд", "Proposed by Расул Рысмамбетов"],
    [1, "ввести пошлины на экспорт сырья", "Proposed by the outlet"],
  ])("lists policy option %i with its proposer", async (i, text, by) => {
    const { root } = await popup();
    expect(textsIn(root, "section-policy-options")[i]).toContain(text);
    expect(textsIn(root, "section-policy-options")[i]).toContain(by);
  });

  it("lists notes with quote, text and tags, and orphans apart under their own label", async () => {
    const { root } = await popup(
      [fixtureNote("n1", { tags: ["экономика"] }), fixtureNote("n2", { orphaned: true }), fixtureNote("n3")],
      { orphanIds: ["n3"] },
    );
    expect(textsIn(root, "section-notes")).toEqual([expect.stringContaining("цитата n1")]);
    expect(textsIn(root, "section-notes")[0]).toContain("заметка n1");
    expect(textsIn(root, "section-notes")[0]).toContain("#экономика");
    const orphans = byTestId(root, "section-orphans")!;
    expect(orphans.textContent).toContain("Not found on this page (orphaned notes)");
    expect(textsIn(root, "section-orphans")).toEqual([
      expect.stringContaining("цитата n2"),
      expect.stringContaining("цитата n3"),
    ]);
  });

  it("says when PolicyLens cannot run in the tab", async () => {
    const api = fakePopupApi(fixtureState(), []);
    api.tabState = async () => {
      throw new Error(CANNOT_RUN);
    };
    const root = await mount(<App api={api} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("PolicyLens cannot run on this page.");
  });

  it("has no orphans group when every note is placed", async () => {
    const { root } = await popup();
    expect(byTestId(root, "section-orphans")).toBeNull();
  });

  it("explains a page that is not an article and offers to run", async () => {
    const { root } = await popup([], { status: "not-article", result: null, message: "Home page" });
    expect(root.textContent).toContain("This page does not look like an article. Home page");
    expect(byTestId(root, "run")).not.toBeNull();
    expect(byTestId(root, "section-experts")?.textContent).toContain("None found on this page.");
  });
});

describe("hostile page strings", () => {
  it("renders names, roles and variants as text: no element comes from page data", async () => {
    const { root } = await popup();
    expect(root.querySelector("img, script, b")).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
    expect(root.textContent).toContain("<script>alert(2)</script>");
    expect(root.textContent).toContain(`<b>${HOSTILE}</b>`);
  });
});

describe("popup interaction", () => {
  it("opens the side panel from its button, where the browser has one, and says when it cannot", async () => {
    expect(byTestId((await popup()).root, "open-side-panel")).toBeNull();
    let opened = 0;
    const api = fakePopupApi(fixtureState(), []);
    const root = await mount(<App api={api} onOpenSidePanel={async () => void opened++} />);
    await click(byTestId(root, "open-side-panel"));
    expect(opened).toBe(1);
    const refused = await mount(<App api={api} onOpenSidePanel={() => Promise.reject(new Error("no gesture"))} />);
    await click(byTestId(refused, "open-side-panel"));
    expect(refused.textContent).toContain("Failed: no gesture");
  });

  it("collapses a section from its heading button", async () => {
    const { root } = await popup();
    const toggle = byTestId(root, "section-experts")!.querySelector("button[aria-expanded]")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(byTestId(root, "section-experts")!.querySelector(".section-body")!.hasAttribute("hidden")).toBe(true);
  });

  it("switches a kind off on the page", async () => {
    const { root, api } = await popup();
    await click(byTestId(root, "section-organisations")!.querySelector('input[role="switch"]'));
    expect(api.calls.display).toEqual([{ kinds: { organisation: false } }]);
  });

  it("scrolls the page to a clicked item", async () => {
    const { root, api } = await popup();
    await click(itemsIn(root, "section-experts")[0]!.querySelector("[data-primary]"));
    await click(itemsIn(root, "section-policy-options")[1]!.querySelector("[data-primary]"));
    await click(itemsIn(root, "section-notes")[0]!.querySelector("[data-primary]"));
    expect(api.calls.scrollTo).toEqual(["p-rysm", "opt-2", "n1"]);
  });

  it("says so when the page cannot find a clicked item", async () => {
    const { root, api } = await popup();
    api.scrollTo = async () => false;
    await click(itemsIn(root, "section-experts")[0]!.querySelector("[data-primary]"));
    expect(root.querySelector('[role="status"]')?.textContent).toContain("Not found on the page now.");
  });

  it("focuses the filter box on /", async () => {
    const { root } = await popup();
    const item = itemsIn(root, "section-experts")[0]!.querySelector<HTMLElement>("[data-primary]")!;
    item.focus();
    item.dispatchEvent(new KeyboardEvent("keydown", { key: "/", bubbles: true }));
    expect(document.activeElement).toBe(byTestId(root, "search"));
  });

  it("does not try to scroll to an orphan", async () => {
    const { root, api } = await popup([fixtureNote("n1", { orphaned: true })]);
    await click(itemsIn(root, "section-orphans")[0]!.querySelector("[data-primary]"));
    expect(api.calls.scrollTo).toEqual([]);
  });

  it("moves focus between items with the arrow keys", async () => {
    const { root } = await popup();
    const buttons = itemsIn(root, "section-organisations").map((li) =>
      li.querySelector<HTMLElement>("[data-primary]")!,
    );
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement).toBe(buttons[2]);
  });
});

describe("search and filter", () => {
  it.each([
    [
      "a name, any case",
      "рысмамб",
      { "section-experts": 1, "section-organisations": 0, "section-policy-options": 1, "section-notes": 0 },
    ],
    [
      "upper case",
      "МИНФИН",
      { "section-experts": 0, "section-organisations": 1, "section-policy-options": 0, "section-notes": 0 },
    ],
    [
      "a form of an organisation",
      "минфину",
      { "section-experts": 0, "section-organisations": 1, "section-policy-options": 0, "section-notes": 0 },
    ],
    [
      "a note's text",
      "пошлинах",
      { "section-experts": 0, "section-organisations": 0, "section-policy-options": 0, "section-notes": 1 },
    ],
    [
      "a #tag",
      "#эконом",
      { "section-experts": 0, "section-organisations": 0, "section-policy-options": 0, "section-notes": 1 },
    ],
    [
      "two words, both required",
      "экономист расул",
      { "section-experts": 1, "section-organisations": 0, "section-policy-options": 0, "section-notes": 0 },
    ],
  ])("filters by %s", async (_label, query, counts) => {
    const { root } = await popup();
    await type(byTestId(root, "search"), query);
    for (const [section, n] of Object.entries(counts)) expect(itemsIn(root, section)).toHaveLength(n);
  });

  it("filters by kind", async () => {
    const { root } = await popup();
    await type(byTestId(root, "filter-kind"), "organisation");
    expect(byTestId(root, "section-experts")).toBeNull();
    expect(itemsIn(root, "section-organisations")).toHaveLength(3);
    expect(byTestId(root, "section-notes")).toBeNull();
  });

  it("filters by tag, showing notes only", async () => {
    const { root } = await popup();
    await type(byTestId(root, "filter-tag"), "торговля");
    expect(byTestId(root, "section-experts")).toBeNull();
    expect(textsIn(root, "section-notes")).toEqual([expect.stringContaining("о пошлинах")]);
  });

  it("says when nothing matches", async () => {
    const { root } = await popup();
    await type(byTestId(root, "search"), "zzzz");
    expect(byTestId(root, "section-experts")!.textContent).toContain("Nothing matches the filter.");
  });
});

describe("notes", () => {
  it("edits a note's text and tags", async () => {
    const { root, api } = await popup();
    await click(
      [...itemsIn(root, "section-notes")[0]!.querySelectorAll("button")].find((b) => b.textContent === "Edit")!,
    );
    await type(byTestId(root, "note-editor"), "новый текст");
    await type(root.querySelector(".editor input"), "a, b, a");
    await click(byTestId(root, "save-note"));
    expect(api.calls.saved).toHaveLength(1);
    expect(api.calls.saved[0]).toMatchObject({ id: "n1", text: "новый текст", tags: ["a", "b"] });
    expect(api.calls.saved[0]!.updatedAt).toBeGreaterThan(1);
    expect(byTestId(root, "note-editor")).toBeNull();
    expect(textsIn(root, "section-notes")[0]).toContain("новый текст");
  });

  it("keeps the text in the editor and says why when saving fails", async () => {
    const { root, api } = await popup();
    api.saveNote = async () => {
      throw new Error("This note was changed elsewhere.");
    };
    await click(
      [...itemsIn(root, "section-notes")[0]!.querySelectorAll("button")].find((b) => b.textContent === "Edit")!,
    );
    await type(byTestId(root, "note-editor"), "не потерять");
    await click(byTestId(root, "save-note"));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("This note was changed elsewhere.");
    expect((byTestId(root, "note-editor") as HTMLTextAreaElement).value).toBe("не потерять");
  });

  it("deletes a note and restores it on undo", async () => {
    const { root, api } = await popup();
    await click(allByTestId(byTestId(root, "section-notes")!, "delete-note")[0]!);
    expect(api.calls.deleted).toEqual(["n1"]);
    expect(itemsIn(root, "section-notes")).toHaveLength(1);
    expect(root.textContent).toContain("Note deleted.");
    await click(byTestId(root, "undo"));
    expect(api.calls.saved.map((n) => n.id)).toEqual(["n1"]);
    expect(textsIn(root, "section-notes")).toHaveLength(2);
  });
});

describe("export", () => {
  it.each([
    ["export-json", /\.jsonld$/, "AnnotationCollection"],
    ["export-markdown", /\.md$/, "## Experts"],
    ["export-csv", /\.csv$/, "Расул Рысмамбетов"],
  ])("%s saves the page with its notes", async (testId, name, content) => {
    const { root, api } = await popup();
    await click(byTestId(root, testId));
    expect(api.calls.downloads).toHaveLength(1);
    expect(api.calls.downloads[0]!.name).toMatch(name);
    expect(await fileText(api.calls.downloads[0]!)).toContain(content);
    expect(await fileText(api.calls.downloads[0]!)).toContain("цитата n1");
  });
});

describe("virtualised notes", () => {
  it("renders only the rows in view for 10,000 notes, and filters all of them", async () => {
    const notes = Array.from({ length: 10_000 }, (_, i) => fixtureNote(`n${i}`, { createdAt: i }));
    const { root } = await popup(notes);
    const rendered = itemsIn(root, "section-notes");
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(50);
    expect(byTestId(root, "section-notes")!.textContent).toContain("10000");
    await type(byTestId(root, "search"), "n9999");
    expect(textsIn(root, "section-notes")).toEqual([expect.stringContaining("цитата n9999")]);
  });
});
