// The host of everything PolicyLens shows inside a page: one <policylens-root> element with a CLOSED shadow
// root, so page styles cannot leak in and ours cannot leak out, and the page's scripts cannot reach inside:
// `host.shadowRoot` is null to them, events from inside reach them retargeted to the host, and the only
// reference to the root stays in this isolated world. Inside it, one layer element holds the UI and carries the
// page's colour scheme (src/page/page-scheme.ts) as `data-scheme`, read again each time the UI is shown, so the
// cards match the page rather than the system. Created on first use, removed on destroy.
import { type PageLook, pageScheme } from "../src/page/page-scheme";

export const ROOT_TAG = "policylens-root";

// Every colour comes from the layer's variables, one set per scheme: a control styled for one scheme and not the
// other (the light `button {}` that used to come after the dark rule) cannot happen.
// Exported for the note editor's frame (notes/editor-frame.ts), which shows the same look in its own document.
export const BASE_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647; }
* { box-sizing: border-box; }
.pl-layer {
  color-scheme: light;
  --pl-bg: #ffffff; --pl-fg: #1d2329; --pl-line: #c9d1d9; --pl-shadow: rgba(0, 0, 0, 0.18);
  --pl-control: #f6f8fa; --pl-control-hover: #eaeef2; --pl-field: #ffffff;
  --pl-accent: #1f6feb; --pl-danger: #cf222e;
}
.pl-layer[data-scheme="dark"] {
  color-scheme: dark;
  --pl-bg: #1f2428; --pl-fg: #e6edf3; --pl-line: #3d444d; --pl-shadow: rgba(0, 0, 0, 0.55);
  --pl-control: #2d333b; --pl-control-hover: #373e47; --pl-field: #161b22;
  --pl-accent: #58a6ff; --pl-danger: #ff7b72;
}
.pl-panel {
  position: absolute; width: max-content; max-width: 360px; min-width: 220px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--pl-bg); color: var(--pl-fg); border: 1px solid var(--pl-line); box-shadow: 0 6px 24px var(--pl-shadow);
}
button {
  font: inherit; cursor: pointer; padding: 4px 10px; border-radius: 6px; white-space: nowrap;
  border: 1px solid var(--pl-line); background: var(--pl-control); color: var(--pl-fg);
}
button:hover { background: var(--pl-control-hover); }
button:disabled { opacity: 0.6; cursor: default; }
textarea, input[type="text"] { background: var(--pl-field); color: var(--pl-fg); border: 1px solid var(--pl-line); }
::placeholder { color: var(--pl-fg); opacity: 0.55; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--pl-accent); outline-offset: 1px; }
`;

export interface UiRoot {
  /** The element inside the shadow root that every piece of UI is appended to; carries the page's scheme. */
  layer: HTMLElement;
  /** Whether an event's target, as a listener outside the root sees it (retargeted to the host), is our UI. */
  holds(target: EventTarget | null): boolean;
  /** Adds a stylesheet for one component, once. */
  addStyles(id: string, css: string): void;
  destroy(): void;
}

/** What the page shows behind its text and declares, read from its computed styles (page-scheme.ts decides). */
function readPageLook(doc: Document): PageLook {
  const win = doc.defaultView!;
  const html = win.getComputedStyle(doc.documentElement);
  return {
    rootColorScheme: html.colorScheme || "normal",
    metaColorScheme: doc.querySelector('meta[name="color-scheme" i]')?.getAttribute("content") ?? null,
    htmlBackground: html.backgroundColor,
    bodyBackground: doc.body ? win.getComputedStyle(doc.body).backgroundColor : null,
    systemDark: win.matchMedia("(prefers-color-scheme: dark)").matches,
  };
}

export function createUiRoot(doc: Document): UiRoot {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let layer: HTMLElement | null = null;
  const styled = new Set<string>();
  const ensure = (): HTMLElement => {
    if (layer && host?.isConnected) return layer;
    host = doc.createElement(ROOT_TAG);
    shadow = host.attachShadow({ mode: "closed" });
    layer = doc.createElement("div");
    layer.className = "pl-layer";
    shadow.appendChild(layer);
    styled.clear();
    addStyle("base", BASE_CSS);
    doc.documentElement.appendChild(host);
    return layer;
  };
  const addStyle = (id: string, css: string) => {
    if (styled.has(id)) return;
    styled.add(id);
    // Constructed sheets are not inline <style>: a page's strict CSP (style-src without 'unsafe-inline') allows them.
    try {
      const sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow!.adoptedStyleSheets = [...shadow!.adoptedStyleSheets, sheet];
    } catch {
      const el = doc.createElement("style");
      el.textContent = css;
      shadow!.appendChild(el);
    }
  };
  return {
    // Read as a piece of UI is put in: a page can switch its theme (or the system its preference) at any time.
    get layer() {
      const el = ensure();
      const scheme = pageScheme(readPageLook(doc));
      if (el.getAttribute("data-scheme") !== scheme) el.setAttribute("data-scheme", scheme);
      return el;
    },
    holds: (target) => !!host && target === host,
    addStyles(id, css) {
      ensure();
      addStyle(id, css);
    },
    destroy() {
      host?.remove();
      host = shadow = layer = null;
    },
  };
}
