// Real-browser harness: Debian's Chromium driven by playwright-core with dist/ loaded as an unpacked extension,
// shared by the browser tests (test/e2e/), `npm start` and the browser benches. Every request is routed:
// fixture pages answer at their real addresses from local files, and anything else is refused and recorded,
// so a test can assert that nothing left the machine.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, type CDPSession, chromium, type Locator, type Page, type Worker } from "playwright-core";
import { ROOT_TAG } from "../../content-scripts/ui-root";
import type { TabState } from "../../src/messages/types";
import { READ_DWELL_MS } from "../../src/page/read-dwell";

const root = resolve(import.meta.dirname, "../..");
export const DIST = join(root, "dist");
/** The same extension with Firefox's manifest (scripts/build.mjs). */
export const DIST_FIREFOX = join(root, "dist-firefox");

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path))
    throw new Error(
      `Chromium not found at ${path}. Install Debian's build with \`apt-get update && apt-get install -y chromium\`, ` +
        "or set CHROMIUM_PATH to a Chromium binary. Browser tests never pass without a browser.",
    );
  return path;
}

const PAGE_ASSETS = new Set(["image", "stylesheet", "script", "font", "media", "texttrack", "manifest"]);

export interface RoutedPage {
  url: string;
  file: string;
  contentType?: string;
  /** Extra response headers, e.g. a strict Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface Session {
  context: BrowserContext;
  profile: string;
  extensionId: string;
  worker: Worker;
  /** Requests the test did not answer (refused): must stay empty. */
  stray: string[];
  /** Page addresses currently served; tests may change what an address serves. */
  routes: Map<string, RoutedPage>;
  close(): Promise<void>;
}

/** Launches Chromium with the extension; reuse `profile` to test what survives a restart. */
export async function launch(
  pages: RoutedPage[],
  profile = mkdtempSync(join(tmpdir(), "policylens-profile-")),
  {
    headless = true,
    args = [],
    scrollbars = false,
  }: {
    headless?: boolean;
    /** More Chromium switches, e.g. for CDP's Extensions domain. */
    args?: string[];
    /** Classic scrollbars that take room, as a reader's browser has (headless hides them by default). */
    scrollbars?: boolean;
  } = {},
): Promise<Session> {
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error("dist/ is not built: run `npm run build` first");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    ignoreDefaultArgs: ["--disable-extensions", ...(scrollbars ? ["--hide-scrollbars"] : [])],
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...args,
    ],
    viewport: { width: 1280, height: 900 },
  });
  const routes = new Map(pages.map((p) => [p.url, p]));
  const stray: string[] = [];
  // The extension's own files load from the package, not the network: they pass untouched.
  await context.route(
    (u) => u.protocol !== "chrome-extension:",
    async (route) => {
      const url = route.request().url();
      const page = routes.get(url);
      if (page) {
        await route.fulfill({
          status: 200,
          contentType: page.contentType ?? "text/html; charset=utf-8",
          headers: page.headers,
          body: readFileSync(page.file),
        });
        return;
      }
      // A saved page's own images, styles and scripts get an empty answer from the test (they would come from
      // the real site); their own scripts are thereby off too. Any request of another kind — a document, a
      // fetch, a beacon — is something nobody asked for: refused and recorded.
      if (PAGE_ASSETS.has(route.request().resourceType())) {
        await route.fulfill({ status: 204, body: "" });
        return;
      }
      stray.push(url);
      await route.abort("blockedbyclient");
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return { context, profile, extensionId, worker, stray, routes, close: () => context.close() };
}

/** Opens a routed page and waits until the content script has drawn its highlights. */
export async function openArticle(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
  return page;
}

/** After the read dwell, the time the content script takes to enter the page in the library. */
const ENTRY_MARGIN_MS = 1500;

/**
 * Opens a routed article and reads it: it stays in the foreground for the read dwell, so it enters the library
 * (an article only glanced at does not). Another tab brought to the front earlier would stop the count.
 */
export async function readArticle(session: Session, url: string): Promise<Page> {
  const page = await openArticle(session, url);
  await page.bringToFront();
  await page.waitForTimeout(READ_DWELL_MS + ENTRY_MARGIN_MS);
  return page;
}

/** What the content script of a tab reports (`tab/state`), asked from an extension page as the popup does. */
export async function tabState(session: Session, tabId: number): Promise<TabState> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const reply = await ext.evaluate(
    (id) => chrome.tabs.sendMessage(id, { channel: "policylens/1", name: "tab/state", data: {} }),
    tabId,
  );
  await ext.close();
  if (!reply?.ok) throw new Error(`tab/state failed: ${JSON.stringify(reply)}`);
  return reply.result as TabState;
}

