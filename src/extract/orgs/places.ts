// Is a name a place? Countries, regions and cities are never organisations (the labelling guide).
// The lists, with Russian case forms, are in lang/every-text.ts: a place is one in a text of any language.
import { PLACE_NAMES } from "../lang/every-text";
import { nameKey } from "./normalise";

const PLACE_KEYS = new Set(PLACE_NAMES.map(nameKey));

export const isPlace = (name: string): boolean => PLACE_KEYS.has(nameKey(name));
