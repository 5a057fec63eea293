// Selecting text as a reader would, run inside the page (Playwright's evaluate or the Firefox harness's):
// it must stay self-contained, since only its source crosses into the page.

/** Selects `quote` in the article, scrolled into view; with `lift`, lifts the pointer (the toolbar appears then). */
export function selectQuote([quote, lift]: readonly [string, boolean]): void {
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
    const b = r.getBoundingClientRect();
    if (lift)
      document.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, clientX: b.right, clientY: b.bottom }));
    return;
  }
  throw new Error(`quote not on the page: ${quote}`);
}
