// The conventions test's readers on short inline sources: what they must find, and what they must not
// (a comment, a string, `Map.delete` or `URLSearchParams.append` is not a DOM write).
import { describe, expect, it } from "vitest";
import { createdElements, domReferences, domWrites } from "./dom-access";
import { type Edge, findCycles, type SourceFile } from "./graph";
import { blank, parseImports } from "./scan";

describe("blank", () => {
  it.each([
    ["a line comment", `x(); // y.remove()\nz();`, `x(); ${" ".repeat(13)}\nz();`],
    ["a block comment over lines", `a /* b\nc */ d`, `a     \n     d`],
    ["string contents, quotes kept", `f("a.b()", 'c')`, `f("     ", ' ')`],
    ["an escaped quote", `f("a\\"b")`, `f("    ")`],
    ["template text, its code kept", "t(`a${b.c()}d`)", "t(` ${b.c()} `)"],
    ["a template inside a template's code", "`${`x${y}`}`", "`${` ${y}`}`"],
    ["a regular expression", `s.replace(/\\/\\*x/g, "")`, `s.replace(/     /g, "")`],
    ["a division is not a regular expression", `a = b / c / d;`, `a = b / c / d;`],
  ])("blanks %s", (_what, src, want) => {
    expect(blank(src)).toBe(want);
    expect(blank(src)).toHaveLength(src.length);
  });
});

describe("parseImports", () => {
  it.each([
    ["a static import", `import { a } from "./a";`, [{ specifier: "./a", line: 1, typeOnly: false }]],
    [
      "a default and named import over lines",
      `import x, {\n  y,\n} from "../x";`,
      [{ specifier: "../x", line: 1, typeOnly: false }],
    ],
    ["import type", `import type { A } from "./a";`, [{ specifier: "./a", line: 1, typeOnly: true }]],
    [
      "only type-marked names",
      `import { type A, type B } from "./a";`,
      [{ specifier: "./a", line: 1, typeOnly: true }],
    ],
    [
      "a value among type-marked names",
      `import { type A, b } from "./a";`,
      [{ specifier: "./a", line: 1, typeOnly: false }],
    ],
    ["a side-effect import", `\nimport "./setup";`, [{ specifier: "./setup", line: 2, typeOnly: false }]],
    ["a dynamic import", `const m = await import("dexie");`, [{ specifier: "dexie", line: 1, typeOnly: false }]],
    [
      "export from",
      `export { a } from "./a";\nexport * from "./b";`,
      [
        { specifier: "./a", line: 1, typeOnly: false },
        { specifier: "./b", line: 2, typeOnly: false },
      ],
    ],
    ["export type from", `export type { A } from "./a";`, [{ specifier: "./a", line: 1, typeOnly: true }]],
  ])("reads %s", (_what, src, want) => {
    expect(parseImports(src)).toEqual(want);
  });

  it.each([
    ["a comment", `// import x from "./x";`],
    ["a string", `const s = 'import x from "./x"';`],
    ["a template", 'const s = `import x from "./x"`;'],
    ["a property named import", `meta.import("./x");`],
  ])("ignores an import in %s", (_what, src) => {
    expect(parseImports(src)).toEqual([]);
  });
});

