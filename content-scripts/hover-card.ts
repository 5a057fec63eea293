// The hover card: what an annotation is and why it is marked, with "Add note" and "Not an expert / wrong".
// Page text is only ever set as textContent.
import type { AnnotationView } from "../src/annotations";
import { KIND_COLOURS } from "../src/colours";
import type { UiRoot } from "./ui-root";

const CARD_CSS = `
.pl-card h3 { margin: 0 0 4px; font-size: 14px; font-weight: 600; overflow-wrap: anywhere; }
.pl-card .pl-kind { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; opacity: .75; }
.pl-card dl { margin: 6px 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
.pl-card dt { opacity: .7; }
.pl-card dd { margin: 0; overflow-wrap: anywhere; }
.pl-card .pl-actions { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; }
.pl-card .pl-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
${Object.entries(KIND_COLOURS)
  .map(([k, c]) => `.pl-card .pl-swatch[data-kind="${k}"] { background: ${c.base}; }`)
  .join("\n")}
`;

export interface CardLabels {
  kinds: Record<AnnotationView["kind"], string>;
  role: string;
  affiliation: string;
  mentions: string;
  proposer: string;
  outlet: string;
  author: string;
  why: string;
  variants: string;
  addNote: string;
  wrong: string;
  notExpert: string;
}

export interface HoverCard {
  show(view: AnnotationView, at: DOMRect, scroll: { x: number; y: number }): void;
  hide(): void;
  /** The annotation the card shows, if it is open. */
  readonly current: AnnotationView | null;
}

export function createHoverCard(
  ui: UiRoot,
  /** Read when the card first opens: looking strings up costs start-up time on every page otherwise. */
  getLabels: () => CardLabels,
  actions: { addNote(view: AnnotationView): void; markWrong(view: AnnotationView): void },
): HoverCard {
  let card: HTMLElement | null = null;
  let current: AnnotationView | null = null;

  const row = (dl: HTMLElement, term: string, value: string) => {
    const dt = dl.ownerDocument.createElement("dt");
    dt.textContent = term;
    const dd = dl.ownerDocument.createElement("dd");
    dd.textContent = value;
    dl.append(dt, dd);
  };

  return {
    get current() {
      return current;
    },
    show(view, at, scroll) {
      const labels = getLabels();
      ui.addStyles("card", CARD_CSS);
      const doc = ui.layer.ownerDocument;
      card?.remove();
      card = doc.createElement("div");
      card.className = "pl-panel pl-card";
      card.setAttribute("role", "dialog");
      card.setAttribute("aria-label", labels.kinds[view.kind]);
      card.setAttribute("data-testid", "hover-card");
      const kind = doc.createElement("span");
      kind.className = "pl-kind";
      const swatch = doc.createElement("span");
      swatch.className = "pl-swatch";
      swatch.setAttribute("data-kind", view.kind);
      kind.append(swatch, labels.kinds[view.kind]);
      const title = doc.createElement("h3");
      title.textContent = view.label.length > 160 ? `${view.label.slice(0, 157)}…` : view.label;
      const dl = doc.createElement("dl");
      if (view.role) row(dl, labels.role, view.role);
      if (view.affiliation) row(dl, labels.affiliation, view.affiliation);
      if (view.kind !== "policy-option") row(dl, labels.mentions, String(view.mentionCount));
      if (view.variants.length) row(dl, labels.variants, view.variants.join(", "));
      if (view.kind === "policy-option")
        row(dl, labels.proposer, view.proposer ?? (view.byAuthor ? labels.author : labels.outlet));
      if (view.cues.length)
        row(
          dl,
          labels.why,
          view.cues
            .slice(0, 3)
            .map((c) => `cue: ${c}`)
            .join("; "),
        );
      const buttons = doc.createElement("div");
      buttons.className = "pl-actions";
      const add = doc.createElement("button");
      add.textContent = labels.addNote;
      add.setAttribute("data-testid", "card-add-note");
      // Only the reader's own clicks act: the page's scripts cannot reach in here, and synthetic events never count.
      add.addEventListener("click", (e) => e.isTrusted && actions.addNote(view));
      const wrong = doc.createElement("button");
      wrong.textContent = view.kind === "expert" ? labels.notExpert : labels.wrong;
      wrong.setAttribute("data-testid", "card-wrong");
      wrong.addEventListener("click", (e) => e.isTrusted && actions.markWrong(view));
      buttons.append(add, wrong);
      card.append(kind, title, dl, buttons);
      card.style.left = `${Math.max(4, at.left + scroll.x)}px`;
      card.style.top = `${at.bottom + scroll.y + 6}px`;
      ui.layer.appendChild(card);
      current = view;
    },
    hide() {
      card?.remove();
      card = null;
      current = null;
    },
  };
}
