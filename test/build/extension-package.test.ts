// The built extension as a store reviewer sees it: Firefox's linter finds no errors, the permissions are the
// small set the README justifies, and every file the manifest names is in dist/. dist/ is Chromium's build and
// dist-firefox/ Firefox's: the same files, each with a manifest of only its browser's keys.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
const distFirefox = join(root, "dist-firefox");
const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
const firefoxManifest = JSON.parse(readFileSync(join(distFirefox, "manifest.json"), "utf8"));

describe("the built extension", () => {
  it("passes web-ext lint (Firefox's build) with no errors", () => {
    const out = execFileSync(
      join(root, "node_modules/.bin/web-ext"),
      ["lint", "--source-dir", distFirefox, "--output", "json", "--no-config-discovery"],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    const report = JSON.parse(out.slice(out.indexOf("{")));
    expect(report.errors).toEqual([]);
  });

  it("asks only for the permissions the README justifies, never all sites up front", () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual([
      "activeTab",
      "contextMenus",
      "offscreen",
      "scripting",
      "sidePanel",
    ]);
    const hosts: string[] = manifest.host_permissions;
    expect(hosts).not.toContain("<all_urls>");
    expect(hosts).not.toContain("*://*/*");
    for (const site of [
      "caravan.kz",
      "tengrinews.kz",
      "zakon.kz",
      "kursiv.media",
      "inform.kz",
      "vlast.kz",
      "bbc.com",
      "nytimes.com",
      "theguardian.com",
      "reuters.com",
      "washingtonpost.com",
      "rbc.ru",
      "kommersant.ru",
    ])
      expect(hosts).toContain(`*://*.${site}/*`);
    expect(manifest.optional_host_permissions).toEqual(["*://*/*"]);
    expect(manifest.content_scripts[0].matches).toEqual(hosts);
  });

  it("lets the extension pages load nothing from elsewhere: no remote script, connection or image", () => {
    const directives = Object.fromEntries(
      (manifest.content_security_policy.extension_pages as string).split(";").map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives).toEqual({
      "script-src": ["'self'"],
      "object-src": ["'self'"],
      "connect-src": ["'none'"],
      "img-src": ["'self'", "data:", "blob:"],
    });
  });

  it("loads in Chromium and Firefox: a service worker with background scripts beside it, and a gecko id", () => {
    expect(manifest.background.service_worker).toBe("background.js");
    expect(manifest.background.scripts).toEqual(["background.js"]);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it("declares the side panel to each browser in its own key only, the rest of the two manifests alike", () => {
    expect(manifest.side_panel).toEqual({ default_path: "popup/side-panel.html" });
    expect(manifest.sidebar_action).toBeUndefined();
    expect(firefoxManifest.sidebar_action.default_panel).toBe("popup/side-panel.html");
    expect(firefoxManifest.side_panel).toBeUndefined();
    expect(firefoxManifest.permissions).not.toContain("sidePanel");
    const rest = (m: Record<string, unknown>, key: string) => ({
      ...Object.fromEntries(Object.entries(m).filter(([k]) => k !== key)),
      permissions: (m.permissions as string[]).filter((p) => p !== "sidePanel"),
    });
    expect(rest(firefoxManifest, "sidebar_action")).toEqual(rest(manifest, "side_panel"));
  });

  it("contains every file the manifest names, and the locales for its strings", () => {
    const files = [
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
      manifest.action.default_popup,
      manifest.side_panel.default_path,
      ...Object.values(manifest.icons as Record<string, string>),
    ];
    for (const f of files) expect(existsSync(join(dist, f)), f).toBe(true);
    expect(existsSync(join(distFirefox, firefoxManifest.sidebar_action.default_panel))).toBe(true);
    for (const lang of ["en", "ru"]) {
      const messages = JSON.parse(readFileSync(join(dist, "_locales", lang, "messages.json"), "utf8"));
      expect(messages.extName.message).toBe("PolicyLens");
      expect(messages.extDescription.message.length).toBeGreaterThan(20);
    }
  });

  it("bundles the content script as one classic script (no ES module syntax)", () => {
    const js = readFileSync(join(dist, "content-scripts/main.js"), "utf8");
    expect(js).not.toMatch(/^\s*(import|export)\s/m);
  });
});
