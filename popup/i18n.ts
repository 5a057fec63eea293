// UI strings in the browser's UI language (browser.i18n, from _locales). Outside the extension (tests, the
// benchmark) the English messages are read directly, so the same components render there unchanged.
import en from "../_locales/en/messages.json";

export type MessageKey = keyof typeof en;

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type GetMessage = (key: string, substitutions?: string[]) => string;

let getMessage: GetMessage | null = null;

/** The extension pages call this once with `browser.i18n.getMessage`. */
export function setMessageSource(source: GetMessage | null): void {
  getMessage = source;
}

/** English from the bundled file, with placeholders and $1…$9 filled in the way the browser does. */
function english(key: MessageKey, subs: string[]): string {
  const entry = en[key] as Entry;
  const named = entry.message.replace(
    /\$([A-Za-z0-9_]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? "",
  );
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? "");
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  return getMessage?.(key, s) || english(key, s);
}
