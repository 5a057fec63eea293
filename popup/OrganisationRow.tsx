// One organisation: canonical name, the other forms it appeared in, mention count.
import type { OrganisationItem } from "./model";
import { t } from "./i18n";
import { MentionCount } from "./MentionCount";

export function OrganisationRow({ item, onActivate }: { item: OrganisationItem; onActivate: (id: string) => void }) {
  const { org } = item;
  const variants = org.variants.filter((v) => v !== org.name);
  return (
    <button type="button" class="item kind-organisation" data-primary onClick={() => onActivate(item.id)}>
      <span class="item-title">
        <span class="name">{org.name}</span>
        <MentionCount count={org.mentions.length} />
      </span>
      {variants.length > 0 && <span class="item-line">{t("popupVariants", variants.join(", "))}</span>}
    </button>
  );
}
