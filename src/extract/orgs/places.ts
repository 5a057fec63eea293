// Is a name a place? Countries, regions and cities are never organisations (the labelling guide).
// The lists are in lang/every-text.ts (PLACE_NAMES with Russian case forms, and WORLD_PLACES), matched by name key
// (case endings aside): a place is one in a text of any language.
import { WORLD_PLACES, PLACE_NAMES } from "../lang/every-text";
import { nameKey } from "./normalise";

const PLACE_KEYS = new Set([...PLACE_NAMES, ...WORLD_PLACES].map(nameKey));

export const isPlace = (name: string): boolean => PLACE_KEYS.has(nameKey(name));
