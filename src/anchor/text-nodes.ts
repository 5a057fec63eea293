// A document's text nodes in document order, counted the same way wherever it is done: the page that sends
// its HTML, the extension document that parses it, and the article reader finding nodes Readability made.
// Not the text of scripts and styles (the page sends those elements empty), nor anything inside <noscript>
// (a page with scripting on holds it as one raw text node, a parsed copy as elements). Plain walks with no
// filter callback: this runs on the page's main thread.

/** Text in these is never article text. */
const SILENT_PARENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

export function documentTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walk = textNodeWalk(doc);
  for (let n = walk.next(); n; n = walk.next()) out.push(n);
  return out;
}

/** The same walk one node at a time, for a caller that pauses along the way. */
export function textNodeWalk(doc: Document): { next(): Text | null } {
  const root = doc.documentElement;
  const noscripts = doc.getElementsByTagName("noscript");
  const walker = root ? doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */) : null;
  return {
    next() {
      for (let n = walker?.nextNode(); n; n = walker!.nextNode()) {
        if (SILENT_PARENTS.has(n.parentNode!.nodeName)) continue;
        if (noscripts.length && (n.parentNode as Element).closest?.("noscript")) continue;
        return n as Text;
      }
      return null;
    },
  };
}
