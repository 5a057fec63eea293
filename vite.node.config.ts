// The Node build: the engine library (src/index.ts) and the `policylens` CLI (src/cli/main.ts) as ES
// modules in dist-node/, with every dependency left external (Node resolves them from node_modules).
// Types: dist-node/index.d.ts re-exports the TypeScript source, which ships beside it in this repository.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const root = import.meta.dirname;

/** Writes a declaration file that points type checkers at the source (no separate .d.ts compile step). */
function declarations(): Plugin {
  return {
    name: "policylens-node-declarations",
    closeBundle() {
      writeFileSync(resolve(root, "dist-node/index.d.ts"), 'export * from "../src/index";\n');
    },
  };
}

export default defineConfig({
  plugins: [declarations()],
  build: {
    ssr: true,
    outDir: "dist-node",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rolldownOptions: {
      input: { index: resolve(root, "src/index.ts"), cli: resolve(root, "src/cli/main.ts") },
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
