// The layering rules, checked on the source tree itself (refined-github's habit): who may change the page,
// who may open the database, where the DOM may be touched, who may import whom, and no import circles.
// README's "Rules the conventions test keeps" lists them. Each failure names the file and line to look at.
import { describe, expect, it } from "vitest";
import { createdElements, domReferences, domWrites } from "./conventions/dom-access";
import { type Edge, findCycles, findPath, formatChain, readSources } from "./conventions/graph";

const files = readSources();
const paths = [...files.keys()];
/** Tests and their helpers may reach anything (a store test opens Dexie); the rules are about shipped code. */
const isTest = (path: string) => /(?:\.test|\/test-support)\.tsx?$/.test(path) || path.startsWith("test/");
const within = (path: string, ...dirs: string[]) => dirs.some((d) => path.startsWith(d));
const at = (e: Edge) => `${e.from}:${e.line}`;
const edges = (path: string) => files.get(path)!.imports;

describe("the page's DOM is changed only by the highlighter and the shadow-root UI (rule a)", () => {
  const contentScripts = paths.filter((p) => within(p, "content-scripts/") && !isTest(p));
  /** May change the page itself. */
  const PAGE_WRITERS = [
    // Draws on the page: the fallback's <policylens-mark> wrappers (where the Highlight API is missing) and
    // the highlight styles (an adopted sheet, or a <style> where the page's CSP refuses one).
    "content-scripts/highlighter.ts",
    // Adds the one <policylens-root> host element to the page, attaches its shadow root and styles it.
    "content-scripts/ui-root.ts",
  ];
  /**
   * Build our UI inside the shadow root: elements they create, attached only to `ui.layer`, the one element in the
   * root that holds the UI (read from each file: the hover card, the note editor, the selection toolbar and the
   * toast). Checked below.
   */
  const SHADOW_UI = [
    "content-scripts/hover-card.ts",
    "content-scripts/notes/note-editor.ts",
    "content-scripts/notes/selection-toolbar.ts",
    "content-scripts/notes/toast.ts",
  ];

  /**
   * Build the note editor's extension-origin frame (notes/editor-frame.html, in the shadow root): they write to
   * that frame's own document, never the page's, and so must never be part of the content script (checked below).
   * The reader's typing lives there so that no page listener hears it.
   */
  const EDITOR_FRAME = ["content-scripts/notes/editor-frame.ts", "content-scripts/notes/editor-form.ts"];

  it("every allowed file exists (a renamed one must be renamed here)", () => {
    expect([...PAGE_WRITERS, ...SHADOW_UI, ...EDITOR_FRAME].filter((p) => !files.has(p))).toEqual([]);
  });

  it("the editor frame's files are not in the content script (they would write to the page)", () => {
    // Types cost nothing at run time: the content script's labels may name the form's label type.
    const chain = findPath(
      files,
      "content-scripts/main.ts",
      (m) => EDITOR_FRAME.includes(m),
      (e) => !e.typeOnly,
    );
    expect(chain && formatChain(chain)).toBeNull();
  });

  it("no other content-script file changes a DOM", () => {
    const problems = contentScripts
      .filter((p) => !PAGE_WRITERS.includes(p) && !SHADOW_UI.includes(p) && !EDITOR_FRAME.includes(p))
      .flatMap((p) =>
        domWrites(files.get(p)!.src, files.get(p)!.code).map((w) => `${p}:${w.line} writes a DOM: ${w.what}`),
      );
    expect(problems, "only highlighter.ts draws on the page; UI goes into the shadow root (ui-root.ts)").toEqual([]);
  });

  it("the shadow-root UI writes only to elements it created and into ui.layer", () => {
    const problems = SHADOW_UI.filter((p) => files.has(p)).flatMap((p) => {
      const { src, code } = files.get(p)!;
      const made = createdElements(code);
      return domWrites(src, code)
        .filter((w) => w.receiver !== "ui.layer" && !made.has(w.receiver.split(".")[0]!))
        .map((w) => `${p}:${w.line} writes to ${w.receiver}, which it did not create: ${w.what}`);
    });
    expect(problems).toEqual([]);
  });
});

