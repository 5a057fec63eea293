// Reader's settings, as key/value records with defaults for keys never written.
import type { PolicyLensDb } from "./db";
import { settingCheck } from "../records/checks";
import { restorable } from "./restorable";

export const DEFAULT_SETTINGS: Record<string, unknown> = {
  /** Sites (host patterns) the reader added for automatic annotation, beyond the built-in news sites. */
  "sites.extra": [],
  /** Which kinds are highlighted. */
  kinds: { expert: true, organisation: true, "policy-option": true },
};

export async function getSetting(db: PolicyLensDb, key: string): Promise<unknown> {
  const rec = await db.settings.get(key);
  return rec ? rec.value : (DEFAULT_SETTINGS[key] ?? null);
}

export async function setSetting(db: PolicyLensDb, key: string, value: unknown): Promise<unknown> {
  await db.settings.put(restorable(settingCheck, { key, value }, `setting ${JSON.stringify(key)}`));
  return value;
}
