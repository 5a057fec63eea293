// What counts as changing a DOM, and as touching one at all, for the conventions test. Matched on blanked code
// (scan.ts), so comments and strings never count. The patterns name DOM APIs only: `Map.delete`, `Set.add`,
// `String.replace` are not here; where a DOM method shares its name with another API (`append` on
// URLSearchParams), receivers declared as that other type are left out.
import { blank, lineAt } from "./scan";

export interface Hit {
  line: number;
  what: string;
}

export interface Write extends Hit {
  /** What is written to, as written: `ui.layer`, `card`, `doc.documentElement`, `)` for `(a ?? b).append(…)`. */
  receiver: string;
}

/** The thing a method is called on or a property set on: a name path (`a.b!.c`), or a closing bracket. */
const RECEIVER = String.raw`((?:(?<![\w$])[\w$]+|[)\]])(?:!?\??\.[\w$]+)*)!?\s*\??\.\s*`;
/** Calls that add, move, remove or rewrite nodes, attributes, classes, styles or a document's text. */
const WRITE_METHODS = [
  "appendChild",
  "append",
  "prepend",
  "insertBefore",
  "insertAdjacentElement",
  "insertAdjacentHTML",
  "insertAdjacentText",
  "replaceWith",
  "replaceChildren",
  "replaceChild",
  "removeChild",
  "before",
  "after",
  "setAttribute",
  "setAttributeNS",
  "setAttributeNode",
  "removeAttribute",
  "removeAttributeNS",
  "toggleAttribute",
  "attachShadow",
  "splitText",
  "appendData",
  "insertData",
  "deleteData",
  "replaceData",
  "adoptNode",
  "insertNode",
  "surroundContents",
  "deleteContents",
  "extractContents",
  "execCommand",
  "write",
  "writeln",
  "setProperty",
  "removeProperty",
];
const WRITE_CALLS = new RegExp(`${RECEIVER}(${WRITE_METHODS.join("|")})\\s*\\(`, "g");
/** `el.remove()` and `parent.normalize()` with no argument: `Map.delete` is the map's, `str.normalize("NFC")` a string's. */
const NO_ARG_WRITES = new RegExp(`${RECEIVER}(remove|normalize)\\s*\\(\\s*\\)`, "g");
const CLASS_LIST = new RegExp(
  `${RECEIVER}(classList\\s*\\.\\s*(?:add|remove|toggle|replace)\\s*\\(|classList(?:\\.value)?\\s*=(?![=>]))`,
  "g",
);
/** Property writes that change what a node is or shows; `=` but not `==`, `===` or `=>`. */
const WRITE_PROPS = new RegExp(
  `${RECEIVER}(innerHTML|outerHTML|textContent|innerText|outerText|nodeValue|className|adoptedStyleSheets|cssText|style|dataset)` +
    String.raw`(?:\s*\.\s*[\w$]+|\s*\[[^\]]*\])?\s*(?:\+|\?\?|\|\|)?=(?![=>])`,
  "g",
);
/** A document's title is the tab's text: only a document's is a write (a record's `title` is not). */
const DOCUMENT_TITLE = /(?<![\w$])((?:[\w$]+\.)*(?:document|doc|[\w$]*Doc(?:ument)?))\s*\.\s*(title)\s*=(?![=>])/g;

/** Every place the code changes a DOM. `write` counts only on a document (`stream.write` is Node's). */
export function domWrites(src: string, code = blank(src)): Write[] {
  const other = nonDomReceivers(code);
  const hits: Write[] = [];
  for (const re of [WRITE_CALLS, NO_ARG_WRITES, CLASS_LIST, WRITE_PROPS, DOCUMENT_TITLE]) {
    for (const m of code.matchAll(re)) {
      const receiver = m[1]!.replace(/[!?]/g, "");
      const member = m[2]!.replace(/\s+/g, "");
      if (other.has(receiver.split(".")[0]!)) continue;
      if ((member === "write" || member === "writeln") && !/(?:^|\.)(?:document|doc)$/i.test(receiver)) continue;
      if ((member === "setProperty" || member === "removeProperty") && !/\.style$/.test(receiver)) continue;
      hits.push({ line: lineAt(src, m.index), receiver, what: m[0].replace(/\s+/g, "") });
    }
  }
  return hits.sort((a, b) => a.line - b.line);
}

/** Names the code declares as a non-DOM object whose methods share a DOM method's name. */
function nonDomReceivers(code: string): Set<string> {
  const names = new Set<string>();
  const declared =
    /(?<![\w$])([\w$]+)\s*(?::\s*(?:URLSearchParams|FormData|Headers)\b[^=,;)]*)?=\s*new\s+(?:URLSearchParams|FormData|Headers)\b/g;
  const typed = /(?<![\w$])([\w$]+)\??\s*:\s*(?:URLSearchParams|FormData|Headers)\b/g;
  for (const m of code.matchAll(declared)) names.add(m[1]!);
  for (const m of code.matchAll(typed)) names.add(m[1]!);
  return names;
}

/** DOM globals and types: a module that names one works on a DOM (or a window). */
const DOM_NAMES =
  /(?<![.\w$])(document|window|Document|DocumentFragment|Element|HTML[A-Za-z]*Element|Node|NodeList|NodeFilter|DOMParser|Range|Selection|TreeWalker|MutationObserver|getComputedStyle)\b(?!\s*:(?!:))/g;

/** Every mention of the DOM; names the file declares itself (`const window = …` in a token scan) are not the DOM's. */
export function domReferences(src: string, code = blank(src)): Hit[] {
  const local = new Set([...code.matchAll(/\b(?:const|let|var|function|class)\s+([\w$]+)/g)].map((m) => m[1]!));
  const hits: Hit[] = [];
  for (const m of code.matchAll(DOM_NAMES))
    if (!local.has(m[1]!)) hits.push({ line: lineAt(src, m.index), what: m[1]! });
  return hits;
}

/**
 * Names a file assigns a new element to (`x = doc.createElement(…)`), directly or through a local helper whose
 * body creates one (`const el = (tag) => { const e = doc.createElement(tag); … }`, then `x = el(…)`). By name,
 * not by scope: enough to tell "an element this file made" from "a node of the page".
 */
export function createdElements(code: string): Set<string> {
  const makers = [
    ...code.matchAll(/const\s+([\w$]+)\s*=\s*(?:<[^>]*>)?\([^)]*\)[^{=]*=>\s*\{[^}]*?createElement\s*\(/g),
  ].map((m) => m[1]!);
  const from = ["[\\w$.!?]+\\.createElement", ...makers].join("|");
  return new Set([...code.matchAll(new RegExp(`([\\w$]+)\\s*=\\s*(?:${from})\\s*[<(]`, "g"))].map((m) => m[1]!));
}
