// The popup's heading: the page's title and language, why there are no annotations if there are none,
// and the way to the library, the settings, a full-tab view and the side panel.
import type { TabState } from "../src/messages/types";
import type { Lang } from "../src/extract/types";
import { t, type MessageKey } from "./i18n";

const LANG_NAMES: Record<Lang, MessageKey> = {
  ru: "popupLangRu",
  en: "popupLangEn",
  kk: "popupLangKk",
  other: "popupLangOther",
};

interface Props {
  state: TabState;
  onRun: () => void;
  onToggleHighlights: () => void;
  onOpen: (what: "library" | "settings" | "tab") => void;
  /** Present where the side panel can be opened from here (the popup); runs in the click, as browsers require. */
  onOpenSidePanel?: () => void;
}

function statusLine(state: TabState): string | null {
  if (state.status === "not-article") return [t("popupNotArticle"), state.message].filter(Boolean).join(" ");
  if (state.status === "not-run") return t("popupNotRun");
  if (state.status === "error") return t("popupError", state.message ?? "");
  return null;
}

export function PageHeader({ state, onRun, onToggleHighlights, onOpen, onOpenSidePanel }: Props) {
  const status = statusLine(state);
  // The outlet the story comes from is the page's source, shown here, not among the story's organisations.
  const sources = (state.result?.organisations ?? []).filter((o) => o.outlet).map((o) => o.name);
  return (
    <header class="page-header">
      <h1 data-testid="page-title">{state.page.title || t("popupUntitled")}</h1>
      <p class="meta">
        <span data-testid="page-lang">{t("popupLanguage", t(LANG_NAMES[state.page.lang] ?? "popupLangOther"))}</span>
        {sources.length > 0 && <span data-testid="page-source">{t("popupSource", sources.join(", "))}</span>}
      </p>
      {status && (
        <p class="status" role="status">
          {status}
          {state.status !== "annotated" && (
            <button type="button" class="small" data-testid="run" onClick={onRun}>
              {t("popupRunNow")}
            </button>
          )}
        </p>
      )}
      <nav class="header-actions">
        <button type="button" class="small" aria-pressed={state.highlightsVisible} onClick={onToggleHighlights}>
          {t("popupToggleHighlights")}
        </button>
        <button type="button" class="small" data-testid="open-library" onClick={() => onOpen("library")}>
          {t("popupOpenLibrary")}
        </button>
        <button type="button" class="small" onClick={() => onOpen("settings")}>
          {t("popupOpenSettings")}
        </button>
        <button type="button" class="small" onClick={() => onOpen("tab")}>
          {t("popupOpenInTab")}
        </button>
        {onOpenSidePanel && (
          <button type="button" class="small" data-testid="open-side-panel" onClick={onOpenSidePanel}>
            {t("popupOpenSidePanel")}
          </button>
        )}
      </nav>
    </header>
  );
}
