// A short message at the bottom of the page with an optional action ("Note deleted — Undo"),
// or an error that stays until dismissed.
import type { UiRoot } from "../ui-root";

const TOAST_CSS = `
.pl-toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); display: flex; gap: 10px; align-items: center; }
.pl-toast[data-kind="error"] { border-color: var(--pl-danger); }
`;
/** How long an undo offer stays. */
const UNDO_MS = 8000;

export interface Toast {
  show(message: string, opts?: { action?: { label: string; testid: string; run(): void }; error?: boolean }): void;
}

export function createToast(win: Window, ui: UiRoot, dismissLabel: () => string): Toast {
  let el: HTMLElement | null = null;
  let timer: number | undefined;
  const hide = () => {
    win.clearTimeout(timer);
    el?.remove();
    el = null;
  };
  return {
    show(message, opts = {}) {
      hide();
      ui.addStyles("toast", TOAST_CSS);
      const doc = win.document;
      el = doc.createElement("div");
      el.className = "pl-panel pl-toast";
      el.setAttribute("role", opts.error ? "alert" : "status");
      el.setAttribute("data-testid", "toast");
      if (opts.error) el.setAttribute("data-kind", "error");
      const text = doc.createElement("span");
      text.textContent = message;
      el.append(text);
      if (opts.action) {
        const { label, testid, run } = opts.action;
        const b = doc.createElement("button");
        b.textContent = label;
        b.setAttribute("data-testid", testid);
        b.addEventListener("click", (e) => {
          if (!e.isTrusted) return;
          hide();
          run();
        });
        el.append(b);
      }
      const close = doc.createElement("button");
      close.textContent = dismissLabel();
      close.addEventListener("click", (e) => e.isTrusted && hide());
      el.append(close);
      ui.layer.appendChild(el);
      // Errors stay until the reader has seen them; undo offers expire.
      if (!opts.error) timer = win.setTimeout(hide, UNDO_MS);
    },
  };
}
