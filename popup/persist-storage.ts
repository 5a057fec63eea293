// Asks the browser to keep the extension's storage (the reader's notes) even under storage pressure.
// Only pages can ask (service workers cannot), so the popup and the library ask each time they open;
// the browser remembers a grant, and a refusal changes nothing else.
export function requestPersistentStorage(nav: Navigator = navigator): void {
  void nav.storage?.persist?.().catch(() => false);
}
