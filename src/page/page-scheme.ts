// Which colour scheme the in-page UI (hover card, selection toolbar, note editor, toast) takes on a page: the one
// the page shows. What counts is what the reader sees behind the article — the colour painted there, body over
// html over the browser's canvas — and the page's declared `color-scheme` only through the canvas it gives: a page
// that declares "dark" and paints nothing shows a dark canvas; one that declares "dark" and paints its body white
// is a light page. The system's preference (`prefers-color-scheme`) decides only where the page leaves the choice
// to the browser, by declaring both schemes; a page that declares none gets the browser's white canvas whatever
// the system prefers, so its cards stay light. Pure: the content script reads the computed values and passes them.

export type Scheme = "light" | "dark";

export interface PageLook {
  /** The root element's computed `color-scheme`: "normal", "light", "dark", "light dark", "only dark"… */
  rootColorScheme: string;
  /** The `content` of the page's `<meta name="color-scheme">`, or null when it has none. */
  metaColorScheme: string | null;
  /** The computed `background-color` of <html>, as getComputedStyle gives it ("rgb(…)", "rgba(…)"). */
  htmlBackground: string;
  /** The same for <body>; null when the page has no body (a frameset). */
  bodyBackground: string | null;
  /** Whether the system prefers dark (`prefers-color-scheme: dark`). */
  systemDark: boolean;
}

type Rgb = [r: number, g: number, b: number];

/** The canvas a browser paints under a page with no background of its own, per used scheme (Chromium's colours). */
const CANVAS: Record<Scheme, Rgb> = { light: [255, 255, 255], dark: [18, 18, 18] };

/** Relative luminance below which light text contrasts more than dark text (WCAG: √(1.05 × 0.05) − 0.05). */
const DARK_LUMINANCE = 0.179;

/** The schemes a `color-scheme` value lists, in its order ("only" and unknown words carry no scheme). */
function listedSchemes(value: string | null): Scheme[] {
  return (value ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((w): w is Scheme => w === "light" || w === "dark");
}

/** The scheme the browser uses for the page's canvas: the system's when the page supports it, else its first. */
function canvasScheme(look: PageLook): Scheme {
  const declared = listedSchemes(look.rootColorScheme);
  // The meta element counts only while the root's own property is left at "normal" (CSS Color Adjust §3).
  const supported = declared.length ? declared : listedSchemes(look.metaColorScheme);
  const preferred: Scheme = look.systemDark ? "dark" : "light";
  if (supported.includes(preferred)) return preferred;
  return supported[0] ?? "light";
}

/** `rgb(r, g, b)`, `rgba(r, g, b, a)` and the space-separated forms; null for anything else (`transparent`, other spaces). */
function parseColour(value: string | null): { rgb: Rgb; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(
    value?.trim() ?? "",
  );
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

/** `top` painted over `under` at its alpha. */
function over(under: Rgb, top: string | null): Rgb {
  const colour = parseColour(top);
  if (!colour) return under;
  return under.map((u, i) => colour.rgb[i]! * colour.alpha + u * (1 - colour.alpha)) as Rgb;
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The scheme of the page as the reader sees it (see the top of this file). */
export function pageScheme(look: PageLook): Scheme {
  const behindText = over(over(CANVAS[canvasScheme(look)], look.htmlBackground), look.bodyBackground);
  return luminance(behindText) < DARK_LUMINANCE ? "dark" : "light";
}