describe("only src/background/ and src/store/ reach the database (rule b)", () => {
  // Everything shipped outside the background and its store layer: content scripts, popup, engine, anchoring,
  // export, CLI, offscreen page, and src/'s shared modules. Tests, test/, scripts/ (benches) and bin/ (which
  // runs the built CLI) may open a database.
  const starts = paths.filter((p) => !isTest(p) && !within(p, "src/background/", "src/store/", "scripts/", "bin/"));
  const database = (module: string) => module === "dexie" || module === "src/store/db.ts";
  /** One line per way in: the chain from where it enters src/store/ (or dexie), and every file it is reached from. */
  const reaching = (follow: (e: Edge) => boolean) => {
    const ways = new Map<string, string[]>();
    for (const p of starts) {
      const chain = findPath(files, p, database, follow);
      if (!chain) continue;
      const entry = chain.findIndex((e) => within(e.to, "src/store/") || database(e.to));
      const way = formatChain(chain.slice(entry));
      ways.set(way, [...(ways.get(way) ?? []), p]);
    }
    return [...ways].map(([way, from]) => `${way}, reached from ${from.join(", ")}`);
  };

  it("at runtime: no import chain from outside them ends in dexie or src/store/db.ts", () => {
    expect(reaching((e) => !e.typeOnly)).toEqual([]);
  });

  it("in types too: `import type` chains couple a layer to the schema as much as imports do", () => {
    expect(reaching(() => true)).toEqual([]);
  });

  it("dexie itself is imported only in src/store/", () => {
    const problems = paths
      .filter((p) => !isTest(p) && !within(p, "src/store/", "scripts/"))
      .flatMap((p) =>
        edges(p)
          .filter((e) => e.to === "dexie")
          .map((e) => `${at(e)} imports dexie`),
      );
    expect(problems).toEqual([]);
  });
});

