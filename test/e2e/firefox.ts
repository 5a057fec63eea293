// Firefox harness: Debian's Firefox ESR driven over WebDriver BiDi (Playwright drives only its own Firefox
// build), with dist-firefox/ installed as a temporary add-on. Page requests are intercepted as in scripts/lib/browser.ts:
// routed pages answer from local files, a saved page's assets get an empty answer, anything else is
// refused and recorded.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { DIST_FIREFOX, type RoutedPage } from "../../scripts/lib/browser";
import { ROOT_TAG } from "../../content-scripts/ui-root";

/** Pinned so tests can open the add-on's own pages at a known moz-extension:// address. */
/** The note editor's extension-origin frame (content-scripts/notes/editor-frame.html), as its address shows it. */
const EDITOR_FRAME = "/content-scripts/notes/editor-frame.html";

export const EXTENSION_UUID = "6d1d5a38-6f5e-4b0e-9a51-3c3f0e5b2a11";
const ADDON_ID = "policylens@policylens.dev";
const LAUNCH_TIMEOUT_MS = 30_000;
/** Firefox 153+ lets WebDriver open only web addresses unless started with this; the add-on's pages need it. */
const ALLOW_EXTENSION_PAGES = "--remote-allow-system-access";
/** The kinds of request a saved page makes for itself (Fetch's `destination`), answered empty. */
const PAGE_ASSETS = new Set(["image", "style", "script", "font", "audio", "video", "track", "manifest"]);

/** Quiet, offline-friendly defaults: no first-run pages, updates, telemetry or remote settings. */
const PREFS: Record<string, string | number | boolean> = {
  "remote.active-protocols": 1,
  "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.page": 0,
  "browser.startup.homepage_override.mstone": "ignore",
  "browser.aboutwelcome.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.healthreport.uploadEnabled": false,
  "toolkit.telemetry.reportingpolicy.firstRun": false,
  "app.update.disabledForTesting": true,
  "extensions.update.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
};

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      "Firefox not found. Install Debian's build with `apt-get update && apt-get install -y firefox-esr`, " +
        "or set FIREFOX_PATH. Browser tests never pass without a browser.",
    );
  return found;
}

