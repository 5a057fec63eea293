// Export and import of 10,000 and 100,000 notes through the real functions on fake-indexeddb: backup
// validation, import (replace, then merge of the same file), streamed and whole backup export, and the
// JSON-LD and CSV exports.
// Heap figures are the peak rise over the heap before each step, sampled every few milliseconds and at
// every chunk; they include garbage not yet collected, and on import the database itself, which
// fake-indexeddb keeps in the same heap. Run with NODE_OPTIONS=--expose-gc to start each step after a
// collection and to add the "live heap" rows. fake-indexeddb is far slower than a browser's IndexedDB: the times bound the real ones.
import "fake-indexeddb/auto";
import { getHeapStatistics } from "node:v8";
import { SCHEMA_VERSION } from "../../src/records/types";
import { openDb } from "../../src/store/db";
import { exportBackup, exportBackupChunks, importBackup } from "../../src/store/backup-io";
import { BACKUP_FORMAT, validateBackup } from "../../src/export/backup";
import { jsonLdStream, toJsonLd } from "../../src/export/jsonld";
import { CSV_HEAD, csvPage } from "../../src/export/csv";
import type { PageExport } from "../../src/export/page-export";
import type { NoteRecord } from "../../src/records/types";
import { BENCH_T0, benchLibrary } from "./_library";

const SIZES = [10_000, 100_000];
const HEAP_SAMPLE_MS = 5;

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Runs `step`, returning its time in ms and the peak heap rise in MB. With `live` (needs --expose-gc) every
 * sample collects garbage first, so the peak is what the step keeps alive; its time is then meaningless.
 */
async function measure<T>(
  step: (sample: () => void) => Promise<T>,
  live = false,
): Promise<{ ms: number; heapMb: number; value: T }> {
  gc?.();
  const base = getHeapStatistics().used_heap_size;
  let peak = base;
  const sample = () => {
    if (live) gc!();
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  };
  const timer = live ? undefined : setInterval(sample, HEAP_SAMPLE_MS);
  const start = performance.now();
  try {
    const value = await step(sample);
    sample();
    return { ms: live ? Number.NaN : performance.now() - start, heapMb: (peak - base) / 2 ** 20, value };
  } finally {
    clearInterval(timer);
  }
}

/** Reads the streamed backup as a file writer would: each chunk is dropped once counted. */
async function drain(chunks: AsyncIterable<string>, sample: () => void): Promise<{ chars: number; chunks: number }> {
  let chars = 0;
  let count = 0;
  for await (const chunk of chunks) {
    chars += chunk.length;
    count++;
    sample();
  }
  return { chars, chunks: count };
}

export default async function bench(): Promise<void> {
  const rows: string[][] = [];
  for (const size of SIZES) {
    const tables = benchLibrary(size);
    const file = JSON.stringify({
      format: BACKUP_FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: new Date(BENCH_T0).toISOString(),
      tables,
    });
    const db = openDb(`bench-export-${size}-${Date.now()}`);
    const add = (what: string, m: { ms: number; heapMb: number }, extra = "") =>
      rows.push([String(size), what, Number.isNaN(m.ms) ? "-" : m.ms.toFixed(0), m.heapMb.toFixed(1), extra]);

    const validated = await measure(async () => validateBackup(file).ok);
    add("validate only (parse + check)", validated);

    const replace = await measure(() => importBackup(db, file, { mode: "replace" }));
    if (!replace.value.ok) throw new Error(replace.value.error);
    add("import (replace, empty db)", replace, `${(file.length / 2 ** 20).toFixed(1)} M chars in`);

    const merge = await measure(() => importBackup(db, file, { mode: "merge" }));
    add("import (merge, all kept)", merge);

    const exported = await measure((sample) => drain(exportBackupChunks(db), sample));
    add(
      "backup export (chunks, not kept)",
      exported,
      `${(exported.value.chars / 2 ** 20).toFixed(1)} M chars, ${exported.value.chunks} chunks`,
    );
    const whole = await measure(async () => JSON.stringify(await exportBackup(db)).length);
    add("backup export (one string, to compare)", whole);
    if (gc) {
      add("  live heap: chunks", await measure((sample) => drain(exportBackupChunks(db), sample), true));
      const wholeLive = await measure(async (sample) => {
        const text = JSON.stringify(await exportBackup(db));
        sample();
        return text.length;
      }, true);
      add("  live heap: one string", wholeLive);
    }

    const byPage = new Map<string, NoteRecord[]>();
    for (const n of tables.notes) byPage.set(n.pageKey, [...(byPage.get(n.pageKey) ?? []), n]);
    const pages: PageExport[] = tables.pages.map((page) => ({ page, notes: byPage.get(page.key) ?? [], result: null }));
    const jsonld = await measure(async () => JSON.stringify(await toJsonLd(pages)).length);
    add("JSON-LD (whole string)", jsonld, `${(jsonld.value / 2 ** 20).toFixed(1)} M chars`);
    // As the library writes them: a page's text at a time, let go at once (into a Blob part there).
    const jsonldStream = await measure(async (sample) => {
      const stream = jsonLdStream();
      let chars = 0;
      for (const p of pages) {
        chars += (await stream.page(p)).length;
        sample();
      }
      const { head, tail } = await stream.frame();
      return chars + head.length + tail.length;
    });
    add("JSON-LD (page by page, not kept)", jsonldStream, `${(jsonldStream.value / 2 ** 20).toFixed(1)} M chars`);
    const csv = await measure(async (sample) => {
      let chars = CSV_HEAD.length;
      for (const p of pages) {
        chars += csvPage(p).length;
        sample();
      }
      return chars;
    });
    add("CSV (page by page, not kept)", csv, `${(csv.value / 2 ** 20).toFixed(1)} M chars`);

    db.close();
    await db.delete();
  }
  const header = ["notes", "step", "ms", "peak heap +MB", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows])
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
}
