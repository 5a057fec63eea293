// The colours of the three kinds of annotation, in one table: the page's fills and underlines (the highlighter),
// the hover card's swatches, the settings' colour pickers and the popup's kind marks. popup/styles.css keeps its
// own copies as CSS variables, so the popup is painted before any script runs; a test checks they agree.
import type { AnnotationKind } from "./extract/types";

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
