import { defineConfig } from "vitest/config";
export default defineConfig({ test: { include: ["test/extract/**/*.test.ts"], environment: "node", testTimeout: 60000 } });
