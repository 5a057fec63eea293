// Library entry: a full-tab page over the whole store.
import { render } from "preact";
import browser from "webextension-polyfill";
import { browserLibraryApi } from "./browser-api";
import { setMessageSource, t } from "./i18n";
import { Library, type LibraryTab } from "./Library";
import { requestPersistentStorage } from "./persist-storage";

setMessageSource((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t("libraryTitle");
const fromHash = location.hash.slice(1);
const initialTab: LibraryTab = fromHash === "settings" || fromHash === "notes" ? fromHash : "pages";
requestPersistentStorage();
render(
  <Library api={browserLibraryApi()} backup={browser.runtime} initialTab={initialTab} />,
  document.getElementById("app")!,
);
