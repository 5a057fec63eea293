// The page's HTML, serialised in slices with pauses between them: `outerHTML` of a large page in one go
// is itself a long task. The result is what `documentElement.outerHTML` gives, with a doctype in front,
// except that scripts and styles are sent empty: the reader needs none of their text (JSON-LD metadata,
// which Readability reads, is kept), and they are often most of a page's bytes.
import { slicer } from "./yield";

/** Below this depth an element is serialised whole; above it, tag by tag, so a slice is never a whole page. */
const WHOLE_BELOW_DEPTH = 5;
/** Elements serialised whole whatever their depth: their content is raw text or not in the tree. */
const OPAQUE = new Set(["SCRIPT", "STYLE", "TEMPLATE", "TEXTAREA", "NOSCRIPT", "XMP", "IFRAME", "PLAINTEXT", "SVG", "svg", "MATH", "math"]);
const VOID_END = /<\/[^>]+>$/;
const EMPTIED = new Set(["SCRIPT", "STYLE"]);
const isJsonLd = (el: Element) => el.nodeName === "SCRIPT" && /ld\+json/i.test(el.getAttribute("type") ?? "");

export async function serialisePage(win: Window): Promise<string> {
  const parts: string[] = ["<!DOCTYPE html>"];
  const slice = slicer(win);
  const visit = async (node: Node, depth: number): Promise<void> => {
    const pause = slice();
    if (pause) await pause;
    if (node.nodeType === 3) return void parts.push(escapeText(node as Text));
    if (node.nodeType === 8) return void parts.push(`<!--${(node as Comment).data}-->`);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (EMPTIED.has(el.nodeName) && !isJsonLd(el)) return void parts.push((el.cloneNode(false) as Element).outerHTML);
    if (depth >= WHOLE_BELOW_DEPTH || OPAQUE.has(el.nodeName) || !el.firstChild) return void parts.push(el.outerHTML);
    const shell = (el.cloneNode(false) as Element).outerHTML;
    const end = VOID_END.exec(shell)?.[0] ?? "";
    parts.push(shell.slice(0, shell.length - end.length));
    for (let c: ChildNode | null = el.firstChild; c; c = c.nextSibling) await visit(c, depth + 1);
    parts.push(end);
  };
  await visit(win.document.documentElement, 0);
  return parts.join("");
}

/** Text as HTML serialisation escapes it (outside raw-text elements, which are serialised whole). */
function escapeText(t: Text): string {
  return t.data.replace(/[&<>\u00a0]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&nbsp;"));
}
