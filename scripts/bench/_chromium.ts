// The browser benches run only where Chromium is installed; elsewhere they say why they skipped.
import { chromiumPath } from "../lib/browser";

export function hasChromium(): boolean {
  try {
    chromiumPath();
    return true;
  } catch (e) {
    console.log(`skipped: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
