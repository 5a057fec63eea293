// Tiny runtime validators for messages that arrive from elsewhere (a page, another extension context).
// Each checker returns null when the value is fine, or a message naming the first thing wrong.
// Limits are part of every string and array check: a page is hostile ground and may send anything.
// Every checker is typed (./check.ts): `obj({ id: str(10) })` is a `Check<{ id: string }>`, so a message's type
// is read off its check.
import { type AnyCheck, type Check, type Infer, typedCheck } from "./check";

declare const optionalField: unique symbol;
/** A check whose field `obj` makes optional (`{ key?: T }`), from `optional(...)`. */
export type OptionalCheck<T> = Check<T | undefined> & { readonly [optionalField]: true };

const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

export const str = (maxLength: number, minLength = 0): Check<string> =>
  typedCheck((v, path) => {
    if (typeof v !== "string") return `${path} must be a string, not ${typeName(v)}`;
    if (v.length > maxLength) return `${path} is too long (${v.length} > ${maxLength} characters)`;
    if (v.length < minLength) return `${path} must not be empty`;
    return null;
  });

export const int = (min: number, max: number): Check<number> =>
  typedCheck((v, path) => {
    if (typeof v !== "number" || !Number.isInteger(v)) return `${path} must be an integer, not ${typeName(v)}`;
    if (v < min || v > max) return `${path} must be between ${min} and ${max}`;
    return null;
  });

export const num = (): Check<number> =>
  typedCheck((v, path) =>
    typeof v === "number" && Number.isFinite(v) ? null : `${path} must be a finite number, not ${typeName(v)}`,
  );

export const bool = (): Check<boolean> =>
  typedCheck((v, path) => (typeof v === "boolean" ? null : `${path} must be true or false`));

export const oneOf = <T extends string>(...values: T[]): Check<T> =>
  typedCheck((v, path) =>
    typeof v === "string" && (values as string[]).includes(v) ? null : `${path} must be one of ${values.join(", ")}`,
  );

export const nullable = <T>(inner: Check<T>): Check<T | null> =>
  typedCheck((v, path) => (v === null ? null : inner(v, path)));

export const optional = <T>(inner: Check<T>): OptionalCheck<T> =>
  typedCheck((v, path) => (v === undefined ? null : inner(v, path))) as OptionalCheck<T>;

export const arr = <T>(item: Check<T>, maxItems: number): Check<T[]> =>
  typedCheck((v, path) => {
    if (!Array.isArray(v)) return `${path} must be an array, not ${typeName(v)}`;
    if (v.length > maxItems) return `${path} has too many items (${v.length} > ${maxItems})`;
    for (let i = 0; i < v.length; i++) {
      const e = item(v[i], `${path}[${i}]`);
      if (e) return e;
    }
    return null;
  });

/** Keys that would reach an object's prototype if copied naively. */
const HOSTILE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

type Fields = Record<string, AnyCheck>;
type OptionalKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends { readonly [optionalField]: true } ? K : never;
}[keyof F];
/** One flat object type (not an intersection), so hovers and error messages show the fields. */
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** The object `obj(fields)` accepts: `optional(...)` fields may be absent; no fields at all means an empty object. */
export type ObjectOf<F extends Fields> = keyof F extends never
  ? Record<string, never>
  : Flat<
      { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & {
        [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined>;
      }
    >;

/** A plain object with exactly these fields (unknown fields are refused, so nothing unchecked is stored). */
export const obj = <F extends Fields>(fields: F): Check<ObjectOf<F>> =>
  typedCheck((v, path) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return `${path} must be an object, not ${typeName(v)}`;
    for (const key of Object.keys(v)) {
      if (HOSTILE_KEYS.has(key)) return `${path} has a forbidden key "${key}"`;
      if (!(key in fields)) return `${path} has an unknown field "${key}"`;
    }
    for (const [key, check] of Object.entries(fields)) {
      const e = check((v as Record<string, unknown>)[key], `${path}.${key}`);
      if (e) return e;
    }
    return null;
  });

/**
 * One of two object shapes, told apart by whether the value has `key` (e.g. `{ entity }` or `{ pageKeys }`),
 * so an error speaks of the shape the sender meant rather than of both.
 */
export const byKey = <A, B>(key: string, withKey: Check<A>, without: Check<B>): Check<A | B> =>
  typedCheck((v, path) => {
    const hasKey = typeof v === "object" && v !== null && Object.hasOwn(v, key);
    return (hasKey ? withKey : without)(v, path);
  });

/** Any JSON-like value within a size budget (for settings values), measured by its JSON length. */
export const json = (maxChars: number): Check<unknown> =>
  typedCheck((v, path) => {
    let s: string | undefined;
    try {
      s = JSON.stringify(v);
    } catch {
      return `${path} must be plain JSON data`;
    }
    if (s === undefined) return `${path} must be plain JSON data`;
    if (s.length > maxChars) return `${path} is too large (${s.length} > ${maxChars} characters as JSON)`;
    if (/"(__proto__|constructor|prototype)":/.test(s)) return `${path} has a forbidden key`;
    return null;
  });
