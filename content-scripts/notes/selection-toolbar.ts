// The floating toolbar over a text selection: "Highlight" and "Add note". It appears after the reader
// finishes selecting (pointer up or keyboard selection) and disappears when the selection goes away.
import { placeToolbar } from "../../src/toolbar-placement";
import { ROOT_TAG, type UiRoot } from "../ui-root";

/** Our own UI and form fields are not page text: selections there make no notes. */
export function isNoteable(range: Range): boolean {
  const node = range.commonAncestorContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && !el.closest(`${ROOT_TAG}, input, textarea, [contenteditable=""], [contenteditable="true"]`);
}

const TOOLBAR_CSS = `
.pl-toolbar { position: absolute; display: flex; gap: 4px; padding: 4px; min-width: 0; max-width: none; }
.pl-toolbar button { padding: 3px 8px; }
`;

/** The viewport without its scrollbars: the root element's client box (the body's, in quirks mode). */
function viewportSize(win: Window): { width: number; height: number } {
  const doc = win.document;
  const box = doc.compatMode === "BackCompat" ? doc.body : doc.documentElement;
  return { width: box?.clientWidth || win.innerWidth, height: box?.clientHeight || win.innerHeight };
}

export interface ToolbarLabels {
  highlight: string;
  addNote: string;
}

export interface SelectionToolbar {
  hide(): void;
}

export function watchSelection(
  win: Window,
  ui: UiRoot,
  getLabels: () => ToolbarLabels,
  actions: { highlight(range: Range): void; addNote(range: Range): void },
  signal: AbortSignal,
): SelectionToolbar {
  const doc = win.document;
  let bar: HTMLElement | null = null;
  const hide = () => {
    bar?.remove();
    bar = null;
  };
  const show = () => {
    const sel = win.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) return hide();
    const range = sel.getRangeAt(0).cloneRange();
    if (!isNoteable(range)) return hide();
    ui.addStyles("toolbar", TOOLBAR_CSS);
    hide();
    bar = doc.createElement("div");
    bar.className = "pl-panel pl-toolbar";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("data-testid", "selection-toolbar");
    const button = (testid: string, text: string, act: (r: Range) => void) => {
      const b = doc.createElement("button");
      b.textContent = text;
      b.setAttribute("data-testid", testid);
      // mousedown would clear the page's selection before the click lands.
      b.addEventListener("mousedown", (e) => e.preventDefault());
      b.addEventListener("click", (e) => {
        if (!e.isTrusted) return;
        hide();
        act(range);
      });
      return b;
    };
    const labels = getLabels();
    bar.append(
      button("highlight", labels.highlight, actions.highlight),
      button("add-note", labels.addNote, actions.addNote),
    );
    // Laid out first, then placed by its own size: its width depends on the language and the reader's font.
    ui.layer.appendChild(bar);
    const size = bar.getBoundingClientRect();
    // A range that starts at a line's end has an empty box there first: the words start on the next box.
    const first = [...range.getClientRects()].find((r) => r.width > 0);
    const bounds = range.getBoundingClientRect();
    const { top, left } = placeToolbar(bounds, size, viewportSize(win), first?.left ?? bounds.left);
    bar.style.left = `${left + win.scrollX}px`;
    bar.style.top = `${top + win.scrollY}px`;
  };
  // Only the reader finishing a selection shows the toolbar: a page's synthetic pointerup or keyup does not.
  // Inside our UI (its closed root shows as the host from here) a pointer up is a click on the toolbar.
  doc.addEventListener("pointerup", (e) => e.isTrusted && !ui.holds(e.target) && win.setTimeout(show, 0), { signal });
  doc.addEventListener("keyup", (e) => e.isTrusted && (e.shiftKey || e.key === "Shift") && show(), { signal });
  doc.addEventListener(
    "selectionchange",
    () => {
      const sel = win.getSelection();
      if (!sel || sel.isCollapsed) hide();
    },
    { signal },
  );
  signal.addEventListener("abort", hide);
  return { hide };
}
