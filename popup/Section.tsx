// A collapsible section of the popup. Its heading button says whether it is open (aria-expanded); a switch
// beside it shows or hides that kind's highlights on the page.
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { t } from "./i18n";

interface Props {
  testId: string;
  title: string;
  count: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Present for kinds drawn on the page: whether they are shown there now. */
  shownOnPage?: boolean;
  onShownOnPageChange?: (shown: boolean) => void;
  /** A line under the heading explaining the group (the orphans say why they are apart). */
  hint?: string;
  tone?: "warning";
  children: ComponentChildren;
}

export function Section({
  testId,
  title,
  count,
  open,
  onOpenChange,
  shownOnPage,
  onShownOnPageChange,
  hint,
  tone,
  children,
}: Props) {
  const bodyId = useId();
  return (
    <section data-testid={testId} class={tone ? `section ${tone}` : "section"} aria-label={title}>
      <div class="section-head">
        <h2>
          <button
            type="button"
            class="section-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => onOpenChange(!open)}
          >
            <span class="chevron" aria-hidden="true">
              {open ? "▾" : "▸"}
            </span>
            {title}
            <span class="count">{count}</span>
          </button>
        </h2>
        {shownOnPage !== undefined && (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={shownOnPage}
              onChange={(e) => onShownOnPageChange?.((e.currentTarget as HTMLInputElement).checked)}
            />
            {t("popupShowOnPage")}
          </label>
        )}
      </div>
      <div id={bodyId} hidden={!open} class="section-body">
        {hint && <p class="hint">{hint}</p>}
        {children}
      </div>
    </section>
  );
}
