// One policy option: its text and who proposes it (a person, or the outlet itself).
import type { OptionItem } from "./model";
import { t } from "./i18n";

export function OptionRow({ item, onActivate }: { item: OptionItem; onActivate: (id: string) => void }) {
  const { option } = item;
  return (
    <button type="button" class="item kind-policy-option" data-primary onClick={() => onActivate(item.id)}>
      <span class="item-text">{option.text}</span>
      <span class="item-line">
        {option.proposer ? t("popupProposedBy", option.proposer) : t("popupProposedByOutlet")}
      </span>
    </button>
  );
}
