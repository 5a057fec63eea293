// The filter row: free text (words must all match; #word matches tags), kind and tag.
import type { Filter, ListKind } from "./model";
import { t, type MessageKey } from "./i18n";

const KIND_OPTIONS: [ListKind | "all", MessageKey][] = [
  ["all", "popupKindAll"],
  ["expert", "popupExperts"],
  ["organisation", "popupOrganisations"],
  ["policy-option", "popupPolicyOptions"],
  ["note", "popupNotes"],
];

interface Props {
  filter: Filter;
  tags: string[];
  onChange: (filter: Filter) => void;
}

export function SearchBar({ filter, tags, onChange }: Props) {
  return (
    <div class="search-bar" role="search">
      <input
        type="search"
        data-testid="search"
        aria-label={t("popupSearchLabel")}
        placeholder={t("popupSearchPlaceholder")}
        value={filter.text}
        onInput={(e) => onChange({ ...filter, text: (e.currentTarget as HTMLInputElement).value })}
      />
      <select
        aria-label={t("popupKindLabel")}
        data-testid="filter-kind"
        value={filter.kind}
        onChange={(e) => onChange({ ...filter, kind: (e.currentTarget as HTMLSelectElement).value as Filter["kind"] })}
      >
        {KIND_OPTIONS.map(([value, label]) => (
          <option value={value} key={value}>
            {t(label)}
          </option>
        ))}
      </select>
      {tags.length > 0 && (
        <select
          aria-label={t("popupTagLabel")}
          data-testid="filter-tag"
          value={filter.tag ?? ""}
          onChange={(e) => onChange({ ...filter, tag: (e.currentTarget as HTMLSelectElement).value || null })}
        >
          <option value="">{t("popupTagAll")}</option>
          {tags.map((tag) => (
            <option value={tag} key={tag}>
              #{tag}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
