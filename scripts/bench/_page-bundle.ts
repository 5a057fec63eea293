// A bench's code for the page: an entry written as source, bundled by Vite into one IIFE that a test page loads
// with addScriptTag, so the same modules are timed in Chromium as in Node.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";

const ROOT = join(import.meta.dirname, "../..");

/** Bundles `source` (imports by absolute path) as the global `name`; returns the bundle's code. */
export async function bundleForPage(source: string, name: string): Promise<string> {
  // Inside the repository (node_modules/.cache), so the entry resolves the project's packages.
  const cache = join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "policylens-bench-"));
  const entry = join(dir, "entry.ts");
  writeFileSync(entry, source);
  try {
    await build({
      configFile: false,
      logLevel: "silent",
      root: ROOT,
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      build: {
        outDir: join(dir, "out"),
        emptyOutDir: true,
        minify: true,
        write: true,
        lib: { entry, formats: ["iife"], name, fileName: () => "bundle.js" },
      },
    });
    return readFileSync(join(dir, "out/bundle.js"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
