// The side panel: the popup's view of a page (App) for the tab in front in the panel's window, kept live. It
// hears the browser's tab events and the background's word through `subscribe` (side-panel-main.tsx), so tests
// drive it with plain events; what each event changes is panel-state.ts's.
import { useEffect, useMemo, useReducer } from "preact/hooks";
import type { PopupApi } from "./api";
import { App } from "./App";
import { t } from "./i18n";
import { nextPanelState, type PanelEvent, type PanelState } from "./panel-state";

interface Props {
  initial: PanelState;
  /** The view of one tab: the popup's, for the tab the panel describes. */
  apiFor: (tabId: number) => PopupApi;
  /** Starts passing events to `listener`; answers how to stop. */
  subscribe: (listener: (event: PanelEvent) => void) => () => void;
}

export function SidePanel({ initial, apiFor, subscribe }: Props) {
  const [state, dispatch] = useReducer(nextPanelState, initial);
  useEffect(() => subscribe(dispatch), [subscribe]);
  const api = useMemo(() => (state.tabId === null ? null : apiFor(state.tabId)), [state.tabId]);
  return (
    <div data-testid="side-panel" class="side-panel">
      {api ? (
        // A tab of its own starts a view of its own: the last tab's filter and editor do not carry over.
        <App key={state.tabId} api={api} revision={state.revision} marked={state.hovered} />
      ) : (
        <p role="alert">{t("popupNoTab")}</p>
      )}
    </div>
  );
}
