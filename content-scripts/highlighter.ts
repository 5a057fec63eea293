// The highlighter: the only module that draws on the page. With the CSS Custom Highlight API it registers one
// `Highlight` per kind in `CSS.highlights` and leaves the page's DOM alone; without it, it wraps text in
// <policylens-mark> elements (skipping whitespace-only text nodes so tables and lists keep their structure).
import { defaultFill, FLASH_FILL, KIND_COLOURS, NOTE_MARK, NOTE_SHADES } from "../src/colours";
import type { AnnotationKind } from "../src/extract/types";

export type HighlightKind = AnnotationKind | "note";
export const HIGHLIGHT_KINDS: HighlightKind[] = ["expert", "organisation", "policy-option", "note"];

/** Public contract: tests and readers' user styles address these names. */
export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  expert: "policylens-expert",
  organisation: "policylens-organisation",
  "policy-option": "policylens-policy-option",
  note: "policylens-note",
};
const FLASH_NAME = "policylens-flash";
/** Notes carry the reader's colour: one extra highlight per colour paints it over `policylens-note`. */
const noteColourName = (colour: string) => `policylens-note-${colour}`;
/** How long a scrolled-to annotation flashes. */
const FLASH_MS = 1600;
export const MARK_TAG = "policylens-mark";

/**
 * Translucent fills keep the page's own text colour readable on light and dark pages alike; each kind also
 * has its own underline style, so the kinds differ for readers who do not tell the colours apart.
 */
export const DEFAULT_COLOURS: Record<HighlightKind, string> = {
  expert: defaultFill("expert"),
  organisation: defaultFill("organisation"),
  "policy-option": defaultFill("policy-option"),
  // Notes are filled by their own colour's layer (NOTE_FILLS); the shared highlight only underlines.
  note: "transparent",
};
/** The reader's note colours (src/notes/new-note.ts), as translucent fills. */
export const NOTE_FILLS: Record<string, string> = Object.fromEntries(
  Object.entries(NOTE_SHADES).map(([colour, shade]) => [colour, shade.fill]),
);
const UNDERLINES: Record<HighlightKind, string> = {
  expert: `underline solid 2px ${KIND_COLOURS.expert.ink}`,
  organisation: `underline dotted 2px ${KIND_COLOURS.organisation.ink}`,
  "policy-option": `underline wavy 1px ${KIND_COLOURS["policy-option"].ink}`,
  note: `underline solid 1px ${NOTE_MARK.underline}`,
};

function stylesheetText(colours: Record<HighlightKind, string>): string {
  const vars = HIGHLIGHT_KINDS.map((k) => `--${HIGHLIGHT_NAMES[k]}: ${colours[k]};`).join(" ");
  const rules = HIGHLIGHT_KINDS.map((k) => {
    const style = `background-color: var(--${HIGHLIGHT_NAMES[k]}); text-decoration: ${UNDERLINES[k]};`;
    return `::highlight(${HIGHLIGHT_NAMES[k]}) { ${style} }\n${MARK_TAG}[data-kind="${k}"] { ${style} }`;
  });
  const noteFills = Object.entries(NOTE_FILLS).map(
    ([c, fill]) =>
      `::highlight(${noteColourName(c)}) { background-color: ${fill}; }\n${MARK_TAG}[data-kind="note"][data-colour="${c}"] { background-color: ${fill}; }`,
  );
  return [
    `:root { ${vars} }`,
    ...rules,
    ...noteFills,
    `::highlight(${FLASH_NAME}) { background-color: ${FLASH_FILL}; }`,
    `${MARK_TAG}[data-flash] { background-color: ${FLASH_FILL}; }`,
    `${MARK_TAG}[data-hidden] { background: none; text-decoration: none; }`,
  ].join("\n");
}

