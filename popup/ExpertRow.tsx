// One expert: name, role and affiliation, mention count, and the options they propose.
import type { ExpertItem } from "./model";
import { t } from "./i18n";
import { MentionCount } from "./MentionCount";

export function ExpertRow({ item, onActivate }: { item: ExpertItem; onActivate: (id: string) => void }) {
  const { person, options } = item;
  const about = [person.role, person.affiliation].filter(Boolean).join(", ");
  return (
    <button type="button" class="item kind-expert" data-primary onClick={() => onActivate(item.id)}>
      <span class="item-title">
        <span class="name">{person.name}</span>
        <MentionCount count={person.mentions.length} />
      </span>
      {about && <span class="item-line">{about}</span>}
      {options.map((o) => (
        <span class="item-line option-line" key={o.id}>
          {t("popupProposes", o.text)}
        </span>
      ))}
    </button>
  );
}
