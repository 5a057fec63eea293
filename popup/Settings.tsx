// Settings: extra sites for automatic annotation (each asks the browser for access), highlight colours,
// which kinds are highlighted, and the keyboard shortcuts.
import { useEffect, useState } from "preact/hooks";
import { KIND_COLOURS } from "../src/colours";
import type { AnnotationKind } from "../src/extract/types";
import type { LibraryApi, Shortcut } from "./api";
import { t, type MessageKey } from "./i18n";
import { siteOf, sitePattern } from "./site-pattern";

/**
 * Opaque versions of the page's highlight colours: what a colour picker can show. The reader's notes are
 * not here: each note has its own colour, chosen in the note editor.
 */
export const DEFAULT_COLOURS: Record<AnnotationKind, string> = {
  expert: KIND_COLOURS.expert.base,
  organisation: KIND_COLOURS.organisation.base,
  "policy-option": KIND_COLOURS["policy-option"].base,
};
const KIND_LABELS: [AnnotationKind, MessageKey][] = [
  ["expert", "popupExperts"],
  ["organisation", "popupOrganisations"],
  ["policy-option", "popupPolicyOptions"],
];
const DEFAULT_KINDS: Record<AnnotationKind, boolean> = { expert: true, organisation: true, "policy-option": true };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function Settings({ api }: { api: LibraryApi }) {
  const [sites, setSites] = useState<string[]>([]);
  const [siteInput, setSiteInput] = useState("");
  const [colours, setColours] = useState(DEFAULT_COLOURS);
  const [kinds, setKinds] = useState(DEFAULT_KINDS);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [s, c, k, sc] = await Promise.all([
        api.getSetting("sites.extra"),
        api.getSetting("colours"),
        api.getSetting("kinds"),
        api.shortcuts(),
      ]);
      if (Array.isArray(s)) setSites(s.filter((x): x is string => typeof x === "string"));
      if (isRecord(c)) setColours({ ...DEFAULT_COLOURS, ...(c as Partial<Record<AnnotationKind, string>>) });
      if (isRecord(k)) setKinds({ ...DEFAULT_KINDS, ...(k as Partial<Record<AnnotationKind, boolean>>) });
      setShortcuts(sc);
    })().catch((e: unknown) => setMessage(t("popupActionFailed", String(e))));
  }, []);

  const store = (key: string, value: unknown) =>
    api.setSetting(key, value).then(
      () => setMessage(t("settingsSaved")),
      (e: unknown) => setMessage(t("popupActionFailed", String(e))),
    );

  function addSite(e: Event) {
    e.preventDefault();
    const pattern = sitePattern(siteInput);
    if (!pattern) return setMessage(t("settingsSiteInvalid"));
    // Straight from the submit: browsers grant host access only while handling the reader's gesture.
    api.requestHosts([pattern]).then(
      async (granted) => {
        if (!granted) return setMessage(t("settingsPermissionDenied", siteOf(pattern)));
        const next = [...new Set([...sites, pattern])];
        setSites(next);
        setSiteInput("");
        await store("sites.extra", next);
      },
      (err: unknown) => setMessage(t("popupActionFailed", String(err))),
    );
  }
  async function removeSite(pattern: string) {
    const next = sites.filter((s) => s !== pattern);
    setSites(next);
    await store("sites.extra", next);
    await api.removeHosts([pattern]).catch(() => undefined);
  }

  return (
    <div class="settings" data-testid="settings">
      <fieldset>
        <legend>{t("settingsSites")}</legend>
        <p class="hint">{t("settingsSitesHint")}</p>
        {sites.length ? (
          <ul aria-label={t("settingsSites")}>
            {sites.map((p) => (
              <li key={p}>
                {siteOf(p)}{" "}
                <button
                  type="button"
                  class="small"
                  aria-label={t("settingsRemoveSite", siteOf(p))}
                  onClick={() => void removeSite(p)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t("settingsNoSites")}</p>
        )}
        <form class="field" onSubmit={addSite}>
          <input
            type="text"
            data-testid="site-input"
            aria-label={t("settingsSiteInput")}
            placeholder={t("settingsSiteInput")}
            value={siteInput}
            onInput={(e) => setSiteInput((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="add-site">
            {t("settingsAddSite")}
          </button>
        </form>
      </fieldset>
      <fieldset>
        <legend>{t("settingsKinds")}</legend>
        {KIND_LABELS.map(([kind, label]) => (
          <label class="field" key={kind}>
            <input
              type="checkbox"
              data-testid={`kind-${kind}`}
              checked={kinds[kind as AnnotationKind]}
              onChange={(e) => {
                const next = { ...kinds, [kind]: (e.currentTarget as HTMLInputElement).checked };
                setKinds(next);
                void store("kinds", next);
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("settingsColours")}</legend>
        {KIND_LABELS.map(([kind, label]) => (
          <label class="field" key={kind}>
            <input
              type="color"
              data-testid={`colour-${kind}`}
              value={colours[kind]}
              onChange={(e) => {
                const next = { ...colours, [kind]: (e.currentTarget as HTMLInputElement).value };
                setColours(next);
                void store("colours", next);
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("settingsShortcuts")}</legend>
        <ul>
          {shortcuts.map((s) => (
            <li key={s.name}>
              {s.description || (s.name === "_execute_action" ? t("settingsOpenPopup") : s.name)}:{" "}
              {s.shortcut ? <kbd>{s.shortcut}</kbd> : t("settingsShortcutNotSet")}
            </li>
          ))}
        </ul>
        <p class="hint">{t("settingsShortcutsHint")}</p>
      </fieldset>
      <p role="status" aria-live="polite" class="hint">
        {message}
      </p>
    </div>
  );
}
