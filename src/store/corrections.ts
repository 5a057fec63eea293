// The reader's corrections of automatic annotations, filed per page (or for every page with pageKey "*").
import type { PolicyLensDb } from "./db";
import { correctionCheck } from "../records/checks";
import type { CorrectionRecord } from "../records/types";
import { restorable } from "./restorable";

export function listCorrections(db: PolicyLensDb, pageKey: string): Promise<CorrectionRecord[]> {
  return db.corrections.where("pageKey").anyOf([pageKey, "*"]).toArray();
}

export async function addCorrection(db: PolicyLensDb, correction: CorrectionRecord): Promise<CorrectionRecord> {
  await db.corrections.put(restorable(correctionCheck, correction, `correction ${JSON.stringify(correction.id)}`));
  return correction;
}
