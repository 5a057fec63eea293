import { describe, expect, it } from "vitest";
import { whyBinary } from "./binary-text";

describe("whyBinary", () => {
  it.each([
    ["Russian prose", "Минфин согласился.\n\tКНБ — тоже.\r\n"],
    ["English prose with a page break", "The CBO said so.\fNext page."],
    ["a log line with one escape sequence", `${"x".repeat(100)}\u001b[0m`],
    ["empty text", ""],
  ])("lets %s through", (_kind, text) => {
    expect(whyBinary(text)).toBeNull();
  });

  it.each([
    ["a NUL byte", "ELF\u0000\u0000GLIBC_2.2.5", /NUL bytes/],
    ["control characters without NUL", "ab\u0001\u0002cd\u0003ef\u0004gh\u0005ij", /% of its characters are control/],
    ["C1 controls", "a\u0085\u0090\u009cb", /control characters/],
  ])("refuses %s", (_kind, text, message) => {
    expect(whyBinary(text)).toMatch(message);
  });
});
