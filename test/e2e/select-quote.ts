// Selecting text as a reader would, run inside the page (Playwright's evaluate or the Firefox harness's):
// it must stay self-contained, since only its source crosses into the page. The selection is made by script;
// the caller then finishes it with real input (a Shift key press), since the extension ignores synthetic events.

/** Selects `quote` in the article, scrolled into view. */
export function selectQuote(quote: string): void {
  const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(quote);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + quote.length);
    (n as Text).parentElement!.scrollIntoView({ block: "center" });
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    return;
  }
  throw new Error(`quote not on the page: ${quote}`);
}
