// One policy option: its text and who proposes it: a person, else the author of a first-person post, else the outlet
// (by name when the text names it).
import type { OptionItem } from "./model";
import { t } from "./i18n";

export function OptionRow({ item, onActivate }: { item: OptionItem; onActivate: (id: string) => void }) {
  const { option, outlet, byAuthor } = item;
  const by = option.proposer
    ? t("popupProposedBy", option.proposer)
    : byAuthor
      ? t("popupProposedByAuthor")
      : outlet
        ? t("popupProposedByNamedOutlet", outlet)
        : t("popupProposedByOutlet");
  return (
    <button type="button" class="item kind-policy-option" data-primary onClick={() => onActivate(item.id)}>
      <span class="item-text">{option.text}</span>
      <span class="item-line">{by}</span>
    </button>
  );
}
