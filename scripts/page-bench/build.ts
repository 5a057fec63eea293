// Builds the extension (dist/) the benchmark loads, so the figures are those of the current source.
import { resolve } from "node:path";
import { build } from "vite";

const root = resolve(import.meta.dirname, "../..");
const CONFIGS = ["vite.config.ts", "vite.content.config.ts"];

export async function buildExtension(): Promise<void> {
  for (const configFile of CONFIGS) await build({ root, configFile: resolve(root, configFile), logLevel: "warn" });
}
