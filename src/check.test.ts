import { describe, expect, expectTypeOf, it } from "vitest";
import { type Infer, refine } from "./check";
import { int, obj } from "./validate";

describe("refine", () => {
  const span = refine(obj({ start: int(0, 99), end: int(0, 99) }), ({ start, end }, path) =>
    start <= end ? null : `${path}: start ${start} is after end ${end}`,
  );

  it.each<[unknown, string | null]>([
    [{ start: 1, end: 2 }, null],
    [{ start: 2, end: 2 }, null],
    [{ start: 3, end: 2 }, "x: start 3 is after end 2"],
    // The rule only ever sees a value the inner check accepted.
    [{ start: "3", end: 2 }, "x.start must be an integer, not string"],
    [null, "x must be an object, not null"],
  ])("%j", (value, error) => {
    expect(span(value, "x")).toBe(error);
  });

  it("keeps the inner check's type", () => {
    expectTypeOf<Infer<typeof span>>().toEqualTypeOf<{ start: number; end: number }>();
  });
});
