import { describe, expect, expectTypeOf, it } from "vitest";
import type { AnyCheck, Check, Infer } from "./check";
import { arr, bool, byKey, int, json, nullable, num, obj, oneOf, optional, str } from "./validate";

describe("each combinator accepts its values and names the first thing wrong", () => {
  it.each<[string, AnyCheck, unknown, string | null]>([
    ["str", str(5), "abc", null],
    ["str", str(5), 3, "x must be a string, not number"],
    ["str", str(5), "abcdef", "x is too long (6 > 5 characters)"],
    ["str", str(5, 1), "", "x must not be empty"],
    ["int", int(0, 10), 7, null],
    ["int", int(0, 10), 1.5, "x must be an integer, not number"],
    ["int", int(0, 10), null, "x must be an integer, not null"],
    ["int", int(0, 10), 11, "x must be between 0 and 10"],
    ["num", num(), -0.5, null],
    ["num", num(), Number.NaN, "x must be a finite number, not number"],
    ["bool", bool(), false, null],
    ["bool", bool(), "true", "x must be true or false"],
    ["oneOf", oneOf("a", "b"), "b", null],
    ["oneOf", oneOf("a", "b"), "c", "x must be one of a, b"],
    ["nullable", nullable(str(2)), null, null],
    ["nullable", nullable(str(2)), undefined, "x must be a string, not undefined"],
    ["optional", optional(str(2)), undefined, null],
    ["optional", optional(str(2)), null, "x must be a string, not null"],
    ["arr", arr(int(0, 9), 2), [1, 2], null],
    ["arr", arr(int(0, 9), 2), {}, "x must be an array, not object"],
    ["arr", arr(int(0, 9), 2), [1, 2, 3], "x has too many items (3 > 2)"],
    ["arr", arr(int(0, 9), 2), [1, 10], "x[1] must be between 0 and 9"],
    ["obj", obj({ a: str(3) }), { a: "ok" }, null],
    ["obj", obj({ a: str(3) }), [], "x must be an object, not array"],
    ["obj", obj({ a: str(3) }), {}, "x.a must be a string, not undefined"],
    ["obj", obj({ a: str(3) }), { a: "ok", b: 1 }, 'x has an unknown field "b"'],
    ["obj", obj({ a: str(3) }), JSON.parse('{"__proto__": {}}'), 'x has a forbidden key "__proto__"'],
    ["obj", obj({ a: optional(str(3)) }), {}, null],
    ["obj", obj({}), {}, null],
    ["byKey", byKey("e", obj({ e: int(0, 1) }), obj({ p: bool() })), { e: 1 }, null],
    ["byKey", byKey("e", obj({ e: int(0, 1) }), obj({ p: bool() })), { p: true }, null],
    ["byKey", byKey("e", obj({ e: int(0, 1) }), obj({ p: bool() })), { e: 2 }, "x.e must be between 0 and 1"],
    ["byKey", byKey("e", obj({ e: int(0, 1) }), obj({ p: bool() })), { p: 1 }, "x.p must be true or false"],
    ["byKey", byKey("e", obj({ e: int(0, 1) }), obj({ p: bool() })), null, "x must be an object, not null"],
    ["json", json(20), { a: [1, "b"] }, null],
    ["json", json(20), () => 1, "x must be plain JSON data"],
    ["json", json(5), "abcdef", "x is too large (8 > 5 characters as JSON)"],
    ["json", json(50), JSON.parse('{"a": {"__proto__": 1}}'), "x has a forbidden key"],
  ])("%s on %j", (_, check, value, error) => {
    expect(check(value, "x")).toBe(error);
  });
});

describe("a check carries the type of what it accepts", () => {
  it("reads primitives, literals, null and arrays off the check", () => {
    expectTypeOf<Infer<ReturnType<typeof str>>>().toEqualTypeOf<string>();
    expectTypeOf<Infer<ReturnType<typeof int>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof bool>>>().toEqualTypeOf<boolean>();
    const kind = oneOf("expert", "organisation");
    expectTypeOf<Infer<typeof kind>>().toEqualTypeOf<"expert" | "organisation">();
    expect(kind("expert", "x")).toBeNull();
    const maybe = nullable(arr(str(1), 2));
    expectTypeOf<Infer<typeof maybe>>().toEqualTypeOf<string[] | null>();
    expect(maybe(["a"], "x")).toBeNull();
  });

  it("makes `optional` fields optional, keeps the rest required, and reads an empty object as one", () => {
    const display = obj({ id: str(5), visible: optional(bool()), tags: arr(str(5), 3) });
    expectTypeOf<Infer<typeof display>>().toEqualTypeOf<{ id: string; visible?: boolean; tags: string[] }>();
    const empty = obj({});
    expectTypeOf<Infer<typeof empty>>().toEqualTypeOf<Record<string, never>>();
    expect(empty({}, "x")).toBeNull();
    expect(display({ id: "a", tags: [] }, "x")).toBeNull();
  });

  it("reads either shape of `byKey`", () => {
    const filter = byKey("entity", obj({ entity: str(5) }), obj({ pageKeys: arr(str(5), 3) }));
    expectTypeOf<Infer<typeof filter>>().toEqualTypeOf<{ entity: string } | { pageKeys: string[] }>();
    expect(filter({ entity: "КНБ" }, "x")).toBeNull();
  });

  it("compiles a check declared as `Check<T>` only when check and type agree both ways", () => {
    interface Note {
      id: string;
      tags?: string[];
    }
    const note: Check<Note> = obj({ id: str(5), tags: optional(arr(str(5), 3)) });
    // @ts-expect-error a required field the type lacks
    const extra: Check<Note> = obj({ id: str(5), tags: optional(arr(str(5), 3)), color: str(5) });
    // @ts-expect-error an optional field of the type the check would refuse
    const missing: Check<Note> = obj({ id: str(5) });
    // @ts-expect-error the type allows null, the check does not
    const narrower: Check<{ id: string | null }> = obj({ id: str(5) });
    // @ts-expect-error the check allows a value the type does not
    const wider: Check<{ kind: "a" }> = obj({ kind: oneOf("a", "b") });
    expect([note, extra, missing, narrower, wider].every((c) => typeof c === "function")).toBe(true);
  });
});
