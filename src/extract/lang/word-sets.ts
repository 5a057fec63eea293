// Word lists written as one space-separated string, made into the sets the stages look words up in.
import { wordKey } from "../name-key";

/** The list's words by word key: inflected forms of a listed word find it ("экономиста" → "экономист"). */
export const keys = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(wordKey));

/** The list's words exactly as written (lower case). */
export const lower = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
