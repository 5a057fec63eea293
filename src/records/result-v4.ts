// A kept result from before schema version 4 brought up to it, in the database (../store/db.ts) and in an older
// backup (../export/backup-upgrade.ts) alike: what version 3 showed for what it did not keep (the outlet's voice,
// no outlet mark, an expert's shown role as their only one). Fields of the wrong shape are left for the checks.
import { isPlainObject } from "../json-guard";

export function resultToV4(result: Record<string, unknown>): Record<string, unknown> {
  result.voice ??= "outlet";
  if (Array.isArray(result.experts))
    for (const e of result.experts)
      if (isPlainObject(e)) e.roles ??= typeof e.role === "string" && e.role ? [e.role] : [];
  if (Array.isArray(result.organisations))
    for (const o of result.organisations) if (isPlainObject(o)) o.outlet ??= false;
  return result;
}
