// The three contexts working together in a real Chromium with dist/ loaded: the content script runs on a
// fixture page served at its real address, the background answers, the popup shows the tab's data, storage
// survives a restart, and no request leaves the machine.
import { afterEach, describe, expect, it } from "vitest";
import { launch, type Session, tabIdOf, tabState } from "../../scripts/lib/browser";
import { REFERENCE } from "./fixtures";

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe("foundation", () => {
  it("runs the content script, answers from the background, and shows the tab in the popup", async () => {
    session = await launch([REFERENCE]);
    const page = await session.context.newPage();
    await page.goto(REFERENCE.url);
    // The content script draws into the page's highlight registry once the engine has run.
    await page.waitForFunction(() => CSS.highlights.has("policylens-organisation"), null, { timeout: 20_000 });

    const tabId = await tabIdOf(session, REFERENCE.url);
    // Readability ran in the extension's offscreen document, not on the page's main thread.
    const state = await tabState(session, tabId);
    expect(state.articleReader).toBe("extension");
    const r = state.result!;
    const shown = r.people.filter((p) => p.expert).length + r.organisations.length + r.policyOptions.length;
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=${tabId}`);
    const ping = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ channel: "policylens/1", name: "ping", data: {} }),
    );
    expect(ping).toEqual({ ok: true, result: { version: "0.1.0" } });
    const invalid = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ channel: "policylens/1", name: "notes/delete", data: { id: 42 } }),
    );
    expect(invalid).toEqual({ ok: false, error: "invalid message: notes/delete.id must be a string, not number" });
    // The toolbar badge counts the page's annotations.
    expect(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(shown));

    await expect
      .poll(() => popup.getByTestId("section-organisations").textContent(), { timeout: 10_000 })
      .toContain("КНБ");
    expect(await popup.locator("body").textContent()).toContain("Казахстану важно защитить");
    expect(session.stray).toEqual([]);
  });

  it("keeps a value written through the background across a browser restart", async () => {
    session = await launch([REFERENCE]);
    const profile = session.profile;
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
    const set = await ext.evaluate(() =>
      chrome.runtime.sendMessage({
        channel: "policylens/1",
        name: "settings/set",
        data: { key: "e2e.persist", value: { n: 42, s: "Рысмамбетов" } },
      }),
    );
    expect(set).toEqual({ ok: true, result: { value: { n: 42, s: "Рысмамбетов" } } });
    await session.close();

    session = await launch([REFERENCE], profile);
    const again = await session.context.newPage();
    await again.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
    const got = await again.evaluate(() =>
      chrome.runtime.sendMessage({ channel: "policylens/1", name: "settings/get", data: { key: "e2e.persist" } }),
    );
    expect(got).toEqual({ ok: true, result: { value: { n: 42, s: "Рысмамбетов" } } });
    expect(session.stray).toEqual([]);
  });

  it("records requests nobody answered, so the no-network assertions above can fail", async () => {
    session = await launch([REFERENCE]);
    const page = await session.context.newPage();
    await page.goto(REFERENCE.url);
    await page.evaluate(() => fetch("https://tracker.invalid/pixel").catch(() => null));
    expect(session.stray).toContain("https://tracker.invalid/pixel");
  });
});
