// `npm run build`: the extension (dist/: pages + background, then the content script) and the Node library
// and CLI (dist-node/). Each is a separate Vite build because each has its own output format.
import { build } from "vite";

const configs = ["vite.config.ts", "vite.content.config.ts", "vite.node.config.ts"];
for (const configFile of configs) {
  await build({ configFile, logLevel: "warn" });
}
console.log("built dist/ (extension) and dist-node/ (library and CLI)");
