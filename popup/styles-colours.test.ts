// popup/styles.css keeps the kinds' and the notes' colours as CSS variables (so the popup is painted before any
// script runs): they must be the colour table's (src/colours.ts), in the light theme and in the dark one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KIND_COLOURS, NOTE_MARK } from "../src/colours";

const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8");
const darkAt = css.indexOf("@media (prefers-color-scheme: dark)");

/** The value of `--name` in the first :root block at or after `from`. */
function variable(name: string, from: number): string | undefined {
  const block = /:root\s*\{([^}]*)\}/.exec(css.slice(from))?.[1] ?? "";
  return new RegExp(`--${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
}

describe("popup/styles.css", () => {
  it("has a dark theme", () => expect(darkAt).toBeGreaterThan(0));

  it.each([...Object.entries(KIND_COLOURS), ["note", NOTE_MARK] as const])(
    "gives %s the table's colours",
    (kind, c) => {
      expect(variable(kind, 0), "light").toBe(c.ink);
      expect(variable(kind, darkAt), "dark").toBe(c.inkDark);
    },
  );
});
