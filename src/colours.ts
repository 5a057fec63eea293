// The colours of what PolicyLens marks, in one place (the panels' greys and accents stay in their own CSS): the
// three kinds of annotation (the page's fills and underlines, the hover card's swatches, the settings' colour
// pickers, the popup's kind marks) and the reader's note colours (the page's fills, the note editor's swatches,
// the popup's note rows). popup/styles.css keeps its own copies as CSS variables, so the popup is painted before
// any script runs; popup/styles-colours.test.ts checks they agree.
import type { AnnotationKind } from "./extract/types";
import type { NoteColour } from "./notes/new-note";

export interface KindColours {
  /** The opaque colour (#rrggbb): swatches, and what the settings' colour picker starts from. */
  base: string;
  /** Opacity of its fill on the page: translucent, so the page's own text stays readable on light and dark pages. */
  fillAlpha: number;
  /** A darker shade, for the underline on the page and the kind's mark in the light popup. */
  ink: string;
  /** A lighter shade, for the kind's mark in the dark popup. */
  inkDark: string;
}

export const KIND_COLOURS: Record<AnnotationKind, KindColours> = {
  expert: { base: "#ffa600", fillAlpha: 0.38, ink: "rgb(230, 140, 0)", inkDark: "rgb(255, 170, 60)" },
  organisation: { base: "#1e90ff", fillAlpha: 0.3, ink: "rgb(30, 120, 230)", inkDark: "rgb(100, 170, 255)" },
  "policy-option": { base: "#00c878", fillAlpha: 0.3, ink: "rgb(0, 160, 90)", inkDark: "rgb(60, 210, 140)" },
};

/** Notes as a kind: the underline every note has on the page, and the mark of the notes in the popup. */
export const NOTE_MARK = { underline: "rgba(120, 100, 0, 0.8)", ink: "rgb(214, 184, 0)", inkDark: "rgb(240, 215, 60)" };

/** Each note colour: its swatch (the editor's choice, the popup's note row) and its translucent fill on the page. */
export const NOTE_SHADES: Record<NoteColour, { swatch: string; fill: string }> = {
  yellow: { swatch: "#f7d94c", fill: "rgba(255, 230, 0, 0.55)" },
  green: { swatch: "#6fd08c", fill: "rgba(60, 210, 110, 0.45)" },
  blue: { swatch: "#74b9ff", fill: "rgba(80, 160, 255, 0.45)" },
  pink: { swatch: "#ff8fc7", fill: "rgba(255, 110, 180, 0.45)" },
  purple: { swatch: "#b892ff", fill: "rgba(170, 120, 255, 0.45)" },
};

/** The swatch of a note's colour; a colour from elsewhere (an old backup) is used as it is. */
export function noteSwatch(colour: string): string {
  return Object.hasOwn(NOTE_SHADES, colour) ? NOTE_SHADES[colour as NoteColour].swatch : colour;
}

/** The flash of an annotation the reader jumped to: a red that no kind or note uses. */
export const FLASH_FILL = "rgba(255, 80, 80, 0.55)";

/** Opacity of a colour the reader picked, drawn over text: the middle of the defaults' fills. */
const READER_FILL_ALPHA = 0.35;

/** The reader picks opaque colours (#rrggbb); drawn over text they must stay translucent to keep it readable. */
export function translucent(hex: string, alpha = READER_FILL_ALPHA): string | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/** A kind's default fill on the page. */
export function defaultFill(kind: AnnotationKind): string {
  const { base, fillAlpha } = KIND_COLOURS[kind];
  return translucent(base, fillAlpha)!;
}
