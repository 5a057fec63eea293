// The host of everything PolicyLens shows inside a page: one <policylens-root> element with a CLOSED shadow
// root, so page styles cannot leak in and ours cannot leak out, and the page's scripts cannot reach inside:
// `host.shadowRoot` is null to them, events from inside reach them retargeted to the host, and the only
// reference to the root stays in this isolated world. Created on first use, removed on destroy.
export const ROOT_TAG = "policylens-root";

const BASE_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647; }
* { box-sizing: border-box; }
.pl-panel {
  position: absolute; max-width: 360px; min-width: 220px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #fff; color: #1d2329; border: 1px solid #c9d1d9; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
@media (prefers-color-scheme: dark) {
  .pl-panel { background: #1f2428; color: #e6edf3; border-color: #3d444d; }
  button { background: #2d333b; color: #e6edf3; border-color: #545d68; }
  textarea, input { background: #161b22; color: #e6edf3; border-color: #545d68; }
}
button {
  font: inherit; cursor: pointer; padding: 4px 10px; border-radius: 6px; border: 1px solid #c9d1d9;
  background: #f6f8fa; color: #1d2329;
}
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #1f6feb; outline-offset: 1px; }
`;

export interface UiRoot {
  shadow: ShadowRoot;
  /** Whether an event's target, as a listener outside the root sees it (retargeted to the host), is our UI. */
  holds(target: EventTarget | null): boolean;
  /** Adds a stylesheet for one component, once. */
  addStyles(id: string, css: string): void;
  destroy(): void;
}

export function createUiRoot(doc: Document): UiRoot {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  const styled = new Set<string>();
  const ensure = (): ShadowRoot => {
    if (shadow && host?.isConnected) return shadow;
    host = doc.createElement(ROOT_TAG);
    shadow = host.attachShadow({ mode: "closed" });
    styled.clear();
    addStyle("base", BASE_CSS);
    doc.documentElement.appendChild(host);
    return shadow;
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
    get shadow() {
      return ensure();
    },
    holds: (target) => !!host && target === host,
    addStyles(id, css) {
      ensure();
      addStyle(id, css);
    },
    destroy() {
      host?.remove();
      host = shadow = null;
    },
  };
}
