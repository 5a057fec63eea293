// Entity names as buttons: each opens "every article where this appears".
import type { AnnotationKind } from "../src/extract/types";
import { t } from "./i18n";

export interface Chip {
  kind: AnnotationKind;
  name: string;
  /** Shown after the name: mentions on a page, or articles across the library. */
  count: number;
  countLabel: "popupMentions" | "libraryArticleCount";
}

export function EntityChips({
  chips,
  onOpen,
  label,
}: {
  chips: Chip[];
  onOpen: (kind: AnnotationKind, name: string) => void;
  label: string;
}) {
  return (
    <ul class="chips" aria-label={label}>
      {chips.map((c) => (
        <li key={`${c.kind}:${c.name}`}>
          <button
            type="button"
            class={`chip kind-${c.kind}`}
            title={t(c.countLabel, c.count)}
            onClick={() => onOpen(c.kind, c.name)}
          >
            {c.name} <span class="count">{c.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
