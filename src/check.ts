// A runtime check and, for the compiler only, the type of the values it accepts. Checks are built from the
// typed combinators of ./validate.ts (messages) and ./json-guard.ts (backup files), so the type of what a check
// accepts is read off the check itself (`Infer<typeof check>`) and cannot drift from it.

declare const accepts: unique symbol;

/**
 * Null when `value` is a T, else what is wrong, starting with `path`. The phantom `accepts` field is invariant
 * in T, so annotating a built check (`const note: Check<NoteRecord> = obj({...})`) compiles only when the
 * shape it checks and the declared type agree both ways; `Required<T>` beside T makes an optional field that
 * one side has and the other lacks a disagreement too (at the top level of T).
 */
export type Check<T> = ((value: unknown, path: string) => string | null) & {
  readonly [accepts]: (value: [T, Required<T>]) => [T, Required<T>];
};

/**
 * A check of anything (tables of checks, constraints). Check is invariant, so only `any` stands for every T:
 * any check fits here, and this fits wherever a check is wanted.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: only `any` is both wider and narrower than every T
export type AnyCheck = ((value: unknown, path: string) => string | null) & { readonly [accepts]: (value: any) => any };

/** The type of the values a check accepts. */
export type Infer<C extends AnyCheck> = C extends Check<infer T> ? T : never;

/**
 * Gives a hand-written check the type it accepts, on the writer's word: for the combinators (./validate.ts,
 * ./json-guard.ts). Everywhere else, build checks from them, so the type is derived rather than claimed.
 */
export const typedCheck = <T>(check: (value: unknown, path: string) => string | null): Check<T> => check as Check<T>;

/** `inner`, then a rule across the fields of a value `inner` accepted (e.g. that a start is before its end). */
export const refine = <T>(inner: Check<T>, rule: (value: T, path: string) => string | null): Check<T> =>
  typedCheck<T>((v, path) => inner(v, path) ?? rule(v as T, path));
