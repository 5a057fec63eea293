// One organisation: canonical name, the other forms it appeared in, mention count.
import type { OrganisationItem } from "./model";
import { t } from "./i18n";

export function OrganisationRow({ item, onActivate }: { item: OrganisationItem; onActivate: (id: string) => void }) {
  const { org } = item;
  const variants = org.variants.filter((v) => v !== org.name);
  return (
    <button type="button" class="item kind-organisation" data-primary onClick={() => onActivate(item.id)}>
      <span class="item-title">
        <span class="name">{org.name}</span>
        <span class="badge" title={t("popupMentions", org.mentions.length)}>{org.mentions.length}</span>
      </span>
      {variants.length > 0 && <span class="item-line">{t("popupVariants", variants.join(", "))}</span>}
    </button>
  );
}