export interface Highlighter {
  /** Replaces the ranges drawn for one kind; `colours` (parallel to `ranges`) gives notes their colours. */
  draw(kind: HighlightKind, ranges: Range[], colours?: string[]): void;
  /**
   * `draw` for a kind with many ranges (a huge page's 80,000), prepared in slices of the page's thread (`slice`,
   * ../src/yield.ts's slicer) and shown only when the returned function is called: the caller shows every kind
   * at once, in one task. The fallback painter (which changes the page) does all of its work in that call.
   */
  stage(kind: AnnotationKind, ranges: Range[], slice: () => Promise<void> | void): Promise<() => void>;
  /** Shows or hides each kind. */
  show(visible: Record<HighlightKind, boolean>): void;
  setColours(colours: Partial<Record<HighlightKind, string>>): void;
  /** Briefly marks one range (after scrolling to it). */
  flash(range: Range): void;
  destroy(): void;
}

type HighlightWindow = Pick<Window, "setTimeout" | "clearTimeout"> & {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
  CSSStyleSheet: typeof CSSStyleSheet;
};

export function createHighlighter(doc: Document, win: HighlightWindow): Highlighter {
  const colours = { ...DEFAULT_COLOURS };
  // Installed at the first drawing, not at start-up: adopting a sheet restyles the whole page (a trace put it
  // in the start-up task that ran long), and a page that gets nothing drawn never pays for it.
  let style: ReturnType<typeof installStyles> | null = null;
  const styled = () => {
    if (style) return;
    style = installStyles(doc, win);
    style.update(stylesheetText(colours));
  };
  const api = win.CSS?.highlights && win.Highlight ? { registry: win.CSS.highlights, Highlight: win.Highlight } : null;
  const painter = api ? customHighlightPainter(api.registry, api.Highlight) : markPainter(doc);
  let flashTimer: number | undefined;
  return {
    draw(kind, ranges, noteColours) {
      if (ranges.length > 0) styled();
      painter.draw(kind, ranges, noteColours);
    },
    async stage(kind, ranges, slice) {
      const shown = await painter.stage(kind, ranges, slice);
      return () => {
        if (ranges.length > 0) styled();
        shown();
      };
    },
    show: painter.show,
    setColours(next) {
      Object.assign(colours, next);
      style?.update(stylesheetText(colours));
    },
    flash(range) {
      if (range) styled();
      win.clearTimeout(flashTimer);
      painter.flash(range);
      flashTimer = win.setTimeout(() => painter.flash(null), FLASH_MS);
    },
    destroy() {
      win.clearTimeout(flashTimer);
      painter.destroy();
      style?.remove();
    },
  };
}

interface Painter {
  draw(kind: HighlightKind, ranges: Range[], colours?: string[]): void;
  stage(kind: AnnotationKind, ranges: Range[], slice: () => Promise<void> | void): Promise<() => void>;
  show(visible: Record<HighlightKind, boolean>): void;
  flash(range: Range | null): void;
  destroy(): void;
}

