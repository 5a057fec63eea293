// Readability with faster versions of a few of its private helpers. Each one returns exactly what the original
// returns for every node; only the work differs. The originals read a node's whole `textContent` (or parse its
// `style` attribute) for every element they visit, which makes Readability's walk quadratic on deeply nested
// pages; replacing them takes about a quarter off its parse of Wikipedia's longest test page (160–190 ms in
// Chromium). The same idea as go-shiori/go-readability#99: stop at the first character that answers the question.
// quick-readability.test.ts checks that each method still exists upstream (a renamed one would silently stop
// being replaced), that each answers as the original on every element of real pages, and that parses are equal.
import { Readability } from "@mozilla/readability";

const TEXT_NODES = 4; // NodeFilter.SHOW_TEXT, a number so this also runs where NodeFilter is not a global
const NOT_WHITESPACE = /\S/; // `\s` is the set String.prototype.trim removes
const BYLINE = /byline|author|dateline|writtenby|p-author/i; // Readability's REGEXPS.byline
const MAX_BYLINE_LENGTH = 100; // Readability's own limit in _isValidByline: longer text is a paragraph, not a byline

/** The names of the replaced methods, for the test that checks they are still Readability's own. */
export const REPLACED_METHODS = ["_isValidByline", "_isElementWithoutContent", "_isProbablyVisible"] as const;

export class QuickReadability<T = string> extends Readability<T> {
  /** The original measures the node's whole text before the cheap attribute tests that usually fail. */
  _isValidByline(node: Element, matchString: string): boolean {
    const rel = node.getAttribute("rel");
    const itemprop = node.getAttribute("itemprop");
    if (!(rel === "author" || (itemprop && itemprop.includes("author")) || BYLINE.test(matchString))) return false;
    const length = (node.textContent ?? "").trim().length;
    return length > 0 && length < MAX_BYLINE_LENGTH;
  }

  /** The original builds the node's whole text to ask whether any of it is not whitespace. */
  _isElementWithoutContent(node: Node): boolean {
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return false;
    const element = node as Element;
    if (hasVisibleText(element)) return false;
    return (
      !element.children.length ||
      element.children.length === element.getElementsByTagName("br").length + element.getElementsByTagName("hr").length
    );
  }

  /** The original reads `node.style`, which parses the style attribute, on elements that have none. */
  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute("style")) {
      const style = (node as HTMLElement).style;
      if (style && (style.display == "none" || style.visibility == "hidden")) return false;
    }
    return (
      !node.hasAttribute("hidden") &&
      (!node.hasAttribute("aria-hidden") ||
        node.getAttribute("aria-hidden") != "true" ||
        !!(node.className && (node.className as unknown as string).includes?.("fallback-image")))
    );
  }
}

/** Whether any text node under the element has a character other than whitespace; stops at the first. */
function hasVisibleText(element: Element): boolean {
  const walk = element.ownerDocument.createTreeWalker(element, TEXT_NODES);
  for (let t = walk.nextNode(); t; t = walk.nextNode()) if (NOT_WHITESPACE.test((t as Text).data)) return true;
  return false;
}
