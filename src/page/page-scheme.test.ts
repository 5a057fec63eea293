import { describe, expect, it } from "vitest";
import { type PageLook, pageScheme, type Scheme } from "./page-scheme";

const TRANSPARENT = "rgba(0, 0, 0, 0)";
/** A page that declares nothing and paints nothing, in a light system. */
const PLAIN: PageLook = {
  rootColorScheme: "normal",
  metaColorScheme: null,
  htmlBackground: TRANSPARENT,
  bodyBackground: TRANSPARENT,
  systemDark: false,
};

describe("the page's colour scheme", () => {
  it.each<[string, Partial<PageLook>, Scheme]>([
    ["nothing declared, nothing painted", {}, "light"],
    ["nothing declared, system dark: the browser's canvas is still white", { systemDark: true }, "light"],
    ["a white body, system dark", { bodyBackground: "rgb(255, 255, 255)", systemDark: true }, "light"],
    ["a dark body", { bodyBackground: "rgb(21, 24, 28)" }, "dark"],
    ["a dark html, body left transparent", { htmlBackground: "rgb(21, 24, 28)" }, "dark"],
    [
      "a white body on a dark html: the body is behind the text",
      { htmlBackground: "rgb(0, 0, 0)", bodyBackground: "rgb(255, 255, 255)" },
      "light",
    ],
    ["a dark body in the space-separated form", { bodyBackground: "rgb(21 24 28)" }, "dark"],
    ["a mid grey just below the line", { bodyBackground: "rgb(117, 117, 117)" }, "dark"],
    ["a mid grey just above the line", { bodyBackground: "rgb(119, 119, 119)" }, "light"],
    ["a black body at 10% opacity over white", { bodyBackground: "rgba(0, 0, 0, 0.1)" }, "light"],
    ["a black body at 90% opacity over white", { bodyBackground: "rgba(0, 0, 0, 0.9)" }, "dark"],
    ["a black body at 90% in percent", { bodyBackground: "rgb(0 0 0 / 90%)" }, "dark"],
    ["color-scheme: dark and nothing painted: the dark canvas", { rootColorScheme: "dark" }, "dark"],
    ["color-scheme: only dark", { rootColorScheme: "only dark" }, "dark"],
    [
      "color-scheme: dark with a white body: the page is light",
      { rootColorScheme: "dark", bodyBackground: "rgb(255, 255, 255)" },
      "light",
    ],
    ["color-scheme: light, system dark", { rootColorScheme: "light", systemDark: true }, "light"],
    ["color-scheme: light dark, system light", { rootColorScheme: "light dark" }, "light"],
    [
      "color-scheme: light dark, system dark: the system decides",
      { rootColorScheme: "light dark", systemDark: true },
      "dark",
    ],
    ["color-scheme: dark light, system light", { rootColorScheme: "dark light" }, "light"],
    ["meta dark, root normal", { metaColorScheme: "dark" }, "dark"],
    ["meta in capitals", { metaColorScheme: "DARK" }, "dark"],
    ["meta light dark, system dark", { metaColorScheme: "light dark", systemDark: true }, "dark"],
    [
      "meta dark, but the root says light: the root wins",
      { metaColorScheme: "dark", rootColorScheme: "light" },
      "light",
    ],
    ["meta with no scheme we know", { metaColorScheme: "normal", systemDark: true }, "light"],
    ["a colour we cannot read counts as unpainted", { bodyBackground: "oklch(0.2 0 0)" }, "light"],
    ["no body (a frameset), dark html", { bodyBackground: null, htmlBackground: "rgb(0, 0, 0)" }, "dark"],
  ])("%s → %s", (_, look, expected) => {
    expect(pageScheme({ ...PLAIN, ...look })).toBe(expected);
  });
});