function customHighlightPainter(registry: HighlightRegistry, HighlightCtor: typeof Highlight): Painter {
  const highlights = new Map<HighlightKind, Highlight>(HIGHLIGHT_KINDS.map((k) => [k, new HighlightCtor()]));
  const noteColours = new Map<string, Highlight>();
  const visible = new Set<HighlightKind>(HIGHLIGHT_KINDS);
  const sync = () => {
    for (const [kind, h] of highlights) {
      // A hidden kind leaves the registry, so `CSS.highlights.has(name)` tells whether it is on screen.
      if (visible.has(kind) && h.size > 0) registry.set(HIGHLIGHT_NAMES[kind], h);
      else registry.delete(HIGHLIGHT_NAMES[kind]);
    }
    for (const [colour, h] of noteColours) {
      if (visible.has("note") && h.size > 0) registry.set(noteColourName(colour), h);
      else registry.delete(noteColourName(colour));
    }
  };
  return {
    draw(kind, ranges, colours) {
      const h = highlights.get(kind)!;
      h.clear();
      for (const r of ranges) h.add(r);
      if (kind === "note") {
        for (const layer of noteColours.values()) layer.clear();
        ranges.forEach((r, i) => {
          const colour = colours?.[i] ?? "yellow";
          if (!(colour in NOTE_FILLS)) return;
          let layer = noteColours.get(colour);
          if (!layer) {
            noteColours.set(colour, (layer = new HighlightCtor()));
            layer.priority = 1;
          }
          layer.add(r);
        });
      }
      sync();
    },
    async stage(kind, ranges, slice) {
      // A new highlight, filled off the registry: the page keeps showing the old one until it is swapped in.
      const next = new HighlightCtor();
      for (const r of ranges) {
        next.add(r);
        const turn = slice();
        if (turn) await turn;
      }
      return () => {
        highlights.set(kind, next);
        sync();
      };
    },
    show(v) {
      visible.clear();
      for (const k of HIGHLIGHT_KINDS) if (v[k]) visible.add(k);
      sync();
    },
    flash(range) {
      if (range) registry.set(FLASH_NAME, new HighlightCtor(range));
      else registry.delete(FLASH_NAME);
    },
    destroy() {
      for (const k of HIGHLIGHT_KINDS) registry.delete(HIGHLIGHT_NAMES[k]);
      for (const c of noteColours.keys()) registry.delete(noteColourName(c));
      registry.delete(FLASH_NAME);
    },
  };
}

/** The fallback: wrap each highlighted stretch of text in <policylens-mark data-kind>. */
function markPainter(doc: Document): Painter {
  const marks = new Map<HighlightKind, Element[]>(HIGHLIGHT_KINDS.map((k) => [k, []]));
  const unwrap = (els: Element[]) => {
    for (const el of els) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
  };
  const draw = (kind: HighlightKind, ranges: Range[], colours?: string[]) => {
    unwrap(marks.get(kind)!);
    const made: Element[] = [];
    ranges.forEach((r, i) => {
      const wrapped = wrapRange(doc, r, kind);
      if (colours?.[i]) for (const el of wrapped) el.setAttribute("data-colour", colours[i]!);
      made.push(...wrapped);
    });
    marks.set(kind, made);
  };
  return {
    draw,
    // Wrapping changes the page: it all happens when shown, in the caller's one task, as `draw` does.
    stage: (kind, ranges) => Promise.resolve(() => draw(kind, ranges)),
    show(v) {
      for (const [kind, els] of marks) for (const el of els) el.toggleAttribute("data-hidden", !v[kind]);
    },
    flash(range) {
      for (const el of doc.querySelectorAll(`${MARK_TAG}[data-flash]`)) el.removeAttribute("data-flash");
      if (range) for (const el of wrapRange(doc, range, "flash")) el.setAttribute("data-flash", "");
    },
    destroy() {
      for (const els of marks.values()) unwrap(els);
      unwrap([...doc.querySelectorAll(`${MARK_TAG}[data-kind="flash"]`)]);
    },
  };
}

function wrapRange(doc: Document, range: Range, kind: string): Element[] {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === 3 && range.intersectsNode(n) && (n as Text).data.trim()) texts.push(n as Text);
  }
  const out: Element[] = [];
  for (let t of texts) {
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end <= start) continue;
    if (start > 0) t = t.splitText(start);
    if (end - start < t.data.length) t.splitText(end - start);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute("data-kind", kind);
    t.parentNode!.insertBefore(mark, t);
    mark.appendChild(t);
    out.push(mark);
  }
  return out;
}

/** Our styles as a constructed sheet (no <style> element in the page), or a <style> where that is refused. */
function installStyles(doc: Document, win: HighlightWindow): { update(css: string): void; remove(): void } {
  try {
    const sheet = new win.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const el = doc.createElement("style");
    el.setAttribute("data-policylens", "");
    (doc.head ?? doc.documentElement).appendChild(el);
    return { update: (css) => void (el.textContent = css), remove: () => el.remove() };
  }
}
