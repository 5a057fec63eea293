// The extension build, part 1: background service worker and popup pages as ES modules, plus the manifest,
// locales and icons copied into dist/. The content script is built by vite.content.config.ts (a classic script).
import { cpSync } from "node:fs";
import { resolve } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";

const root = import.meta.dirname;

/** Copies the static files the manifest names, and the models the engine runs with (the NER taggers'). */
function extensionFiles(): Plugin {
  return {
    name: "policylens-extension-files",
    closeBundle() {
      for (const f of ["manifest.json", "_locales", "icons"])
        cpSync(resolve(root, f), resolve(root, "dist", f), { recursive: true });
      cpSync(resolve(root, "models"), resolve(root, "dist/models"), {
        recursive: true,
        // The folder itself, then only the NER models: the attribution model serves the CLI's statements alone.
        filter: (path) => path.endsWith("models") || /\/ner-[a-z]+\.bin$/.test(path),
      });
    },
  };
}

export default defineConfig({
  plugins: [preact(), extensionFiles()],
  base: "",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Extension pages load from the package: no need to inline or split tiny modules.
    modulePreload: false,
    rolldownOptions: {
      input: {
        background: resolve(root, "src/background/main.ts"),
        popup: resolve(root, "popup/index.html"),
        offscreen: resolve(root, "src/offscreen/index.html"),
        library: resolve(root, "popup/library.html"),
        "side-panel": resolve(root, "popup/side-panel.html"),
        "editor-frame": resolve(root, "content-scripts/notes/editor-frame.html"),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === "background" ? "background.js" : "assets/[name]-[hash].js"),
      },
    },
  },
});
