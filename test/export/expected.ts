// Compares an export with its committed expected file under test/expected/export/. Run the tests with
// UPDATE_EXPECTED=1 to rewrite the files after an intended change, then review the diff.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(import.meta.dirname, "..", "expected", "export");

/** The expected text of `name`, after writing `actual` into it when UPDATE_EXPECTED is set. */
export function expectedFile(name: string, actual: string): string {
  const path = join(DIR, name);
  if (process.env.UPDATE_EXPECTED) writeFileSync(path, actual);
  return readFileSync(path, "utf8");
}
