// The extension build, part 2: the content script as one classic IIFE script (content scripts cannot be
// ES modules), written into dist/ beside part 1 without wiping it.
import { resolve } from "node:path";
import { defineConfig } from "vite";

const root = import.meta.dirname;

export default defineConfig({
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/content-scripts",
    emptyOutDir: false,
    target: "es2022",
    lib: {
      entry: resolve(root, "content-scripts/main.ts"),
      formats: ["iife"],
      name: "policylens",
      fileName: () => "main.js",
    },
  },
});
