// `npm run build`: the extension (dist/: pages + background, then the content script) and the Node library
// and CLI (dist-node/). Each is a separate Vite build because each has its own output format. Then each browser
// gets its own manifest: dist/ is Chromium's, dist-firefox/ (the same files) Firefox's.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "vite";

const root = resolve(import.meta.dirname, "..");
const DIST = resolve(root, "dist");
const DIST_FIREFOX = resolve(root, "dist-firefox");

/**
 * What of the source manifest only the other browser reads, left out of each browser's manifest: the side
 * panel is Chromium's `side_panel` (and its permission), Firefox's `sidebar_action`; each warns on the other's.
 */
const OTHER_BROWSERS_ONLY = {
  chromium: { keys: ["sidebar_action"], permissions: [] },
  firefox: { keys: ["side_panel"], permissions: ["sidePanel"] },
};

/** The source manifest without what the browser does not read. */
function manifestFor(browser, source) {
  const { keys, permissions } = OTHER_BROWSERS_ONLY[browser];
  const manifest = Object.fromEntries(Object.entries(source).filter(([key]) => !keys.includes(key)));
  manifest.permissions = source.permissions.filter((p) => !permissions.includes(p));
  return manifest;
}

const configs = ["vite.config.ts", "vite.content.config.ts", "vite.node.config.ts"];
for (const configFile of configs) {
  await build({ configFile, logLevel: "warn" });
}

const source = JSON.parse(readFileSync(resolve(root, "manifest.json"), "utf8"));
rmSync(DIST_FIREFOX, { recursive: true, force: true });
cpSync(DIST, DIST_FIREFOX, { recursive: true });
for (const [browser, dir] of [
  ["chromium", DIST],
  ["firefox", DIST_FIREFOX],
])
  writeFileSync(resolve(dir, "manifest.json"), `${JSON.stringify(manifestFor(browser, source), null, 2)}\n`);
console.log("built dist/ (Chromium), dist-firefox/ (Firefox) and dist-node/ (library and CLI)");
