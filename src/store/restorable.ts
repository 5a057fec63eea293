// The store's guard on what it writes: each record is checked with its table's restore check
// (../records/checks.ts) first, so nothing is stored that a backup of it could not bring back. A record that
// fails is refused at the write, naming it and the field, instead of surfacing in a backup that cannot be
// restored. The writers keep to the same limits (../limits.ts), so a refusal here means a writer's bug.
import type { Check } from "../check";

/** `record`, once its table's restore check accepts it; `what` names it in the error (e.g. `note "n1"`). */
export function restorable<T>(check: Check<T>, record: T, what: string): T {
  const error = check(record, what);
  if (error) throw new Error(`not stored, a backup could not restore it: ${error}`);
  return record;
}
