// Pages and their entity index: one record per article however many URLs it is reached by.
import type { AnnotationSummary, PageInfo } from "../records/types";
import type { ExtractResult } from "../extract/types";
import type { PolicyLensDb } from "./db";
import type { EntityRecord, PageRecord } from "../records/types";
import { STORED } from "../limits";
import { entityCheck, pageCheck, resultCheck } from "../records/checks";
import { restorable } from "./restorable";
import { resultRecord } from "./results";

/** Finds the page known under any of these identities (its key or an alias). */
export async function findPage(db: PolicyLensDb, identities: string[]): Promise<PageRecord | undefined> {
  const byKey = (await db.pages.bulkGet(identities)).find(Boolean);
  if (byKey) return byKey;
  return db.pages.where("aliases").anyOf(identities).first();
}

/**
 * Records a visit: creates or updates the page (joining its identities) and replaces its entity index,
 * in one transaction so the library never sees a page without its entities. `result`, when the background
 * computed this visit's, is kept for export (a visit without one keeps the last kept). Answers the page and
 * how many of the annotations were indexed (the ones the reader has not refused).
 */
export async function recordPageVisit(
  db: PolicyLensDb,
  info: PageInfo,
  identities: string[],
  annotations: AnnotationSummary[],
  now: number,
  result: ExtractResult | null = null,
): Promise<{ page: PageRecord; indexed: number }> {
  return db.transaction("rw", [db.pages, db.entities, db.corrections, db.results], async () => {
    const existing = await findPage(db, identities);
    const key = existing?.key ?? identities[0]!;
    // The newest identities are kept when a page has had more than a record holds (a page that keeps changing
    // its URL while its canonical one stays).
    const aliases = [...new Set([...(existing?.aliases ?? []), ...identities])]
      .filter((a) => a !== key)
      .slice(-STORED.listItems);
    const page: PageRecord = {
      key,
      url: info.url,
      canonicalUrl: info.canonicalUrl,
      aliases,
      title: info.title || existing?.title || "",
      lang: info.lang,
      firstSeen: existing?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.pages.put(restorable(pageCheck, page, `page ${JSON.stringify(key)}`));
    await db.entities.where("pageKey").equals(key).delete();
    // What the reader marked as wrong stays out of their index of who says what.
    const refused = new Set(
      (await db.corrections.where("pageKey").anyOf([key, "*"]).toArray()).map((c) => `${c.kind}:${c.name}`),
    );
    const seen = new Set<string>();
    const entities: EntityRecord[] = [];
    for (const a of annotations) {
      const id = `${key}#${a.kind}:${a.name}`;
      if (seen.has(id) || refused.has(`${a.kind}:${a.name}`)) continue;
      seen.add(id);
      const entity = {
        id,
        pageKey: key,
        kind: a.kind,
        name: a.name,
        role: a.role,
        mentionCount: a.mentionCount,
        seenAt: now,
      };
      entities.push(restorable(entityCheck, entity, `entity ${JSON.stringify(id)}`));
    }
    await db.entities.bulkPut(entities);
    if (result)
      await db.results.put(
        restorable(resultCheck, resultRecord(key, result, now), `analysis of ${JSON.stringify(key)}`),
      );
    return { page, indexed: entities.length };
  });
}

export function listPages(db: PolicyLensDb, limit: number): Promise<PageRecord[]> {
  return db.pages.orderBy("lastSeen").reverse().limit(limit).toArray();
}
