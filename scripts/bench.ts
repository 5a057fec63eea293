// `npm run bench`: runs every benchmark in scripts/bench/ (or the ones named on the command line) in one
// process, so the figures of one run can be compared as ratios. Each module's default export prints its table.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "bench");
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace(/\.ts$/, "")}\n`);
  const mod = (await import(join(dir, f))) as { default: () => Promise<void> | void };
  await mod.default();
}
