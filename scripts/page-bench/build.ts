// Builds the extension (dist/) the benchmark loads, so the figures are those of the current source. The
// content script is built as `npm run build` builds it, plus a source map, read here and taken out of dist/
// again, so the trace's minified positions can be named by source file and line.
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { resolve } from "node:path";
import { build } from "vite";
import type { Locate } from "./attribute";

const root = resolve(import.meta.dirname, "../..");
const MAP = resolve(root, "dist/content-scripts/main.js.map");

export async function buildExtension(): Promise<Locate> {
  await build({ root, configFile: resolve(root, "vite.config.ts"), logLevel: "warn" });
  // "hidden": the script does not point at the map, so the built script is byte for byte the shipped one.
  await build({
    root,
    configFile: resolve(root, "vite.content.config.ts"),
    logLevel: "warn",
    build: { sourcemap: "hidden" },
  });
  if (!existsSync(MAP)) return () => null;
  const map = new SourceMap(JSON.parse(readFileSync(MAP, "utf8")) as SourceMapPayload);
  unlinkSync(MAP);
  return (line, column) => {
    const entry = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
    if (!entry.originalSource) return null;
    // Sources are relative to the map ("../../content-scripts/controller.ts"): keep the repository path.
    return `${entry.originalSource.replace(/^(\.\.\/)+/, "")}:${entry.originalLine! + 1}`;
  };
}