interface BidiMessage {
  id?: number;
  type?: string;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export interface FirefoxSession {
  /** Requests the test did not answer (refused): must stay empty. */
  stray: string[];
  /** Opens a new tab at `url` and waits for its load; returns the tab's browsing context. */
  open(url: string): Promise<string>;
  /** Runs `fn(arg)` in a tab's page and returns its JSON-able result. */
  evaluate<A, R>(context: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Reloads a tab and waits for its load. */
  reload(context: string): Promise<void>;
  /** Clicks, with real pointer input, the element with `data-testid` in the page or in its <policylens-root>. */
  click(context: string, testId: string): Promise<void>;
  /** Clicks that element, then types `text` with real key input. */
  type(context: string, testId: string, text: string): Promise<void>;
  /** Presses and releases one key with real key input (a WebDriver key value, e.g. "\uE008" for Shift). */
  press(context: string, key: string): Promise<void>;
  /** How many elements with this `data-testid` the extension's UI (its closed shadow root and editor frame) holds. */
  uiCount(context: string, testId: string): Promise<number>;
  /** Saves a PNG of the tab's viewport. */
  screenshot(context: string, file: string): Promise<void>;
  /** Polls `fn` in the tab until it returns something truthy. */
  waitFor<R>(context: string, fn: () => R, timeoutMs?: number): Promise<Awaited<R>>;
  close(): Promise<void>;
}

export async function launchFirefox(pages: RoutedPage[]): Promise<FirefoxSession> {
  if (!existsSync(join(DIST_FIREFOX, "manifest.json")))
    throw new Error("dist-firefox/ is not built: run `npm run build` first");
  const profile = mkdtempSync(join(tmpdir(), "policylens-firefox-"));
  writeFileSync(
    join(profile, "user.js"),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join("\n"),
  );
  const child = spawn(
    firefoxPath(),
    ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", ALLOW_EXTENSION_PAGES],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const stop = () => {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const ws = new WebSocket(`${await bidiAddress(child)}/session`);
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    return await startSession(ws, pages, () => {
      ws.close();
      stop();
    });
  } catch (e) {
    stop();
    throw e;
  }
}

/** Firefox prints where WebDriver BiDi listens once it is ready. */
function bidiAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start WebDriver BiDi: ${output.slice(-500)}`)),
      LAUNCH_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`Firefox exited (${code}): ${output.slice(-500)}`)));
  });
}

async function startSession(ws: WebSocket, pages: RoutedPage[], close: () => void): Promise<FirefoxSession> {
  let lastId = 0;
  const waiting = new Map<number, (m: BidiMessage) => void>();
  const send = (method: string, params: object = {}): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, (m) =>
        m.type === "error" ? reject(new Error(`${method}: ${m.error} ${m.message}`)) : resolve(m.result ?? {}),
      );
      ws.send(JSON.stringify({ id, method, params }));
    });
  const routes = new Map(pages.map((p) => [p.url, p]));
  const stray: string[] = [];
  ws.on("message", (data) => {
    const m = JSON.parse(String(data)) as BidiMessage;
    if (m.id !== undefined) waiting.get(m.id)?.(m);
    else if (m.method === "network.beforeRequestSent" && m.params?.isBlocked) void answer(m.params);
  });

  async function answer(params: Record<string, unknown>) {
    const request = params.request as { request: string; url: string; destination?: string };
    const page = routes.get(request.url);
    if (page) {
      const headers = { "content-type": page.contentType ?? "text/html; charset=utf-8", ...page.headers };
      await send("network.provideResponse", {
        request: request.request,
        statusCode: 200,
        reasonPhrase: "OK",
        headers: Object.entries(headers).map(([name, value]) => ({ name, value: { type: "string", value } })),
        body: { type: "string", value: readFileSync(page.file, "utf8") },
      });
    } else if (PAGE_ASSETS.has(request.destination ?? "")) {
      await send("network.provideResponse", { request: request.request, statusCode: 204, reasonPhrase: "No Content" });
    } else {
      stray.push(request.url);
      await send("network.failRequest", { request: request.request });
    }
  }

  await send("session.new", { capabilities: {} });
  await send("webExtension.install", { extensionData: { type: "path", path: DIST_FIREFOX } });
  await send("network.addIntercept", { phases: ["beforeRequestSent"] });
  await send("session.subscribe", { events: ["network.beforeRequestSent"] });

  const evaluate = async <A, R>(context: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> => {
    const expression = `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg ?? null)})))()`;
    const reply = (await send("script.evaluate", { target: { context }, expression, awaitPromise: true })) as {
      type: string;
      result?: { value?: string };
      exceptionDetails?: { text: string };
    };
    if (reply.type === "exception") throw new Error(`script failed in the page: ${reply.exceptionDetails?.text}`);
    const value = reply.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as Awaited<R>;
  };

  const waitFor = async <R>(context: string, fn: () => R, timeoutMs = 20_000): Promise<Awaited<R>> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await evaluate(context, fn);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${fn.toString()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /**
   * Runs `fn(uiRoot, json)` in the page, where `uiRoot` is the extension's closed shadow root (null without one)
   * and `json` is `arg` as JSON (only the function's source crosses into the page).
   * The page's scripts cannot reach that root; WebDriver BiDi hands it over as a node reference (a host
   * serialised with `includeShadowTree: "all"` names its closed root), which only the test holds.
   */
  const inUi = async <R>(
    context: string,
    fn: (root: ShadowRoot | null, json: string) => R,
    arg: unknown,
  ): Promise<R> => {
    const host = (await send("script.evaluate", {
      target: { context },
      expression: `document.querySelector(${JSON.stringify(ROOT_TAG)})`,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: "all" },
    })) as { result?: { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } };
    const shadowId = host.result?.type === "node" ? host.result.value?.shadowRoot?.sharedId : undefined;
    const reply = (await send("script.callFunction", {
      target: { context },
      functionDeclaration: `(root, arg) => JSON.stringify((${fn.toString()})(root, arg))`,
      arguments: [shadowId ? { sharedId: shadowId } : { type: "null" }, { type: "string", value: JSON.stringify(arg) }],
      awaitPromise: false,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (reply.type === "exception") throw new Error(`script failed in the page: ${reply.exceptionDetails?.text}`);
    return JSON.parse(reply.result?.value ?? "null") as R;
  };

  /**
   * The tab's child browsing contexts whose address is the note editor's frame (an extension page inside the
   * shadow root, which BiDi lists as a child of the tab).
   */
  const editorFrames = async (context: string): Promise<string[]> => {
    type Tree = { context: string; url: string; children?: Tree[] | null };
    const { contexts } = (await send("browsingContext.getTree", { root: context })) as { contexts: Tree[] };
    const all: Tree[] = [];
    const walk = (t: Tree) => (all.push(t), (t.children ?? []).forEach(walk));
    contexts.forEach(walk);
    return all.filter((t) => t.url.split(/[?#]/)[0]!.endsWith(EDITOR_FRAME)).map((t) => t.context);
  };
  const countIn = (frame: string, testId: string) =>
    evaluate(frame, (id: string) => document.querySelectorAll(`[data-testid="${id}"]`).length, testId).catch(() => 0);
  /** The element's centre in the editor's frame, in that frame's own viewport. */
  const centreInFrame = (frame: string, testId: string) =>
    evaluate(
      frame,
      (id: string) => {
        const box = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
        return box ? { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) } : null;
      },
      testId,
    ).catch(() => null);

  /** The centre of a test id's element, scrolled into view: in the page, or in the extension's shadow root. */
  const centreOf = (context: string, testId: string) =>
    inUi(
      context,
      (root, json: string) => {
        const selector = `[data-testid="${JSON.parse(json)}"]`;
        const el = document.querySelector(selector) ?? root?.querySelector(selector);
        if (!el) return null;
        el.scrollIntoView({ block: "center" });
        const box = el.getBoundingClientRect();
        return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
      },
      testId,
    );

  /** Clicks the element, and answers the context it is in (the tab's, or the editor frame's). */
  const click = async (context: string, testId: string): Promise<string> => {
    let target = context;
    let at = await centreOf(context, testId);
    for (const frame of at ? [] : await editorFrames(context)) {
      at = await centreInFrame(frame, testId);
      if (at) {
        target = frame;
        break;
      }
    }
    if (!at) throw new Error(`no element with data-testid "${testId}"`);
    await send("input.performActions", {
      context: target,
      actions: [
        {
          type: "pointer",
          id: "mouse",
          actions: [
            { type: "pointerMove", ...at },
            { type: "pointerDown", button: 0 },
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
    return target;
  };

  return {
    stray,
    async reload(context) {
      await send("browsingContext.reload", { context, wait: "complete" });
    },
    async click(context, testId) {
      await click(context, testId);
    },
    async screenshot(context, file) {
      const { data } = (await send("browsingContext.captureScreenshot", { context })) as { data: string };
      writeFileSync(file, Buffer.from(data, "base64"));
    },
    async press(context, key) {
      const keys = [
        { type: "keyDown", value: key },
        { type: "keyUp", value: key },
      ];
      await send("input.performActions", { context, actions: [{ type: "key", id: "keyboard", actions: keys }] });
    },
    async uiCount(context, testId) {
      const inRoot = await inUi(
        context,
        (root, json: string) => root?.querySelectorAll(`[data-testid="${JSON.parse(json)}"]`).length ?? 0,
        testId,
      );
      const inFrames = await Promise.all((await editorFrames(context)).map((f) => countIn(f, testId)));
      return inFrames.reduce((a, b) => a + b, inRoot);
    },
    async type(context, testId, text) {
      const target = await click(context, testId);
      const keys = [...text].flatMap((value) => [
        { type: "keyDown", value },
        { type: "keyUp", value },
      ]);
      await send("input.performActions", {
        context: target,
        actions: [{ type: "key", id: "keyboard", actions: keys }],
      });
    },
    async open(url) {
      const { context } = (await send("browsingContext.create", { type: "tab" })) as { context: string };
      // A load of an extension page may never report completion over BiDi: wait for the document instead.
      await send("browsingContext.navigate", { context, url, wait: "none" });
      await waitFor(context, () => location.href !== "about:blank" && document.readyState === "complete");
      return context;
    },
    evaluate,
    waitFor,
    async close() {
      await send("session.end").catch(() => undefined);
      close();
    },
  };
}