describe("domWrites", () => {
  it.each([
    ["appendChild", `document.body.appendChild(div);`, "document.body"],
    ["append on an optional chain", `card?.append(a, b);`, "card"],
    ["insertBefore on a bracketed receiver", `(doc.head ?? doc.documentElement).insertBefore(el, null);`, ")"],
    ["remove()", `el.remove();`, "el"],
    ["normalize()", `parent.normalize();`, "parent"],
    ["setAttribute", `a.setAttribute("x", "1");`, "a"],
    ["classList.add", `el.classList.add("on");`, "el"],
    ["innerHTML", `el.innerHTML = html;`, "el"],
    ["textContent +=", `el.textContent += "x";`, "el"],
    ["a style property", `el.style.left = "1px";`, "el"],
    ["a dataset entry", `el.dataset["kind"] = k;`, "el"],
    ["adopted sheets", `shadow!.adoptedStyleSheets = [];`, "shadow"],
    ["document.title", `document.title = "x";`, "document"],
    ["document.write", `document.write("<p>");`, "document"],
    ["a range's insertNode", `range.insertNode(mark);`, "range"],
    ["attachShadow", `host.attachShadow({ mode: "open" });`, "host"],
  ])("finds %s", (_what, src, receiver) => {
    expect(domWrites(src).map((w) => w.receiver)).toEqual([receiver]);
  });

  it.each([
    ["Map.delete and Set.add", `seen.delete(k); seen.add(k); map.set(k, v);`],
    ["URLSearchParams.append", `const kept = new URLSearchParams();\nkept.append(k, v);`],
    ["a parameter typed URLSearchParams", `function f(params: URLSearchParams) { params.append(k, v); }`],
    ["String.normalize with a form", `s.normalize("NFC");`],
    ["reading", `const t = el.textContent; if (el.style.display == "none") x(); el.title === "a";`],
    ["a record's title", `result.title = meta.title;`],
    ["a stream's write", `process.stdout.write("x");`],
    ["a comment or a string", `// el.remove()\nconst s = "el.innerHTML = x";`],
    ["an arrow returning a property", `const f = (el) => el.textContent;`],
  ])("ignores %s", (_what, src) => {
    expect(domWrites(src)).toEqual([]);
  });
});

describe("domReferences", () => {
  it.each([
    ["a global", `document.querySelector("p")`, ["document"]],
    ["a type", `function f(n: Node, e: HTMLElement): Range {}`, ["Node", "HTMLElement", "Range"]],
    ["a constructor", `new DOMParser()`, ["DOMParser"]],
  ])("finds %s", (_what, src, want) => {
    expect(domReferences(src).map((h) => h.what)).toEqual(want);
  });

  it.each([
    ["a local named window", `const window = tokens.slice(0, 5);\nwindow.length;`],
    ["a property", `dom.window.document; x.Node;`],
    ["an object key", `({ document: 1 })`],
    ["a comment", `// reads the document`],
  ])("ignores %s", (_what, src) => {
    expect(domReferences(src)).toEqual([]);
  });
});

describe("createdElements", () => {
  it.each([
    ["createElement", `const card = doc.createElement("div");`, ["card"]],
    ["a later assignment", `let bar = null;\nbar = win.document.createElement("div");`, ["bar"]],
    [
      "a local maker",
      `const el = <K>(tag: K, attrs = {}) => {\n  const e = doc.createElement(tag);\n  return e;\n};\nconst row = el("div");`,
      ["e", "row"],
    ],
    ["not a page node", `const host = doc.documentElement;\nconst p = doc.querySelector("p");`, []],
  ])("names %s", (_what, src, want) => {
    expect([...createdElements(src)].sort()).toEqual(want);
  });
});

describe("findCycles", () => {
  const graph = (edges: [string, string, boolean?][]): Map<string, SourceFile> => {
    const files = new Map<string, SourceFile>();
    for (const [from, to, typeOnly = false] of edges) {
      for (const p of [from, to]) if (!files.has(p)) files.set(p, { path: p, src: "", code: "", imports: [] });
      files.get(from)!.imports.push({ from, to, specifier: to, line: 1, typeOnly } satisfies Edge);
    }
    return files;
  };

  it.each([
    [
      "a chain",
      [
        ["a", "b"],
        ["b", "c"],
      ],
      [],
    ],
    [
      "two files",
      [
        ["a", "b"],
        ["b", "a"],
      ],
      [["a", "b", "a"]],
    ],
    ["a self-import", [["a", "a"]], [["a", "a"]]],
    [
      "a knot of three with a tail",
      [
        ["x", "a"],
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
        ["c", "b"],
      ],
      [["a", "b", "c", "a"]],
    ],
  ] as [string, [string, string][], string[][]][])("in %s", (_what, edges, want) => {
    expect(findCycles(graph(edges)).map((c) => [...c.chain.map((e) => e.from), c.chain.at(-1)!.to])).toEqual(want);
  });

  it("follows only the edges asked for", () => {
    expect(
      findCycles(
        graph([
          ["a", "b"],
          ["b", "a", true],
        ]),
        (e) => !e.typeOnly,
      ),
    ).toEqual([]);
  });
});
