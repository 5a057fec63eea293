import { describe, expect, it } from "vitest";
import { defaultFill, KIND_COLOURS, NOTE_SHADES, noteSwatch, translucent } from "./colours";

describe("translucent", () => {
  it.each([
    ["#ffa600", "rgba(255, 166, 0, 0.35)"],
    ["#1E90FF", "rgba(30, 144, 255, 0.35)"],
    [" #00c878 ", "rgba(0, 200, 120, 0.35)"],
    ["red", null],
    ["#fff", null],
    ["#12345g", null],
  ])("%s → %s", (hex, want) => expect(translucent(hex)).toBe(want));
});

describe("defaultFill", () => {
  it.each([
    ["expert", "rgba(255, 166, 0, 0.38)"],
    ["organisation", "rgba(30, 144, 255, 0.3)"],
    ["policy-option", "rgba(0, 200, 120, 0.3)"],
  ] as const)("%s → %s", (kind, want) => expect(defaultFill(kind)).toBe(want));
});

describe("noteSwatch", () => {
  it.each([
    ["yellow", "#f7d94c"],
    ["purple", "#b892ff"],
    ["#123456", "#123456"],
    ["toString", "toString"],
  ])("%s → %s", (colour, want) => expect(noteSwatch(colour)).toBe(want));
});

describe("NOTE_SHADES", () => {
  it.each(Object.entries(NOTE_SHADES))("%s has an opaque swatch and a translucent fill", (_colour, s) => {
    expect(s.swatch).toMatch(/^#[0-9a-f]{6}$/);
    expect(s.fill).toMatch(/^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
  });
});

describe("KIND_COLOURS", () => {
  it.each(Object.entries(KIND_COLOURS))("%s has an opaque base a colour picker accepts", (_kind, c) => {
    expect(c.base).toMatch(/^#[0-9a-f]{6}$/);
  });
});
