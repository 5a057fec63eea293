// English endings: the plural and possessive that inflected mentions of one name differ by ("Department's",
// "Departments"). Words are compared by key within one article, so this stays as crude as that needs.

/** A possessive "’s" or "'s" at a word's end. */
export const POSSESSIVE = /[’']s$/;

/** A lower-cased English word without its plural "-s"/"-ies" ("agencies" → "agency", "class" and "census" kept). */
export function stripPluralEn(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}
