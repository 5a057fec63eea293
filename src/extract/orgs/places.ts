// Is a name a place? Countries, regions and cities are never organisations (the labelling guide).
// Russian place names are listed once, in the nominative; their case forms are generated here.
import { PLACES_EN, PLACES_RU } from "../lexicon/places";
import { nameKey } from "./normalise";

/** Case forms of a Russian place name's last word, by its ending (Москва → Москвы, Москве, Москву, Москвой). */
function caseForms(name: string): string[] {
  const m = /^(.*?)(ия|ья|а|я|ь|й|)$/.exec(name)!;
  const [, stem, end] = m as unknown as [string, string, string];
  const suffixes: Record<string, string[]> = {
    "ия": ["ии", "ию", "ией"], "ья": ["ьи", "ью", "ьей"], "а": ["ы", "и", "е", "у", "ой"], "я": ["и", "е", "ю", "ей"],
    "ь": ["и", "ю", "ью", "я", "е", "ем"], "й": ["я", "ю", "е", "ем"], "": ["а", "у", "е", "ом", "ы"],
  };
  return [name, ...(suffixes[end] ?? []).map((s) => stem + s)];
}

const PLACE_KEYS = new Set([
  ...PLACES_RU.flatMap((p) => (/[а-яё]$/.test(p) ? caseForms(p) : [p])),
  ...PLACES_EN,
].map(nameKey));

export const isPlace = (name: string): boolean => PLACE_KEYS.has(nameKey(name));
