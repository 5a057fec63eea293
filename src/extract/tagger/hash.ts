// FNV-1a over a string's UTF-16 code units: the tagger's feature names become bucket numbers, so a model file
// holds weights by bucket and no words at all. `fnvContinue` runs the hash on over more text, so the hash of
// a name can be computed from its parts without building the name.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The FNV-1a state `h` after also reading `s`. */
export function fnvContinue(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** 32-bit FNV-1a hash of `s`, unsigned. */
export const fnv1a = (s: string): number => fnvContinue(FNV_OFFSET, s);

/** A value's fingerprint, as eight hex digits: the FNV-1a hash of its JSON (the model cards record word lists so). */
export const fingerprint = (value: unknown): string =>
  (fnv1a(JSON.stringify(value)) >>> 0).toString(16).padStart(8, "0");