/** The id Chrome gave a page's tab, asked from an extension page. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup/index.html?tabId=0`);
  const id = await ext.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  await ext.close();
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** What `DOM.getDocument` answers: a node and, with `pierce`, its children, shadow roots and frames' documents. */
interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * The extension's in-page UI (hover card, toolbar, note editor, toast), reached as only a test can: its shadow
 * root is closed, so the page's scripts and Playwright's locators cannot see inside; the DevTools protocol can.
 * The note editor's fields live in an extension-origin frame inside it, which Playwright reaches as a frame.
 * Elements are found by `data-testid` and driven with trusted input (real mouse and keyboard events).
 */
export interface InPageUi {
  /** How many elements with this test id the UI holds now. */
  count(testId: string): Promise<number>;
  /** Clicks the (first) element's centre with the mouse, scrolled into view first. */
  click(testId: string): Promise<void>;
  /** Clicks a text field and replaces its content by typing `text`. */
  fill(testId: string, text: string): Promise<void>;
  /** Runs `fn` on the (first) element and returns its JSON-able result; the element never reaches the page's scripts. */
  evaluate<R>(testId: string, fn: (el: HTMLElement) => R): Promise<R>;
}

/** The note editor's extension-origin frame (content-scripts/notes/editor-frame.html), as its address shows it. */
const EDITOR_FRAME = "/content-scripts/notes/editor-frame.html";
/** How long a click, fill or evaluate waits for its element to appear, and how often it looks. */
const LOCATE_TIMEOUT_MS = 5000;
const LOCATE_POLL_MS = 50;

export function inPageUi(page: Page): InPageUi {
  let cdp: Promise<CDPSession> | null = null;
  const session = () => (cdp ??= page.context().newCDPSession(page));
  const findHost = (node: CdpNode): CdpNode | null => {
    if (node.localName === ROOT_TAG) return node;
    for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = findHost(next);
      if (found) return found;
    }
    return null;
  };
  const find = async (testId: string): Promise<number[]> => {
    const s = await session();
    const { root } = (await s.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return [];
    const { nodeIds } = await s.send("DOM.querySelectorAll", {
      nodeId: shadow.nodeId,
      selector: `[data-testid="${testId}"]`,
    });
    return nodeIds;
  };
  /** The element in the note editor's frame, which Playwright reaches as any frame (its input is trusted). */
  const inEditor = (testId: string) =>
    page
      .frames()
      .filter((f) => f.url().split(/[?#]/)[0]!.endsWith(EDITOR_FRAME))
      .map((f) => f.locator(`[data-testid="${testId}"]`));
  const editorCount = async (testId: string) =>
    (await Promise.all(inEditor(testId).map((l) => l.count().catch(() => 0)))).reduce((a, b) => a + b, 0);
  /**
   * The (first) element with this test id: in the shadow root, or in the editor's frame. Waited for a while, as
   * Playwright's locators wait: the editor's frame loads after the click that opens it.
   */
  const locate = async (testId: string): Promise<{ nodeId: number } | { locator: Locator }> => {
    const until = Date.now() + LOCATE_TIMEOUT_MS;
    for (;;) {
      const [nodeId] = await find(testId);
      if (nodeId !== undefined) return { nodeId };
      for (const locator of inEditor(testId))
        if (await locator.count().catch(() => 0)) return { locator: locator.first() };
      if (Date.now() > until) throw new Error(`no element with data-testid "${testId}" in the extension's UI`);
      await new Promise((r) => setTimeout(r, LOCATE_POLL_MS));
    }
  };
  const click = async (testId: string) => {
    const at = await locate(testId);
    if ("locator" in at) return at.locator.click();
    const s = await session();
    const { nodeId } = at;
    await s.send("DOM.scrollIntoViewIfNeeded", { nodeId });
    const { quads } = await s.send("DOM.getContentQuads", { nodeId });
    const q = quads[0];
    if (!q) throw new Error(`data-testid "${testId}" is not laid out`);
    await page.mouse.click((q[0]! + q[2]! + q[4]! + q[6]!) / 4, (q[1]! + q[3]! + q[5]! + q[7]!) / 4);
  };
  return {
    count: async (testId) => (await find(testId)).length + (await editorCount(testId)),
    click,
    async fill(testId, text) {
      await click(testId);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("Delete");
      if (text) await page.keyboard.insertText(text);
    },
    async evaluate<R>(testId: string, fn: (el: HTMLElement) => R): Promise<R> {
      const at = await locate(testId);
      if ("locator" in at) return at.locator.evaluate(fn as (el: SVGElement | HTMLElement) => R);
      const s = await session();
      const { object } = await s.send("DOM.resolveNode", { nodeId: at.nodeId });
      const reply = await s.send("Runtime.callFunctionOn", {
        objectId: object.objectId,
        functionDeclaration: `function () { return (${fn.toString()})(this); }`,
        returnByValue: true,
        awaitPromise: true,
      });
      if (reply.exceptionDetails) throw new Error(`evaluate on "${testId}" failed: ${reply.exceptionDetails.text}`);
      return reply.result.value as R;
    },
  };
}
