import { defineConfig } from "vitest/config";

// Two projects: fast pure-logic tests, and real-browser tests that need `dist/` and Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "src/**/*.test.tsx",
            "popup/**/*.test.tsx",
            "popup/**/*.test.ts",
            "content-scripts/**/*.test.ts",
            "test/extract/**/*.test.ts",
            "test/conventions.test.ts",
            "test/conventions/**/*.test.ts",
          ],
          environment: "node",
        },
        oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts", "test/build/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