describe("the DOM stays at the edges of src/ (rule c)", () => {
  // The engine's article stage reads a document: Readability on a clone or a parsed copy (article.ts,
  // quick-readability.ts), the same off the page's thread (article-transfer.ts), and the DOM-side entry that
  // takes the page's document (engine.ts). Every other stage is text in, findings out.
  const ARTICLE_STAGE = [
    "src/extract/article.ts",
    "src/extract/article-transfer.ts",
    "src/extract/engine.ts",
    "src/extract/quick-readability.ts",
  ];
  // Outside the engine, src/ reads a DOM in the anchoring (dom-range.ts, dom-text.ts, text-nodes.ts: the text
  // model of a subtree and ranges over it, read only) and parses HTML into a document of its own where the
  // article is read off the page (offscreen/main.ts, and background/read-page.ts in Firefox's background page).
  const DOM_READERS = [
    ...ARTICLE_STAGE,
    "src/anchor/dom-range.ts",
    "src/anchor/dom-text.ts",
    "src/anchor/text-nodes.ts",
    "src/background/read-page.ts",
    "src/offscreen/main.ts",
  ];
  const shipped = paths.filter((p) => within(p, "src/") && !isTest(p));

  it("every listed file exists (a renamed one must be renamed here)", () => {
    expect(DOM_READERS.filter((p) => !files.has(p))).toEqual([]);
  });

  it("in src/extract/, only the article stage names the DOM", () => {
    const problems = shipped
      .filter((p) => within(p, "src/extract/") && !ARTICLE_STAGE.includes(p))
      .flatMap((p) =>
        domReferences(files.get(p)!.src, files.get(p)!.code).map((h) => `${p}:${h.line} names the DOM: ${h.what}`),
      );
    expect(problems, "an engine stage takes text and findings, never a document").toEqual([]);
  });

  it("elsewhere in src/, only the anchoring and the article readers name the DOM", () => {
    const problems = shipped
      .filter((p) => !within(p, "src/extract/") && !DOM_READERS.includes(p))
      .flatMap((p) =>
        domReferences(files.get(p)!.src, files.get(p)!.code).map((h) => `${p}:${h.line} names the DOM: ${h.what}`),
      );
    expect(problems).toEqual([]);
  });

  it("nothing in src/ changes a DOM: the readers read (Readability rewrites only its own copy, in its own code)", () => {
    const problems = shipped.flatMap((p) =>
      domWrites(files.get(p)!.src, files.get(p)!.code).map((w) => `${p}:${w.line} writes a DOM: ${w.what}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("who imports whom (rules d and e; `import type` counts)", () => {
  it("src/ never imports content-scripts/, popup/, test/ or scripts/ (its tests may use test/'s helpers)", () => {
    const problems = paths
      .filter((p) => within(p, "src/") && !isTest(p))
      .flatMap((p) =>
        edges(p)
          .filter((e) => within(e.to, "content-scripts/", "popup/", "test/", "scripts/"))
          .map((e) => `${at(e)} imports ${e.to}`),
      );
    expect(problems).toEqual([]);
  });

  it("scripts/ never imports test/ (what both need lives in scripts/lib/)", () => {
    const problems = paths
      .filter((p) => within(p, "scripts/"))
      .flatMap((p) =>
        edges(p)
          .filter((e) => within(e.to, "test/"))
          .map((e) => `${at(e)} imports ${e.to}`),
      );
    expect(problems).toEqual([]);
  });
});

describe("the engine's stages share only the analysis (rule g)", () => {
  // A stage is a top-level find-*.ts / attribute-speakers.ts and its folder; what two stages need (words,
  // sentences, quotes, name keys) is in analysis/ or a neutral module, so a stage can change without the others.
  const STAGE_FOLDERS = [
    "src/extract/orgs/",
    "src/extract/people/",
    "src/extract/options/",
    "src/extract/attribution/",
  ];
  /** Read by every stage, so they may import no stage: the text's analysis and the languages' word lists. */
  const SHARED_LAYERS = ["src/extract/analysis/", "src/extract/lang/", "src/extract/lang.ts"];
  const stageOf = (p: string) => STAGE_FOLDERS.find((d) => p.startsWith(d)) ?? null;
  const shipped = paths.filter((p) => within(p, "src/extract/") && !isTest(p));

  it("every listed folder exists (a renamed one must be renamed here)", () => {
    expect([...STAGE_FOLDERS, ...SHARED_LAYERS].filter((d) => !paths.some((p) => p.startsWith(d)))).toEqual([]);
  });

  it("a stage's folder never imports another stage's folder", () => {
    const problems = shipped
      .filter((p) => stageOf(p))
      .flatMap((p) =>
        edges(p)
          .filter((e) => stageOf(e.to) && stageOf(e.to) !== stageOf(p))
          .map((e) => `${at(e)} imports ${e.to}`),
      );
    expect(problems, "move what two stages share to analysis/ or a neutral module").toEqual([]);
  });

  it("the analysis and the language modules import no stage", () => {
    const problems = shipped
      .filter((p) => within(p, ...SHARED_LAYERS))
      .flatMap((p) =>
        edges(p)
          .filter((e) => stageOf(e.to) || /^src\/extract\/(?:find-[^/]+|attribute-speakers)\.ts$/.test(e.to))
          .map((e) => `${at(e)} imports ${e.to}`),
      );
    expect(problems).toEqual([]);
  });
});

describe("no import circles (rule f)", () => {
  // Every import counts, `import type` included: a type-only edge makes no runtime circle, but a circle that
  // mixes one in still ties the files together (one cannot be understood, moved or tested without the other).
  // A knot held together by `import type` alone (two files naming each other's types) is allowed: TypeScript
  // erases it and nothing runs in a surprising order. The tree has none today.
  it("no files import each other in a circle", () => {
    const problems = findCycles(files)
      .filter((c) => c.chain.length > 0)
      .filter((c) => c.members.some((m) => edges(m).some((e) => !e.typeOnly && c.members.includes(e.to))))
      .map(
        (c) =>
          `${formatChain(c.chain)}${c.members.length > c.chain.length ? ` (knot of ${c.members.join(", ")})` : ""}`,
      );
    expect(problems).toEqual([]);
  });

  it("no two folders of src/ import each other (a folder circle)", () => {
    const folder = (p: string) =>
      p.split("/").length > 2 && within(p, "src/") ? p.split("/").slice(0, 2).join("/") : null;
    const between = new Map<string, Edge[]>();
    for (const p of paths.filter((p) => !isTest(p))) {
      for (const e of edges(p)) {
        const [a, b] = [folder(p), folder(e.to)];
        if (a && b && a !== b) between.set(`${a} → ${b}`, [...(between.get(`${a} → ${b}`) ?? []), e]);
      }
    }
    const problems = [...between]
      .filter(([key]) => {
        const [a, b] = key.split(" → ");
        return a! < b! && between.has(`${b} → ${a}`);
      })
      .map(([key, there]) => {
        const [a, b] = key.split(" → ");
        const back = between.get(`${b} → ${a}`)!;
        return `${a} ⇄ ${b}: ${there.map(at).join(", ")} | ${back.map(at).join(", ")}`;
      });
    expect(problems).toEqual([]);
  });
});
