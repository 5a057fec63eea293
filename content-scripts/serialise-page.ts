// The page's HTML, serialised in slices with pauses between them: `outerHTML` of a large page in one go
// is itself a long task. The result is what `documentElement.outerHTML` gives, with a doctype in front,
// except that scripts and styles are sent empty: the reader needs none of their text (JSON-LD metadata,
// which Readability reads, is kept), and they are often most of a page's bytes.
import { PAGE_SLICE_MS, slicer } from "../src/yield";

/**
 * An element with at most this many elements inside is serialised whole, a bigger one tag by tag: one
 * `outerHTML` call cannot be sliced, and a depth rule let a wiki's 9,000-element article body (at depth 5)
 * through as one call, a 122 ms long task (wikipedia-2, loaded machine).
 */
const WHOLE_MAX_ELEMENTS = 300;
/** Elements serialised whole whatever their depth: their content is raw text or not in the tree. */
const OPAQUE = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "TEXTAREA",
  "NOSCRIPT",
  "XMP",
  "IFRAME",
  "PLAINTEXT",
  "SVG",
  "svg",
  "MATH",
  "math",
]);
const VOID_END = /<\/[^>]+>$/;
const EMPTIED = new Set(["SCRIPT", "STYLE"]);
const isJsonLd = (el: Element) => el.nodeName === "SCRIPT" && /ld\+json/i.test(el.getAttribute("type") ?? "");

export async function serialisePage(win: Window): Promise<string> {
  const parts: string[] = ["<!DOCTYPE html>"];
  const slice = slicer(win, PAGE_SLICE_MS);
  const visit = async (node: Node): Promise<void> => {
    const pause = slice();
    if (pause) await pause;
    if (node.nodeType === 3) return void parts.push(escapeText(node as Text));
    if (node.nodeType === 8) return void parts.push(`<!--${(node as Comment).data}-->`);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (EMPTIED.has(el.nodeName) && !isJsonLd(el)) return void parts.push((el.cloneNode(false) as Element).outerHTML);
    if (OPAQUE.has(el.nodeName) || !el.firstChild || isSmallAndInert(el)) return void parts.push(el.outerHTML);
    const shell = (el.cloneNode(false) as Element).outerHTML;
    const end = VOID_END.exec(shell)?.[0] ?? "";
    parts.push(shell.slice(0, shell.length - end.length));
    for (let c: ChildNode | null = el.firstChild; c; c = c.nextSibling) await visit(c);
    parts.push(end);
  };
  await visit(win.document.documentElement);
  return parts.join("");
}

/** Small enough to serialise in one call, and holding no script or style whose text would go with it. */
function isSmallAndInert(el: Element): boolean {
  // Asking for one element past the limit walks at most that far; `.length` would walk a whole page (13 ms).
  return !el.getElementsByTagName("*")[WHOLE_MAX_ELEMENTS] && !el.querySelector("script, style");
}

/** Text as HTML serialisation escapes it (outside raw-text elements, which are serialised whole). */
function escapeText(t: Text): string {
  return t.data.replace(/[&<>\u00a0]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&nbsp;",
  );
}
