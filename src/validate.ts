// Tiny runtime validators for data that arrives from elsewhere (messages from a page, backup files).
// Each checker returns null when the value is fine, or a message naming the first thing wrong.
// Limits are part of every string and array check: a page is hostile ground and may send anything.

export type Check = (value: unknown, path: string) => string | null;

const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

export const str = (maxLength: number, minLength = 0): Check => (v, path) => {
  if (typeof v !== "string") return `${path} must be a string, not ${typeName(v)}`;
  if (v.length > maxLength) return `${path} is too long (${v.length} > ${maxLength} characters)`;
  if (v.length < minLength) return `${path} must not be empty`;
  return null;
};

export const int = (min: number, max: number): Check => (v, path) => {
  if (typeof v !== "number" || !Number.isInteger(v)) return `${path} must be an integer, not ${typeName(v)}`;
  if (v < min || v > max) return `${path} must be between ${min} and ${max}`;
  return null;
};

export const num = (): Check => (v, path) =>
  typeof v === "number" && Number.isFinite(v) ? null : `${path} must be a finite number, not ${typeName(v)}`;

export const bool = (): Check => (v, path) => (typeof v === "boolean" ? null : `${path} must be true or false`);

export const oneOf = <T extends string>(...values: T[]): Check => (v, path) =>
  typeof v === "string" && (values as string[]).includes(v) ? null : `${path} must be one of ${values.join(", ")}`;

export const nullable = (inner: Check): Check => (v, path) => (v === null ? null : inner(v, path));

export const optional = (inner: Check): Check => (v, path) => (v === undefined ? null : inner(v, path));

export const arr = (item: Check, maxItems: number): Check => (v, path) => {
  if (!Array.isArray(v)) return `${path} must be an array, not ${typeName(v)}`;
  if (v.length > maxItems) return `${path} has too many items (${v.length} > ${maxItems})`;
  for (let i = 0; i < v.length; i++) {
    const e = item(v[i], `${path}[${i}]`);
    if (e) return e;
  }
  return null;
};

/** Keys that would reach an object's prototype if copied naively. */
const HOSTILE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** A plain object with exactly these fields (unknown fields are refused, so nothing unchecked is stored). */
export const obj = (fields: Record<string, Check>): Check => (v, path) => {
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
};

/** Any JSON-like value within a size budget (for settings values), measured by its JSON length. */
export const json = (maxChars: number): Check => (v, path) => {
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
};
