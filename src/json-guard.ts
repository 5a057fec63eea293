// Small structural checks for untrusted JSON (a backup file someone hands us). Each check returns null when
// the value fits, or a message that starts with the path of what is wrong, so the first failure can be shown
// to the reader as is. Hand-written because no validation library is installed and the rules are few.
// Typed like ./validate.ts (see ./check.ts): `record({ key: string(9) })` is a `Check<{ key: string }>`.
// Not merged with validate.ts: these messages are for a reader looking at a file, those for a sender's bug.
import { type AnyCheck, type Check, type Infer, typedCheck } from "./check";

/** Keys that reach Object.prototype when a parsed object is later spread or merged. Never accepted. */
export const HOSTILE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** How deep a free-form value (a setting) may nest: real settings are two or three levels deep. */
const MAX_FREE_DEPTH = 32;
/** A longer string is described by its length: a message quotes a name or a key, not a note's whole text. */
const MAX_QUOTED_CHARS = 40;

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return value.length > MAX_QUOTED_CHARS ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value !== "object") return `${typeof value} ${String(value)}`;
  return isPlainObject(value)
    ? "an object"
    : `an instance of ${(value as object).constructor?.name || "an unknown class"}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export const string = (maxLength: number): Check<string> =>
  typedCheck((v, path) => {
    if (typeof v !== "string") return `${path}: expected a string, got ${describe(v)}`;
    return v.length > maxLength ? `${path}: too long (${v.length} characters, at most ${maxLength})` : null;
  });

export const finiteNumber: Check<number> = typedCheck((v, path) =>
  typeof v === "number" && Number.isFinite(v) ? null : `${path}: expected a number, got ${describe(v)}`,
);

export const offset: Check<number> = typedCheck((v, path) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? null : `${path}: expected a whole number >= 0, got ${describe(v)}`,
);

export const boolean: Check<boolean> = typedCheck((v, path) =>
  typeof v === "boolean" ? null : `${path}: expected true or false, got ${describe(v)}`,
);

export const oneOf = <T extends string | number>(...allowed: readonly T[]): Check<T> =>
  typedCheck((v, path) =>
    allowed.includes(v as T)
      ? null
      : `${path}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describe(v)}`,
  );

export const nullable = <T>(check: Check<T>): Check<T | null> =>
  typedCheck((v, path) => (v === null ? null : check(v, path)));

export const arrayOf = <T>(item: Check<T>, maxItems: number): Check<T[]> =>
  typedCheck((v, path) => {
    if (!Array.isArray(v)) return `${path}: expected an array, got ${describe(v)}`;
    if (v.length > maxItems) return `${path}: too many entries (${v.length}, at most ${maxItems})`;
    for (let i = 0; i < v.length; i++) {
      const error = item(v[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  });

function hostileKey(v: Record<string, unknown>, path: string): string | null {
  for (const key of Object.keys(v)) {
    if (HOSTILE_KEYS.has(key)) return `${path}: forbidden key "${key}" (it could tamper with the program's objects)`;
  }
  return null;
}

/** An object with exactly these fields: a missing, extra or hostile key is an error. */
export const record = <S extends Record<string, AnyCheck>>(shape: S): Check<{ [K in keyof S]: Infer<S[K]> }> =>
  typedCheck((v, path) => {
    if (!isPlainObject(v)) return `${path}: expected an object, got ${describe(v)}`;
    const hostile = hostileKey(v, path);
    if (hostile) return hostile;
    for (const key of Object.keys(v)) if (!Object.hasOwn(shape, key)) return `${path}: unknown field "${key}"`;
    for (const [key, check] of Object.entries(shape)) {
      if (!Object.hasOwn(v, key)) return `${path}: missing field "${key}"`;
      const error = check(v[key], `${path}.${key}`);
      if (error) return error;
    }
    return null;
  });

/** Any JSON value (a setting): bounded depth, bounded strings and arrays, no hostile keys at any level. */
export const jsonValue = (maxString: number, maxItems: number): Check<unknown> =>
  typedCheck((v, path) => {
    const walk = (value: unknown, at: string, depth: number): string | null => {
      if (depth > MAX_FREE_DEPTH) return `${at}: nested deeper than ${MAX_FREE_DEPTH} levels`;
      if (value === null || typeof value === "boolean") return null;
      if (typeof value === "number") return finiteNumber(value, at);
      if (typeof value === "string") return string(maxString)(value, at);
      if (Array.isArray(value)) {
        if (value.length > maxItems) return `${at}: too many entries (${value.length}, at most ${maxItems})`;
        for (let i = 0; i < value.length; i++) {
          const error = walk(value[i], `${at}[${i}]`, depth + 1);
          if (error) return error;
        }
        return null;
      }
      if (!isPlainObject(value)) return `${at}: expected JSON data, got ${describe(value)}`;
      const hostile = hostileKey(value, at);
      if (hostile) return hostile;
      const entries = Object.entries(value);
      if (entries.length > maxItems) return `${at}: too many fields (${entries.length}, at most ${maxItems})`;
      for (const [key, item] of entries) {
        const error = walk(item, `${at}.${key}`, depth + 1);
        if (error) return error;
      }
      return null;
    };
    return walk(v, path, 0);
  });
